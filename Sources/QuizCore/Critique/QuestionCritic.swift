/// Judges generated questions as a careful history teacher would, against the record they come
/// from: a pure function from a question (and the questions kept before it) to findings with
/// reasons. Generation keeps only what the critic passes; `quiz lint --questions` shows authors
/// the rest.
///
/// The rules are general, in the record's own terms: what the record says of each entity (kind,
/// role, what it belongs to, when it existed), who holds each view, and how often each entity is
/// named. Authored questions are the author's choice: only duplicates are judged among them.
public struct QuestionCritic: Sendable {
    let index: RecordIndex

    /// A critic for questions made from `record`.
    public init(record: Record) {
        index = RecordIndex(record)
    }

    init(index: RecordIndex) {
        self.index = index
    }

    /// Every question judged in order: each on its own, then against those kept before it.
    ///
    /// Questions are weighed in order of preference (the author's first, then the forms a teacher
    /// values most), so that of two questions that repeat or give each other away, the better is
    /// kept; the reviews come back in the order given.
    public func review(_ questions: [Question]) -> [Review] {
        var ledger = Ledger()
        var kept: [Question] = []
        var printed: [Printed] = []
        let checksSet = questions.count <= Self.setCheckLimit
        var reviews = questions.map { Review(question: $0, findings: []) }
        let order = questions.indices.sorted {
            (Self.preference(questions[$0]), $0) < (Self.preference(questions[$1]), $1)
        }
        for position in order {
            let question = questions[position]
            var findings = findings(for: question)
            let authored = question.template == "authored"
            // An author's own questions are the author's choice: a repeat is pointed out, not dropped.
            let severity: Finding.Severity = authored ? .flag : .reject
            if findings.isEmpty, let repeated = ledger.duplicate(of: question) {
                findings.append(
                    Finding(.duplicate, reason(for: repeated, of: question, kept: kept), severity: severity))
            }
            let mine = Printed(question, critic: self)
            if findings.isEmpty, checksSet, let other = kept.indices.first(where: { givesAway(printed[$0], mine) }) {
                findings.append(Finding(.leak, leakReason(question, kept[other]), severity: severity))
            }
            if findings.isEmpty, checksSet,
                let other = kept.first(where: { revealsStatus($0, question) || revealsStatus(question, $0) })
            {
                findings.append(
                    Finding(.leak, "\(other.id) shows how the text came by this claim", severity: severity))
            }
            if !findings.contains(where: { $0.severity == .reject }) {
                ledger.keep(question)
                kept.append(question)
                printed.append(mine)
            }
            reviews[position].findings = findings
        }
        predictableHolders(&reviews)
        return reviews
    }

    /// Whether `other` asks about an event a claim is about (the report it came in), so that
    /// `status`, asking how the text passes the claim on, is answered by reading `other`.
    func revealsStatus(_ status: Question, _ other: Question) -> Bool {
        guard status.template == Templates.Name.statementStatus.rawValue,
            let statement = status.facts.first.flatMap(index.statement)
        else { return false }
        return other.facts.contains { fact in statement.about.contains(fact) && index.event(fact) != nil }
    }

    /// Past this many questions, the rules between every pair are left to quiz selection.
    static let setCheckLimit = 5_000

    /// Whether either question prints what the other asks for. The record's main subjects are
    /// named everywhere: printing one of them gives no particular answer away.
    func givesAway(_ a: Question, _ b: Question) -> Bool {
        givesAway(Printed(a, critic: self), Printed(b, critic: self))
    }

    /// What a question prints and what it must not see printed, worked out once.
    struct Printed {
        /// The forms of its answer, less the record's main subjects.
        let forms: [String]
        /// A hash of each form's first word: a form can stand in a text only where that word does.
        let heads: [UInt64]
        /// What it states.
        let shown: String
        /// Hashes of the words of `shown`.
        let words: [UInt64]
        /// Hashes of the words of each of `forms` written in ASCII, in order: such a form stands
        /// in a text as a whole word only where its words follow each other.
        let formWords: [[UInt64]]
        /// The first word's hash of each other form.
        let nonASCIIHeads: [UInt64]

        /// - Parameter explained: whether the explanation counts as printed, as it does in a
        ///   quiz. Selection from a record too large to judge whole checks the questions alone
        ///   against its window of recent ones; records judged whole check explanations too.
        init(_ question: Question, critic: QuestionCritic, explained: Bool = true) {
            let dominant = critic.index.cast.dominantNames
            forms = question.leakForms.filter { !dominant.contains(Choices.key($0)) }
            heads = forms.compactMap { Self.wordHashes($0, first: true).first }
            var runs: [[UInt64]] = []
            var otherHeads: [UInt64] = []
            for form in forms {
                if form.utf8.allSatisfy({ $0 < 0x80 }) {
                    let run = Self.wordHashes(form, first: false)
                    if !run.isEmpty { runs.append(run) }
                } else if let head = Self.wordHashes(form, first: true).first {
                    otherHeads.append(head)
                }
            }
            formWords = runs
            nonASCIIHeads = otherHeads
            shown = explained ? question.shownText + "\n" + question.explanation : question.shownText
            words = Self.wordHashes(shown, first: false)
        }

        /// FNV-1a hashes of the words of a text (runs of ASCII letters and digits, and of other
        /// characters' bytes), ASCII folded to lower case: no string is made.
        static func wordHashes(_ text: String, first: Bool) -> [UInt64] {
            var hashes: [UInt64] = []
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var inWord = false
            for byte in text.utf8 {
                let isWord =
                    byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
                if isWord {
                    let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    hash = (hash ^ UInt64(folded)) &* 0x100_0000_01b3
                    inWord = true
                } else if inWord {
                    hashes.append(hash)
                    if first { return hashes }
                    hash = 0xcbf2_9ce4_8422_2325
                    inWord = false
                }
            }
            if inWord { hashes.append(hash) }
            return hashes
        }

        /// Whether one of `forms` may stand in `other`'s text: a cheap test before the exact one.
        /// An ASCII form's words must follow each other there; another form's first word must
        /// stand there.
        func mayShow(in other: Printed) -> Bool {
            for run in formWords where Self.contains(other.words, run: run) { return true }
            for head in nonASCIIHeads where other.words.contains(head) { return true }
            return false
        }

        /// Whether `run` stands in `words` as consecutive elements.
        static func contains(_ words: [UInt64], run: [UInt64]) -> Bool {
            guard run.count <= words.count else { return false }
            var start = 0
            while start + run.count <= words.count {
                if words[start] == run[0] {
                    var offset = 1
                    while offset < run.count, words[start + offset] == run[offset] { offset += 1 }
                    if offset == run.count { return true }
                }
                start += 1
            }
            return false
        }
    }

    func givesAway(_ a: Printed, _ b: Printed) -> Bool {
        (a.mayShow(in: b) && TextTools.leaks(a.forms, in: b.shown))
            || (b.mayShow(in: a) && TextTools.leaks(b.forms, in: a.shown))
    }

    /// Lower is weighed first: the author's questions, then attribution, then names and numbers
    /// in context, then recall of wording.
    static func preference(_ question: Question) -> Int {
        switch Templates.Name(rawValue: question.template) {
        case nil: return 0
        case .positionCompare?, .statementStatus?, .statementHolder?, .reasonMatch?, .basisMatch?, .contrastMatch?:
            return 1
        case .eventWho?, .eventWhere?, .eventDuring?, .holderPositions?, .holderPositionMatch?: return 2
        case .quantityValue?, .quantityChoice?: return 3
        case .eventYear?, .entityDate?, .eventOrder?, .eventFirst?, .eventYearMatch?, .eventInYear?: return 4
        case .entityDescription?: return 5
        case .statementCloze?, .eventWhoTyped?: return 6
        default: return 7
        }
    }

    /// Across "who holds this view?" questions, an option that is right every time it is
    /// offered is learnt as a pattern, not as history: those questions are dropped.
    func predictableHolders(_ reviews: inout [Review]) {
        let holderTemplate = Templates.Name.statementHolder.rawValue
        var offered: [String: Int] = [:]
        var right: [String: Int] = [:]
        for review in reviews where review.isKept && review.question.template == holderTemplate {
            for option in review.question.options { offered[option, default: 0] += 1 }
            right[review.question.answerText, default: 0] += 1
        }
        for position in reviews.indices where reviews[position].isKept {
            let question = reviews[position].question
            guard question.template == holderTemplate else { continue }
            let answer = question.answerText
            if let times = offered[answer], times >= 2, right[answer] == times {
                reviews[position].findings.append(
                    Finding(
                        .predictable,
                        "\(answer) is the answer every time it is offered as a holder (\(times) questions)"))
            }
        }
    }

    /// What is wrong with one question on its own.
    public func findings(for question: Question) -> [Finding] {
        guard question.template != "authored" else { return authoredFindings(question) }
        return rules(for: question).flatMap { $0(self)(question) }
    }

    /// What an author is told about a question of their own: never a reason to drop it. A
    /// matching of two pairs is settled by its first pair; a choice of all answers but one is
    /// settled by spotting the odd one.
    func authoredFindings(_ question: Question) -> [Finding] {
        if hasPhraseOptions(question), Self.standsOutByLength(question) {
            return [
                Finding(
                    .leak, "the right option is by far the longest: a test-wise guess finds it", severity: .flag)
            ]
        }
        switch question.answer {
        case .pairs(let partners) where question.options.count < 3:
            return [
                Finding(
                    .tooFewOptions, "\(partners.count) pairs and no spare answer: the last pair is forced",
                    severity: .flag)
            ]
        case .options(let right) where question.options.count - right.count < 2:
            return [
                Finding(
                    .tooFewOptions,
                    "only \(question.options.count - right.count) wrong option among \(question.options.count)",
                    severity: .flag)
            ]
        default:
            return []
        }
    }

    /// Whether a question passes every rule on its own: the rules in turn, cheapest first,
    /// stopping at the first finding. What generation asks of each candidate.
    func passes(_ question: Question) -> Bool {
        guard question.template != "authored" else { return true }
        guard options(question).isEmpty, trivial(question).isEmpty else { return false }
        if question.statementKind != .fact, !attribution(question).isEmpty { return false }
        guard leaks(question).isEmpty else { return false }
        return Self.verbatim.contains(question.template) || grammar(question).isEmpty
    }

    typealias Rule = (QuestionCritic) -> (Question) -> [Finding]

    /// The rules that can find anything in a question, cheapest first: grammar only where a
    /// template rewrites a sentence, attribution only where a view is asked.
    private func rules(for question: Question) -> [Rule] {
        var rules: [Rule] = [Self.options, Self.trivial]
        if question.statementKind != .fact { rules.append(Self.attribution) }
        rules.append(Self.leaks)
        if !Self.verbatim.contains(question.template) { rules.append(Self.grammar) }
        return rules
    }

    /// Templates that print record text as it stands, or only drop a leading date: no
    /// substitution of theirs can break a sentence.
    static let verbatim: Set<String> = Set(
        [
            Templates.Name.quantityValue, .quantityChoice, .eventFirst, .eventOrder, .eventYearMatch, .eventInYear,
            .statementStatus, .positionCompare, .holderPositions, .holderPositionMatch,
            .entityDescription, .entityDate,
        ].map(\.rawValue))

    /// A text with the end years of its short spans written out after it: "Bengal, 1905-12"
    /// reads "Bengal, 1905-12 (1912)", "1998–02" gives 2002.
    static func withFullYears(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        func digit(_ index: Int) -> Int? {
            guard scalars.indices.contains(index), let value = scalars[index].properties.numericType,
                value == .decimal, scalars[index].isASCII
            else { return nil }
            return Int(String(scalars[index]))
        }
        var years: [String] = []
        var index = 0
        while index + 6 < scalars.count {
            defer { index += 1 }
            guard digit(index - 1) == nil, let a = digit(index), let b = digit(index + 1), let c = digit(index + 2),
                let d = digit(index + 3), ["-", "\u{2013}", "/"].contains(scalars[index + 4]),
                let e = digit(index + 5), let f = digit(index + 6), digit(index + 7) == nil
            else { continue }
            let start = a * 1000 + b * 100 + c * 10 + d
            var end = (start / 100) * 100 + e * 10 + f
            if end < start { end += 100 }
            years.append(String(end))
        }
        return years.isEmpty ? text : text + " (" + years.joined(separator: ", ") + ")"
    }

    // MARK: Trivial

    /// Templates whose answer is the subject entity itself.
    static let answerIsSubject: Set<String> = [
        Templates.Name.eventWho.rawValue, Templates.Name.eventWhoTyped.rawValue, Templates.Name.eventWhere.rawValue,
        Templates.Name.statementCloze.rawValue, Templates.Name.statementHolder.rawValue,
    ]

    func trivial(_ question: Question) -> [Finding] {
        if question.template == Templates.Name.eventYear.rawValue, !index.hasSeveralYears,
            case .date(let date) = question.answer, !date.isToTheDay
        {
            return [Finding(.trivial, "the record gives only one year, so every year question has the same answer")]
        }
        if question.kind == .cloze || question.kind == .shortAnswer, let subject = question.subject,
            let entity = index.entities[subject], !index.hasAlternative(to: entity)
        {
            return [
                Finding(
                    .trivial,
                    "nothing else in the record is \(Plural.indefinite(Templates.noun(entity))) like \(entity.name): the blank tests nothing"
                )
            ]
        }
        // "Which brigadier-general ordered the shooting?" in a record about his deeds: every
        // other question names him.
        if question.template == Templates.Name.entityDescription.rawValue, let id = question.facts.first,
            index.cast.dominant.contains(id), let entity = index.entities[id]
        {
            return [Finding(.trivial, "the answer, \(entity.name), is named in most of the record: a guess finds it")]
        }
        guard Self.answerIsSubject.contains(question.template), let subject = question.subject,
            index.cast.dominant.contains(subject), let entity = index.entities[subject]
        else { return [] }
        // Which of two main actors holds a view is the very thing to know: among other subjects
        // of the record as options, guessing "the subject" no longer works.
        if question.template == Templates.Name.statementHolder.rawValue,
            question.rivals.contains(where: index.cast.dominant.contains)
        {
            return []
        }
        return [Finding(.trivial, "the answer, \(entity.name), is named in most of the record: a guess finds it")]
    }

    // MARK: Leaks

    func leaks(_ question: Question) -> [Finding] {
        var findings: [Finding] = []
        if question.promptLeaksAnswer {
            findings.append(Finding(.leak, "the prompt states the answer"))
        }
        if let subject = question.subject, let entity = index.entities[subject],
            Self.answerIsSubject.contains(question.template)
        {
            let visible = ([question.prompt] + question.options).joined(separator: " ")
            if let word = Self.derivedWord(of: entity, in: question.prompt) {
                findings.append(Finding(.leak, "“\(word)” in the prompt points to \(entity.name)"))
            }
            for relative in index.cast.relatives(of: subject, in: index.record, entities: index.entities)
            where TextTools.mentions(relative, in: visible) {
                findings.append(
                    Finding(.leak, "\(relative.name), named in the question, belongs with the answer, \(entity.name)"))
            }
        }
        if Self.answerIsSubject.contains(question.template) {
            // With a space in front, so that an article opening the prompt is found too.
            let promptBytes = [UInt8(ascii: " ")] + Array(question.prompt.utf8)
            for (article, bytes) in Self.articlesBeforeBlank where Self.find(bytes, in: promptBytes) != nil {
                findings.append(
                    Finding(.leak, "“\(article.trimmingCharacters(in: " “"))” before the blank hints at the answer"))
            }
        }
        if Self.asksWhen.contains(question.template) {
            if Self.containsDate(question.prompt) {
                findings.append(Finding(.leak, "the prompt prints a year or a date, which points to the answer"))
            }
            // The title heads every quiz; the description is never shown to a learner. A span
            // written short ("1905-12") prints its end year too.
            if TextTools.leaks(question.leakForms, in: Self.withFullYears(index.record.title)) {
                findings.append(Finding(.leak, "the bank's title prints the answer"))
            }
        }
        if question.template == Templates.Name.eventWhoTyped.rawValue, let subject = question.subject,
            let entity = index.entities[subject]
        {
            let noun = Templates.noun(entity)
            let alike = index.record.entities.lazy.filter { Templates.noun($0) == noun }.prefix(2).count
            if alike < 2 {
                findings.append(Finding(.leak, "the hint “which \(noun)” names the only one in the record"))
            }
        }
        if hasPhraseOptions(question) {
            if let word = Self.echo(in: question) {
                findings.append(Finding(.leak, "“\(word)” in the prompt is found in the right option only"))
            }
            if Self.standsOutByLength(question) {
                findings.append(Finding(.leak, "the right option is by far the longest: a test-wise guess finds it"))
            }
        }
        if Self.chronology.contains(question.template) {
            let items = question.template == Templates.Name.eventYearMatch.rawValue ? question.left : question.options
            if let item = items.first(where: { Self.containsDate($0) }) {
                findings.append(Finding(.leak, "an item prints a date, which gives the order away: “\(item)”"))
            }
        }
        return findings
    }

    /// Whether a choice question's options are phrases, not names or labels: every one of at
    /// least three words, and none the name of an entity of the record ("the war between Israel
    /// and the PLO in Beirut" is a name, however long). A word such options share with the
    /// prompt, or a length that sets one apart, can point to the answer.
    func hasPhraseOptions(_ question: Question) -> Bool {
        guard question.kind == .multipleChoice || question.kind == .multipleAnswer, !question.options.isEmpty,
            question.options.allSatisfy({ option in option.utf8.lazy.filter { $0 == 0x20 }.count >= 2 })
        else { return false }
        let names = Set(
            question.rivals.compactMap { index.entities[$0] }.flatMap(TextTools.names(of:)).map(Choices.key)
        )
        .union(question.subject.flatMap { index.entities[$0] }.map { TextTools.names(of: $0).map(Choices.key) } ?? [])
        return !question.options.contains { names.contains(Choices.key($0)) }
    }

    /// Whether the single right option is half as long again as the longest wrong one.
    static func standsOutByLength(_ question: Question) -> Bool {
        guard case .option(let right) = question.answer, question.options.indices.contains(right) else { return false }
        let longestWrong = question.options.indices.filter { $0 != right }.map { question.options[$0].count }.max() ?? 0
        return question.options[right].count * 2 > longestWrong * 3
    }

    /// A word of five letters or more that the prompt shares with a right option and with no
    /// wrong one: the echo a learner matches without knowing anything.
    static func echo(in question: Question) -> String? {
        let right: [Int]
        switch question.answer {
        case .option(let index): right = [index]
        case .options(let indices): right = indices
        default: return nil
        }
        let prompt = Self.stems(question.prompt)
        guard !prompt.isEmpty else { return nil }
        var wrong: [Stem] = []
        for index in question.options.indices where !right.contains(index) {
            wrong += Self.stems(question.options[index])
        }
        for index in right where question.options.indices.contains(index) {
            let shared = Self.stems(question.options[index]).filter { stem in
                prompt.contains { $0.key == stem.key } && !wrong.contains { $0.key == stem.key }
            }
            if let first = shared.map(\.text).sorted().first { return first }
        }
        return nil
    }

    /// A word's first seven letters, folded to lower case ("Palestinian" and "Palestine",
    /// "Muslims" and "Muslim" share one), as text and as a number to compare.
    struct Stem {
        var key: UInt64
        var text: String
    }

    /// The stems of a text's words of five letters or more, read byte by byte: the critic asks
    /// this of every phrase option of every candidate.
    static func stems(_ text: String) -> [Stem] {
        var stems: [Stem] = []
        var word: [UInt8] = []
        func close() {
            if word.count >= 5 {
                let stem = word.prefix(7)
                var key: UInt64 = 0xcbf2_9ce4_8422_2325
                for byte in stem { key = (key ^ UInt64(byte)) &* 0x100_0000_01b3 }
                stems.append(Stem(key: key, text: String(decoding: stem, as: UTF8.self)))
            }
            word.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), 0x80...: word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte | 0x20)
            default: close()
            }
        }
        close()
        return stems
    }

    /// An article before a blank, as text and as bytes.
    static let articlesBeforeBlank: [(String, [UInt8])] = [" a _____", " an _____", " A _____", " An _____"].map {
        ($0, Array($0.utf8))
    }

    /// Templates that ask when.
    static let asksWhen: Set<String> = [
        Templates.Name.eventYear.rawValue, Templates.Name.entityDate.rawValue,
    ]

    /// Templates whose items must not carry dates.
    static let chronology: Set<String> = [
        Templates.Name.eventFirst.rawValue, Templates.Name.eventOrder.rawValue, Templates.Name.eventYearMatch.rawValue,
        Templates.Name.eventInYear.rawValue,
    ]

    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]

    /// Whether a text names a year, a decade, a century or a month: "1967", "1940s", "476",
    /// "19th century", "May".
    static func containsDate(_ text: String) -> Bool {
        // Words as byte ranges, split at spaces, hyphens, slashes and dashes, trimmed of
        // punctuation and quotes, compared in place: no allocation per word.
        var bytes = Array(text.utf8)
        for index in bytes.indices where bytes[index] == 0xE2 {
            // Curly quotes and dashes (E2 80 xx) become separators; other letters stay.
            if index + 2 < bytes.count, bytes[index + 1] == 0x80 {
                bytes[index] = 0x20
                bytes[index + 1] = 0x20
                bytes[index + 2] = 0x20
            }
        }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func fold(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        func equals(_ range: Range<Int>, _ word: [UInt8]) -> Bool {
            range.count == word.count && zip(range, word).allSatisfy { fold(bytes[$0]) == $1 }
        }
        var previous: Range<Int>? = nil
        var position = 0
        var start = 0
        var pendingOrdinal = false
        // A number that reads as a year, unless the next word says what it counts.
        var pendingYear = false
        func counts(_ word: Range<Int>) -> Bool {
            let first = bytes[word.lowerBound]
            guard first >= 0x61, first <= 0x7A, word.count >= 3 else { return false }
            guard !Self.notCounted.contains(where: { equals(word, $0) }) else { return false }
            return bytes[word.upperBound - 1] == 0x73 || Self.countedNouns.contains { equals(word, $0) }
        }
        for index in 0...bytes.count {
            let separator = index == bytes.count || bytes[index] == 0x20 || bytes[index] == 0x2D || bytes[index] == 0x2F
            guard separator else { continue }
            var lower = start
            var upper = index
            start = index + 1
            while lower < upper, Self.trimmed.contains(bytes[lower]) { lower += 1 }
            while upper > lower, Self.trimmed.contains(bytes[upper - 1]) { upper -= 1 }
            guard lower < upper else { continue }
            let word = lower..<upper
            defer {
                previous = word
                position += 1
            }
            if pendingYear {
                // "with 700 soldiers" counts soldiers; "in 1453 the city fell" names a year.
                if !counts(word) { return true }
                pendingYear = false
            }
            if pendingOrdinal, equals(word.prefix(6), Self.century) { return true }
            pendingOrdinal = false
            var digits = 0
            while digits < word.count, isDigit(bytes[word.lowerBound + digits]) { digits += 1 }
            let rest = (word.lowerBound + digits)..<word.upperBound
            if (3...4).contains(digits), rest.isEmpty || equals(rest, [0x73]) || equals(rest, [0x73, 0x27]) {
                // A number after a label ("Article 17", "Resolution 242", "Event 1001") is no year.
                let labelled = previous.map { range in Self.labels.contains { equals(range, $0) } } ?? false
                // A decade ("1940s") is a date whatever follows.
                if !labelled { if rest.isEmpty { pendingYear = true } else { return true } }
            }
            if digits > 0, Self.ordinals.contains(where: { equals(rest, $0) }) { pendingOrdinal = true }
            // A capitalised month; "May" only in the middle of a sentence.
            let first = bytes[word.lowerBound]
            if (3...9).contains(word.count), first >= 0x41, first <= 0x5A,
                let month = Self.monthBytes.firstIndex(where: { equals(word, $0) }), month != 4 || position > 0
            {
                return true
            }
        }
        return pendingYear
    }

    /// Nouns a number counts that do not end in "s".
    static let countedNouns: [[UInt8]] = ["men", "people", "troops", "cavalry", "infantry", "crew", "sheep"].map {
        Array($0.utf8)
    }
    /// Lower-case words ending in "s" that follow a year, not a count: "in 1453 was", "1896 has".
    static let notCounted: [[UInt8]] = ["was", "has", "this", "its", "his", "hers", "ours", "theirs", "as", "is"].map {
        Array($0.utf8)
    }

    static let trimmed = Set(Array("\"'(),.;:!?".utf8))
    /// Words after which a number names a thing, not a year.
    static let labels: [[UInt8]] =
        [
            "article", "resolution", "event", "number", "no", "item", "chapter", "section", "part", "volume", "page",
            "flight", "route", "unit", "division", "regiment", "battalion", "brigade", "squadron", "law", "act",
            "decree", "order", "code", "entity", "room", "hill", "point", "platform",
        ].map { Array($0.utf8) }
    static let ordinals: [[UInt8]] = ["st", "nd", "rd", "th"].map { Array($0.utf8) }
    static let century = Array("centur".utf8)
    static let monthBytes = months.map { Array($0.utf8) }

    /// A word of `text` made from the entity's one-word name, such as "Pakistani" for Pakistan or
    /// "Syrian" for Syria: it points to the blank's answer.
    static func derivedWord(of entity: Entity, in text: String) -> String? {
        derivedWord(stems: derivedStems(of: entity), in: derivedWordBytes(text))
    }

    /// A text's bytes as `derivedWord` scans them: curly quotes and dashes (E2 80 xx) are word
    /// boundaries, not letters.
    static func derivedWordBytes(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        for index in bytes.indices where bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 {
            bytes.replaceSubrange(index...(index + 2), with: [0x20, 0x20, 0x20])
        }
        return bytes
    }

    /// The entity's one-word names of four letters or more, each with the stem a word made from
    /// it starts with ("Syri" for Syria). A name of six letters or more has a shorter stem too, of
    /// all but its last three letters and at least four ("Brit" for Britain, "Turk" for Turkey),
    /// which counts only in a capitalised word: "British", not "brittle".
    static func derivedStems(of entity: Entity) -> [(name: String, stem: [UInt8], capital: Bool)] {
        TextTools.names(of: entity).filter { !$0.contains(" ") && $0.count >= 4 }.flatMap { name in
            var stem = Array(name.lowercased().utf8)
            if stem.count >= 5, let last = stem.last, Array("aeiouy".utf8).contains(last) { stem.removeLast() }
            let short = Array(stem.prefix(max(4, name.utf8.count - 3)))
            return [(name, stem, false)] + (short.count < stem.count ? [(name, short, true)] : [])
        }
    }

    /// `derivedWord(of:in:)` over stems and bytes prepared once.
    static func derivedWord(stems: [(name: String, stem: [UInt8], capital: Bool)], in bytes: [UInt8]) -> String? {
        func fold(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        func isLetter(_ byte: UInt8) -> Bool { byte >= 0x80 || (fold(byte) >= 0x61 && fold(byte) <= 0x7A) }
        for (name, stem, capital) in stems {
            // A word that starts with the stem and goes on past it, other than the name itself.
            var start = 0
            while start + stem.count < bytes.count {
                defer { start += 1 }
                guard start == 0 || !isLetter(bytes[start - 1]) else { continue }
                if capital && !(bytes[start] >= 0x41 && bytes[start] <= 0x5A) { continue }
                guard (0..<stem.count).allSatisfy({ fold(bytes[start + $0]) == stem[$0] }) else { continue }
                var end = start + stem.count
                while end < bytes.count, isLetter(bytes[end]) { end += 1 }
                let word = String(decoding: bytes[start..<end], as: UTF8.self)
                if end > start + stem.count, word.lowercased() != name.lowercased() { return word }
            }
        }
        return nil
    }

    // MARK: Options

    /// The most words a typed answer may have: longer ones test typing, not knowing.
    static let longestTypedAnswer = 4

    /// Whether a name is a proper name ("the Pakistani Air Force", "Menelik II") rather than a
    /// description ("Pakistani volunteers", "the British commander"), whose other wordings would
    /// be right too: its last word is capitalised or a number.
    static func isProperName(_ name: String) -> Bool {
        guard let last = name.split(separator: " ").last, let first = last.first else { return false }
        return first.isUppercase || first.isNumber
    }

    func options(_ question: Question) -> [Finding] {
        var findings: [Finding] = []
        if Set(question.options).count < question.options.count {
            findings.append(Finding(.ambiguous, "two options read the same"))
        }
        if case .option(let right) = question.answer, question.options.indices.contains(right),
            let other = question.options.first(where: {
                $0 != question.options[right] && Self.oneContainsTheOther($0, question.options[right])
            })
        {
            findings.append(
                Finding(
                    .ambiguous,
                    "“\(other)” and the answer, “\(question.options[right])”: the words of one are all in the other, so both are defensible"
                ))
        }
        if question.kind == .shortAnswer || question.kind == .cloze, let subject = question.subject,
            let entity = index.entities[subject], !Self.isProperName(entity.name)
        {
            findings.append(
                Finding(.ambiguous, "“\(entity.name)” is a description, not a name: other wordings are right too"))
        }
        if !question.rivals.isEmpty, let subject = question.subject.flatMap({ index.entities[$0] }),
            subject.kind == .group,
            !(isHolderQuestion(question)
                && question.rivals.allSatisfy { index.entities[$0].map { rivalAccounts($0, subject) } ?? false })
        {
            findings.append(Finding(.implausibleOption, "groups are too loosely bounded to offer as rivals"))
        }
        if question.kind == .shortAnswer || question.kind == .cloze,
            let shortest = question.typedAnswers.map({ $0.split(separator: " ").count }).min(),
            shortest > Self.longestTypedAnswer
        {
            findings.append(Finding(.answerTooLong, "a typed answer of \(shortest) words"))
        }
        if question.kind == .multipleChoice || question.kind == .multipleAnswer, question.options.count < 3 {
            findings.append(Finding(.tooFewOptions, "only \(question.options.count) options"))
        } else if case .options(let right) = question.answer, question.options.count - right.count < 2 {
            findings.append(
                Finding(
                    .tooFewOptions, "only \(question.options.count - right.count) wrong option: the last pick is forced"
                ))
        }
        guard let subject = question.subject.flatMap({ index.entities[$0] }) else { return findings }
        // "During which war" offers other wars: their dates are the point, not an anachronism.
        let years =
            question.template == Templates.Name.eventDuring.rawValue
            ? nil : question.facts.lazy.compactMap { index.years(of: $0) }.first
        for rival in question.rivals.compactMap({ index.entities[$0] }) {
            if let reason = implausibility(of: rival, against: subject, in: years, holder: isHolderQuestion(question)) {
                findings.append(Finding(.implausibleOption, reason))
            }
        }
        return findings
    }

    /// Whether the content words of one label are all among the other's, and fewer ("some
    /// historians" and "some modern historians"): a student could defend either. Words are
    /// compared as hashes, with no string made: every option of every question is checked.
    static func oneContainsTheOther(_ one: String, _ other: String) -> Bool {
        let first = contentWords(one)
        let second = contentWords(other)
        guard !first.isEmpty, !second.isEmpty else { return false }
        let (shorter, longer) = first.count <= second.count ? (first, second) : (second, first)
        guard shorter.allSatisfy(longer.contains) else { return false }
        // The same words both ways are the same label, or the same words in another order ("the
        // French complied, the British demurred" and the reverse): not one inside the other.
        return !longer.allSatisfy(shorter.contains)
    }

    /// Hashes of a label's words, folded to lower case, less articles and the like.
    private static func contentWords(_ text: String) -> [UInt64] {
        Printed.wordHashes(text, first: false).filter { !labelFillers.contains($0) }
    }

    private static let labelFillers = Set(
        ["the", "a", "an", "some", "of", "and"].map { Printed.wordHashes($0, first: true)[0] })

    /// Whether two people, or groups of people, give their own accounts of one thing in the
    /// record ("Holwell" and "some modern historians" on the dead): each is a fair wrong answer to
    /// "who says this?" for the other, whatever their roles, and a group's bounds do not matter
    /// there. States and organisations are rivals only of their own role.
    func rivalAccounts(_ one: Entity, _ other: Entity) -> Bool {
        [.person, .group, .organisation].contains(one.kind) && [.person, .group, .organisation].contains(other.kind)
            && index.speakToTheSameThing(one.id, other.id)
    }

    func isHolderQuestion(_ question: Question) -> Bool {
        question.template == Templates.Name.statementHolder.rawValue
            || question.template == Templates.Name.statementFalseHolder.rawValue
    }

    /// Why `rival` is no fair alternative to `subject`, or `nil` when it is one. Generation picks
    /// options with the same rule, so a rejection here means a template went wrong.
    func implausibility(of rival: Entity, against subject: Entity, in years: ClosedRange<Int>?, holder: Bool)
        -> String?
    {
        if holder {
            guard index.cast.holders.contains(rival.id) else {
                return "\(rival.name) holds no view in the record, so it is no rival holder"
            }
        } else if rival.kind != subject.kind {
            return "\(rival.name) is a \(Templates.noun(rival.kind)), not a \(Templates.noun(subject.kind))"
        }
        if rival.role != subject.role, subject.role != nil || rival.role != nil,
            !(holder && rivalAccounts(rival, subject))
        {
            func role(_ entity: Entity) -> String { entity.role.map { "a \($0)" } ?? "of no stated role" }
            return "\(rival.name) is \(role(rival)), and \(subject.name) \(role(subject))"
        }
        if index.cast.sameSide(rival, subject) {
            return "\(rival.name) and \(subject.name) are one side: one belongs to or speaks for the other"
        }
        let rivalNames = Set(TextTools.names(of: rival).map(Choices.key))
        if TextTools.names(of: subject).contains(where: { rivalNames.contains(Choices.key($0)) }) {
            return "\(rival.name) is another name of \(subject.name)"
        }
        if let years, let date = rival.date {
            if case .date(let start) = date.start, start.yearRange.lowerBound > years.upperBound {
                return "\(rival.name) did not yet exist at the time, by the record's dates"
            }
            let end: HistoricalDate.Bound? = date.end ?? date.start
            if case .date(let last)? = end, last.yearRange.upperBound < years.lowerBound {
                return "\(rival.name) no longer existed at the time, by the record's dates"
            }
        }
        return nil
    }

    // MARK: Grammar

    static let brokenPairs = ["a the ", "an the ", "the the ", "a a ", "the a ", "the an "]
    /// The pairs as bytes, each after a space, for a scan that costs no allocation per question.
    static let brokenPairBytes: [(pair: String, bytes: [UInt8])] = brokenPairs.map { pair in
        (pair, Array((" " + pair).utf8))
    }
    static let strays: [[UInt8]] = ["..", " ,", "  ", " ."].map { Array($0.utf8) }

    /// Whether a prompt, or a sentence after a question in it ("…, according to the text? the
    /// war…"), opens with a lower-case letter.
    static func sentenceStartsInLowerCase(_ text: String) -> Bool {
        if text.first?.isLowercase == true { return true }
        var previous: (Character, Character) = (" ", " ")
        for character in text {
            if previous == ("?", " "), character.isLowercase { return true }
            previous = (previous.1, character)
        }
        return false
    }

    func grammar(_ question: Question) -> [Finding] {
        var findings: [Finding] = []
        var bytes: [UInt8] = []
        // Substitutions happen in prompts and paired items; options are names and sentences of
        // the record, never rewritten.
        for text in [question.prompt] + question.left {
            // ASCII letters lower-cased, with a space in front: the only folding the pairs need.
            bytes.removeAll(keepingCapacity: true)
            bytes.append(0x20)
            for byte in text.utf8 { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
            if let pair = Self.brokenPairBytes.first(where: { Self.find($0.bytes, in: bytes) != nil })?.pair {
                findings.append(Finding(.grammar, "“\(pair.trimmingCharacters(in: " "))” in “\(text)”"))
            }
            if Self.strays.contains(where: { Self.find($0, in: bytes) != nil }) {
                findings.append(Finding(.grammar, "stray punctuation or spacing in “\(text)”"))
            }
            if Self.sentenceStartsInLowerCase(text) {
                findings.append(Finding(.grammar, "a sentence starts in lower case: “\(text)”"))
            }
        }
        return findings
    }

    /// Where `needle` first stands in `haystack`.
    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        let first = needle[0]
        var start = 0
        while start + needle.count <= haystack.count {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count && haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return start }
            }
            start += 1
        }
        return nil
    }

    // MARK: Attribution

    static let attributionWords = [
        "claim", "position", "stance", "rumour", "reported", "report", "apparently", "the text's author",
        "according to",
    ]

    func attribution(_ question: Question) -> [Finding] {
        var findings: [Finding] = []
        // Asking how the text passes a claim on is asking about its attribution; asking what
        // reasons, bases and contrasts it gives is asking about its own reading.
        guard question.template != Templates.Name.statementStatus.rawValue,
            !Self.textsOwnReading.contains(question.template)
        else { return [] }
        let prompt = question.prompt
        for statement in question.facts.compactMap(index.statement) where statement.kind != .fact {
            let holderNamed = statement.holder.flatMap(index.holderName).map {
                TextTools.wholeWordRange(of: $0, in: prompt) != nil
            }
            let attributed =
                (holderNamed ?? false)
                || Self.attributionWords.contains { TextTools.wholeWordRange(of: $0, in: prompt) != nil }
            if !attributed {
                findings.append(Finding(.viewAsFact, "a \(statement.kind.rawValue) asked without saying whose it is"))
            }
            if let holder = statement.holder, index.sources[holder] != nil, Self.drills.contains(question.template) {
                findings.append(
                    Finding(
                        .viewAsFact,
                        "the author's own judgement is drilled as content; ask whose view it is, not what it says"))
            }
        }
        return findings
    }

    /// Templates that ask how the text itself connects its items, naming who draws the link (the
    /// text, or the holder who gives a reason): the link is what is asked, not the views linked.
    static let textsOwnReading: Set<String> = Set(
        [Templates.Name.reasonMatch, .basisMatch, .contrastMatch].map(\.rawValue))

    /// Templates that make a learner recall a statement's content.
    static let drills: Set<String> = [
        Templates.Name.statementCloze.rawValue, Templates.Name.statementTrue.rawValue,
        Templates.Name.statementFalseHolder.rawValue,
    ]
}
