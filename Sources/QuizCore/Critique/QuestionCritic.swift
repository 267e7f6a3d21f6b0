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
    public func review(_ questions: [Question]) -> [Review] {
        var ledger = Ledger()
        var reviews = questions.map { question in
            var findings = findings(for: question)
            let authored = question.template == "authored"
            if findings.isEmpty, let earlier = ledger.duplicate(of: question) {
                // An author's own questions are the author's choice: a repeat is pointed out, not dropped.
                findings.append(
                    Finding(.duplicate, "asks the same as \(earlier)", severity: authored ? .flag : .reject))
            }
            if !findings.contains(where: { $0.severity == .reject }) { ledger.keep(question) }
            return Review(question: question, findings: findings)
        }
        predictableHolders(&reviews)
        return reviews
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
        guard question.template != "authored" else { return [] }
        var findings: [Finding] = []
        findings += trivial(question)
        findings += leaks(question)
        findings += options(question)
        findings += grammar(question)
        findings += attribution(question)
        return findings
    }

    // MARK: Trivial

    /// Templates whose answer is the subject entity itself.
    static let answerIsSubject: Set<String> = [
        Templates.Name.eventWho.rawValue, Templates.Name.eventWhoTyped.rawValue, Templates.Name.eventWhere.rawValue,
        Templates.Name.statementCloze.rawValue, Templates.Name.statementHolder.rawValue,
    ]

    func trivial(_ question: Question) -> [Finding] {
        guard Self.answerIsSubject.contains(question.template), let subject = question.subject,
            index.cast.dominant.contains(subject), let entity = index.entities[subject]
        else { return [] }
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
        for article in [" a _____", " an _____", "“A _____", "“An _____"] where question.prompt.contains(article) {
            findings.append(
                Finding(.leak, "“\(article.trimmingCharacters(in: " “"))” before the blank hints at the answer"))
        }
        if Self.asksWhen.contains(question.template), Self.containsDate(question.prompt) {
            findings.append(Finding(.leak, "the prompt prints a year or a date, which points to the answer"))
        }
        if Self.chronology.contains(question.template) {
            let items = question.template == Templates.Name.eventYearMatch.rawValue ? question.left : question.options
            if let item = items.first(where: { Self.containsDate($0) }) {
                findings.append(Finding(.leak, "an item prints a date, which gives the order away: “\(item)”"))
            }
        }
        return findings
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
        let words = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "–" || $0 == "/" }).map {
            $0.trimmingCharacters(in: "“”\"'(),.;:!?")
        }
        for (position, word) in words.enumerated() {
            let digits = word.prefix { $0.isASCII && $0.isNumber }
            let rest = word.dropFirst(digits.count)
            if (3...4).contains(digits.count) && (rest.isEmpty || rest == "s" || rest == "s'") { return true }
            if !digits.isEmpty, ["st", "nd", "rd", "th"].contains(rest.lowercased()), position + 1 < words.count,
                words[position + 1].lowercased().hasPrefix("centur")
            {
                return true
            }
            if word.first?.isUppercase == true, months.contains(word.lowercased()), word.lowercased() != "may" {
                return true
            }
        }
        return false
    }

    /// A word of `text` made from the entity's one-word name, such as "Pakistani" for Pakistan or
    /// "Syrian" for Syria: it points to the blank's answer.
    static func derivedWord(of entity: Entity, in text: String) -> String? {
        for name in TextTools.names(of: entity) where !name.contains(" ") && name.count >= 4 {
            var stem = Substring(name.lowercased())
            if stem.count >= 5, let last = stem.last, "aeiouy".contains(last) { stem = stem.dropLast() }
            for word in text.split(whereSeparator: { !$0.isLetter }) {
                let lowered = word.lowercased()
                if lowered.hasPrefix(stem), lowered != name.lowercased(), lowered.count > stem.count {
                    return String(word)
                }
            }
        }
        return nil
    }

    // MARK: Options

    /// The most words a typed answer may have: longer ones test typing, not knowing.
    static let longestTypedAnswer = 4

    func options(_ question: Question) -> [Finding] {
        var findings: [Finding] = []
        if question.kind == .shortAnswer || question.kind == .cloze,
            let shortest = question.typedAnswers.map({ $0.split(separator: " ").count }).min(),
            shortest > Self.longestTypedAnswer
        {
            findings.append(Finding(.answerTooLong, "a typed answer of \(shortest) words"))
        }
        if question.kind == .multipleChoice || question.kind == .multipleAnswer, question.options.count < 3 {
            findings.append(Finding(.tooFewOptions, "only \(question.options.count) options"))
        }
        guard let subject = question.subject.flatMap({ index.entities[$0] }) else { return findings }
        let years = question.facts.lazy.compactMap { index.years(of: $0) }.first
        for rival in question.rivals.compactMap({ index.entities[$0] }) {
            if let reason = implausibility(of: rival, against: subject, in: years, holder: isHolderQuestion(question)) {
                findings.append(Finding(.implausibleOption, reason))
            }
        }
        return findings
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
        if rival.role != subject.role, subject.role != nil || rival.role != nil {
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
        if let years, let existed = rival.date?.yearSpan, !existed.overlaps(years) {
            return "\(rival.name) did not exist at the time, by the record's dates"
        }
        return nil
    }

    // MARK: Grammar

    static let brokenPairs = ["a the ", "an the ", "the the ", "a a ", "the a ", "the an "]

    func grammar(_ question: Question) -> [Finding] {
        var findings: [Finding] = []
        for text in [question.prompt] + question.options + question.left {
            let lowered = " " + text.lowercased()
            if let pair = Self.brokenPairs.first(where: { lowered.contains(" " + $0) }) {
                findings.append(Finding(.grammar, "“\(pair.trimmingCharacters(in: " "))” in “\(text)”"))
            }
            if text.contains("..") || text.contains(" ,") || text.contains("  ") || text.contains(" .") {
                findings.append(Finding(.grammar, "stray punctuation or spacing in “\(text)”"))
            }
            if let open = text.firstIndex(of: "“"), let next = text[text.index(after: open)...].first,
                next.isLowercase
            {
                findings.append(Finding(.grammar, "a quoted sentence starts in lower case: “\(text)”"))
            }
        }
        return findings
    }

    // MARK: Attribution

    static let attributionWords = [
        "claim", "position", "stance", "rumour", "reported", "report", "apparently", "the text's author",
        "according to",
    ]

    func attribution(_ question: Question) -> [Finding] {
        var findings: [Finding] = []
        // Asking how the text passes a claim on is asking about its attribution.
        guard question.template != Templates.Name.statementStatus.rawValue else { return [] }
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

    /// Templates that make a learner recall a statement's content.
    static let drills: Set<String> = [
        Templates.Name.statementCloze.rawValue, Templates.Name.statementTrue.rawValue,
        Templates.Name.statementFalseHolder.rawValue,
    ]
}
