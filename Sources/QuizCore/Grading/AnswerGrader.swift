/// Grades typed answers the way a fair history teacher would: forgiving of case, accents,
/// punctuation, articles and small typos, strict about facts, and able to say why an answer
/// was wrong.
public struct AnswerGrader: Sendable {
    /// A name from the record that a wrong answer might be: its display form and entity.
    struct KnownName: Sendable {
        var display: String
        var entityID: String
    }

    /// Normalised names and aliases of every entity in the record.
    let known: [String: KnownName]
    let record: Record?

    /// The longest answer read; the rest is ignored (edit distances grow with length).
    static let maximumLength = 1_000

    /// Creates a grader for questions from `record`; its entities are the names a wrong answer
    /// is checked against.
    public init(record: Record? = nil) {
        self.record = record
        var known: [String: KnownName] = [:]
        for entity in record?.entities ?? [] {
            for form in [entity.name] + entity.aliases {
                let key = Normalizer.normalize(form)
                if !key.isEmpty, known[key] == nil { known[key] = KnownName(display: entity.name, entityID: entity.id) }
            }
        }
        self.known = known
    }

    /// Grades one answer.
    ///
    /// - Parameters:
    ///   - input: What the learner typed (any text; control characters and length are handled).
    ///   - question: The question.
    /// - Returns: The verdict, with the credit earned and, for a miss, its kind.
    public func grade(_ input: String, for question: Question) -> Verdict {
        let typed = String(input.prefix(Self.maximumLength))
        let expected = question.answerText
        guard !Normalizer.normalize(typed).isEmpty else { return .wrong(.blank, expected) }
        let verdict = gradeAnswer(typed, question: question, expected: expected)
        return applyNotes(verdict, typed: typed, question: question)
    }

    private func gradeAnswer(_ typed: String, question: Question, expected: String) -> Verdict {
        switch question.answer {
        case .option(let index): return gradeChoice(typed, question: question, right: index)
        case .options(let indices): return gradeChoices(typed, question: question, right: indices)
        case .truth(let value): return gradeTruth(typed, value, expected: expected)
        case .text(let text):
            return gradeText(typed, canonical: text, accepted: question.accepted, question: question)
        case .number(let value, let tolerance, let unit, let approximate):
            return gradeNumber(
                typed, value: value, tolerance: tolerance, unit: unit, approximate: approximate, expected: expected)
        case .date(let date): return gradeDate(typed, date, expected: expected)
        case .order(let order): return gradeOrder(typed, question: question, right: order)
        case .pairs(let partners): return gradePairs(typed, question: question, right: partners)
        case .blanks(let blanks): return gradeBlanks(typed, blanks: blanks, question: question)
        }
    }

    // MARK: - Authors' notes

    /// Applies an author's weights and feedback: a weighted wrong choice or a weighted accepted
    /// form earns its share, Moodle-style sums for weighted multiple answers, and the feedback
    /// for what was given.
    func applyNotes(_ verdict: Verdict, typed: String, question: Question) -> Verdict {
        var result = verdict
        let notes = question.notes
        // Only authored questions carry notes; generated ones skip re-reading the answer.
        switch question.answer {
        case .option where !notes.isEmpty:
            if let picked = pick(typed, options: question.options), let note = notes[question.options[picked]] {
                if !verdict.isCorrect, let weight = note.weight, weight > 0 {
                    result = .partly(min(1, weight / 100), verdict.expected)
                }
                result.remark = note.feedback
            }
        case .options(let right) where !notes.isEmpty:
            if let picked = picks(typed, options: question.options) {
                let weights = picked.compactMap { notes[question.options[$0]]?.weight }
                if weights.count == picked.count, !weights.isEmpty {
                    let credit = min(1, max(0, weights.reduce(0, +) / 100))
                    result =
                        credit >= 1 && picked == Set(right)
                        ? .correct(verdict.expected) : .partly(credit, verdict.expected)
                    if credit == 0 { result = .wrong(.unknown, verdict.expected) }
                }
                let remarks = picked.sorted().compactMap { notes[question.options[$0]]?.feedback }
                if !remarks.isEmpty { result.remark = remarks.joined(separator: " ") }
            }
        case .text where !notes.isEmpty:
            let typedKey = Normalizer.normalize(typed)
            if let (form, note) = notes.first(where: { Normalizer.normalize($0.key) == typedKey }) {
                if let weight = note.weight, weight < 100 {
                    result = weight > 0 ? .partly(weight / 100, verdict.expected) : .wrong(.unknown, verdict.expected)
                }
                _ = form
                result.remark = note.feedback
            }
        case .number(_, _, let unit, _):
            // Other accepted numbers (`value:tolerance`, `min..max`), each with its weight.
            guard !verdict.isCorrect, let typedNumber = NumberReader.read(typed, unit: unit) else { break }
            for form in question.accepted {
                guard let (value, tolerance) = NumericForm.parse(form),
                    abs(typedNumber - value) <= (tolerance ?? 0) + 1e-9
                else { continue }
                let weight = notes[form]?.weight ?? 100
                result = weight >= 100 ? .correct(verdict.expected) : .partly(max(0, weight) / 100, verdict.expected)
                result.remark = notes[form]?.feedback
                break
            }
        default:
            break
        }
        if result.remark == nil { result.remark = result.isCorrect ? question.rightFeedback : question.wrongFeedback }
        return result
    }

    // MARK: - Text

    /// Edits allowed for a typo in a name of this many characters: none up to four ("Iran" is
    /// not "Iraq"), one up to seven, two up to twelve, three beyond.
    static func allowedEdits(_ length: Int) -> Int {
        switch length {
        case ...4: 0
        case 5...7: 1
        case 8...12: 2
        default: 3
        }
    }

    /// The edits a typed answer may have against a form and still be a typo: word by word, each
    /// word within its own allowance ("one-state" is not a typo of "two-state"), the words in the
    /// same number. -1 when it cannot be a typo at all.
    static func typoAllowance(_ answer: String, _ form: String) -> Int {
        let typedWords = answer.split(separator: " ")
        let formWords = form.split(separator: " ")
        guard typedWords.count == formWords.count else { return -1 }
        var total = 0
        for (typed, right) in zip(typedWords, formWords) {
            let distance = Spelling.editDistance(Array(typed), Array(right), limit: 4)
            if distance > allowedEdits(right.count) { return -1 }
            total += distance
        }
        return min(total, allowedEdits(form.count)) == total ? total : -1
    }

    func gradeText(_ typed: String, canonical: String, accepted: [String], question: Question, options: [String] = [])
        -> Verdict
    {
        let answer = Normalizer.normalize(typed)
        guard !answer.isEmpty else { return .wrong(.blank, canonical) }
        let forms = ([canonical] + accepted).map(Normalizer.normalize).filter { !$0.isEmpty }
        if answer == forms.first { return .correct(canonical) }
        if forms.contains(answer) { return .noted(.otherForm(canonical), canonical) }

        // Another item of the record, or another option, typed exactly: a confusion, named.
        let others = competitors(excluding: Set(forms), options: options)
        if let other = others.first(where: { $0.key == answer }) {
            return .wrong(.confusedWith(other.display, detail: detail(for: other.entityID, in: question)), canonical)
        }

        // A typo: close to a right form word by word, closer than to anything else, and with the
        // digits exactly right (a wrong digit is a wrong fact, not a slip).
        let answerCharacters = Array(answer)
        var best = Int.max
        var allowed = -1
        for form in forms where Self.digits(form) == Self.digits(answer) {
            let distance = Spelling.editDistance(answerCharacters, Array(form), limit: 6)
            if distance < best {
                best = distance
                allowed = Self.typoAllowance(answer, form)
            }
        }
        if best <= allowed {
            let rival = others.map { Spelling.editDistance(answerCharacters, Array($0.key), limit: best) }.min() ?? .max
            if rival > best { return .noted(.typo(canonical), canonical) }
            if let near = others.first(where: {
                Spelling.editDistance(answerCharacters, Array($0.key), limit: best) <= best
            }) {
                return .wrong(.confusedWith(near.display, detail: detail(for: near.entityID, in: question)), canonical)
            }
        }
        allowed = max(allowed, Self.allowedEdits(answer.count))
        if best <= allowed + 2 { return .wrong(.typoTooFar, canonical) }
        return .wrong(.unknown, canonical)
    }

    private struct Competitor {
        var key: String
        var display: String
        var entityID: String?
    }

    private func competitors(excluding forms: Set<String>, options: [String]) -> [Competitor] {
        var result: [Competitor] = []
        for option in options {
            let key = Normalizer.normalize(option)
            if !key.isEmpty, !forms.contains(key) {
                result.append(Competitor(key: key, display: option, entityID: nil))
            }
        }
        for (key, name) in known where !forms.contains(key) {
            result.append(Competitor(key: key, display: name.display, entityID: name.entityID))
        }
        return result
    }

    /// The confused item's part in the question's event, if it has one: "its part in this event:
    /// captor".
    private func detail(for entityID: String?, in question: Question) -> String? {
        guard let entityID, let record else { return nil }
        for fact in question.facts {
            guard let event = record.events.first(where: { $0.id == fact }) else { continue }
            if let actor = event.actors.first(where: { $0.entity == entityID }) {
                return "its part in this event: \(actor.role)"
            }
        }
        return nil
    }

    static func digits(_ text: String) -> String {
        String(text.filter(\.isNumber))
    }

    // MARK: - Choices

    /// The option a typed answer picks: its letter, its number, or its text (typos allowed).
    func pick(_ typed: String, options: [String]) -> Int? {
        let trimmed = typed.lowercased().filter { !$0.isWhitespace && !"().:".contains($0) }
        let normalized = Normalizer.normalize(typed)
        if let exact = options.firstIndex(where: { Normalizer.normalize($0) == normalized }) { return exact }
        if trimmed.count == 1, let index = trimmed.unicodeScalars.first.flatMap(Self.index(ofLetter:)) {
            return options.indices.contains(index) ? index : nil
        }
        if let number = Int(trimmed), options.indices.contains(number - 1) { return number - 1 }
        // Another item of the record, named exactly, is that item, not a typo of an option.
        if known[normalized] != nil { return nil }
        let characters = Array(normalized)
        let distances = options.map { Spelling.editDistance(characters, Array(Normalizer.normalize($0)), limit: 4) }
        guard let best = distances.min(), let index = distances.firstIndex(of: best) else { return nil }
        let allowed = Self.allowedEdits(Normalizer.normalize(options[index]).count)
        let unique = distances.filter { $0 == best }.count == 1
        return best <= allowed && unique && Self.digits(normalized) == Self.digits(Normalizer.normalize(options[index]))
            ? index : nil
    }

    func gradeChoice(_ typed: String, question: Question, right: Int) -> Verdict {
        let expected = "\(Self.letter(right))) \(question.options[right])"
        guard let picked = pick(typed, options: question.options) else {
            // Not an option: graded as typed text, so aliases still count ("PLO").
            let verdict = gradeText(
                typed, canonical: question.options[right], accepted: question.accepted, question: question,
                options: question.options)
            return verdict.isCorrect ? verdict : Verdict.wrong(verdict.miss ?? .unknown, expected)
        }
        if picked == right {
            let exact = Normalizer.normalize(typed) == Normalizer.normalize(question.options[right])
            let isLabel = typed.count <= 3
            return exact || isLabel ? .correct(expected) : .noted(.typo(question.options[right]), expected)
        }
        let name = question.options[picked]
        let entity = known[Normalizer.normalize(name)]?.entityID
        return .wrong(.confusedWith(name, detail: detail(for: entity, in: question)), expected)
    }

    /// Several letters, numbers or texts: `a c`, `a,c`, `ac`, `1 3`.
    func gradeChoices(_ typed: String, question: Question, right: [Int]) -> Verdict {
        let expected = right.map { "\(Self.letter($0))) \(question.options[$0])" }.joined(separator: "; ")
        guard let picks = picks(typed, options: question.options) else { return .wrong(.unknown, expected) }
        let rightSet = Set(right)
        let hits = picks.intersection(rightSet).count
        let misses = picks.subtracting(rightSet).count
        if hits == rightSet.count && misses == 0 { return .correct(expected) }
        let credit = max(0, Double(hits - misses) / Double(rightSet.count))
        return .partly(credit, expected)
    }

    func picks(_ typed: String, options: [String]) -> Set<Int>? {
        let compact = typed.lowercased().filter { !$0.isWhitespace && $0 != "," && $0 != ";" && $0 != ")" }
        let letters = compact.unicodeScalars.map(Self.index(ofLetter:))
        if !compact.isEmpty, compact.count <= options.count, !letters.contains(nil) {
            let indices = letters.compactMap { $0 }
            if indices.allSatisfy(options.indices.contains) { return Set(indices) }
        }
        let pieces = typed.split(whereSeparator: { ",;".contains($0) }).flatMap { piece -> [Substring] in
            let words = piece.split(separator: " ")
            // "1 3" or "a c": short tokens separated by spaces are separate picks.
            return words.allSatisfy { $0.count <= 2 } ? words : [piece]
        }
        var result: Set<Int> = []
        for piece in pieces {
            guard let index = pick(String(piece), options: options) else { return nil }
            result.insert(index)
        }
        return result.isEmpty ? nil : result
    }

    /// The label of an option: a, b, c…
    public static func letter(_ index: Int) -> String {
        String(Character(Unicode.Scalar(UInt8(97 + index % 26))))
    }

    /// The option a lower-case label stands for: `a` is 0, `z` 25; `nil` for anything else.
    /// The one reading of letters that choices, ordering and matching share.
    static func index(ofLetter scalar: Unicode.Scalar) -> Int? {
        ("a"..."z").contains(scalar) ? Int(scalar.value - Unicode.Scalar("a").value) : nil
    }

    func gradeTruth(_ typed: String, _ value: Bool, expected: String) -> Verdict {
        let word = Normalizer.normalize(typed)
        let given: Bool
        switch word {
        case "t", "true", "yes", "y": given = true
        case "f", "false", "no", "n": given = false
        default: return .wrong(.unknown, expected)
        }
        return given == value ? .correct(expected) : .wrong(.unknown, expected)
    }
}
