/// Grades typed answers the way a fair history teacher would: forgiving of case, accents,
/// punctuation, articles, spelling variants and small typos, strict about facts, able to say why
/// an answer was wrong, and asking again when an answer cannot be read at all.
public struct AnswerGrader: Sendable {
    let record: Record?
    /// Every value of the record a wrong answer may be: entities' names and aliases, and the
    /// answers of authored questions (the other rows of an imported table).
    let rivals: RivalIndex
    /// Each entity's name and aliases, by id: all of them are the answer when one is.
    let entityForms: [String: [String]]
    /// The record's events, by id, to say what part a confused entity plays.
    let events: [String: Event]
    /// What sort of thing each entity is ("country", "city"), by id, to say what a confused
    /// answer is.
    let sorts: [String: String]

    /// The longest answer read; the rest is ignored (edit distances grow with length).
    static let maximumLength = 1_000

    /// Creates a grader for questions from `record`; its entities and its questions' answers are
    /// the values a wrong answer is checked against.
    public init(record: Record? = nil) {
        self.record = record
        var rivals = RivalIndex()
        var entityForms: [String: [String]] = [:]
        var sorts: [String: String] = [:]
        for entity in record?.entities ?? [] {
            let forms = [entity.name] + entity.aliases + (Self.surname(of: entity).map { [$0] } ?? [])
            entityForms[entity.id, default: []] += forms
            sorts[entity.id] = Templates.noun(entity)
            for form in forms { rivals.add(form, display: entity.name, entityID: entity.id) }
        }
        for question in record?.questions ?? [] {
            for form in Self.typedForms(question.answer) { rivals.add(form, display: form, entityID: nil) }
        }
        rivals.finish()
        self.rivals = rivals
        self.entityForms = entityForms
        self.sorts = sorts
        events = Dictionary((record?.events ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// A person's surname, as a teacher takes it for the person ("Giustiniani" for Giovanni
    /// Giustiniani): the last word of a name of two words or more, when it is a name (capitalised,
    /// four letters or more, no regnal number such as "II"). Another entity going by the same word
    /// makes it ambiguous, and the grader then takes it for neither.
    static func surname(of entity: Entity) -> String? {
        guard entity.kind == .person else { return nil }
        let words = entity.name.split(separator: " ")
        guard words.count >= 2, let last = words.last, last.count >= 4, last.first?.isUppercase == true,
            !last.allSatisfy({ "IVXLCDM".contains($0) })
        else { return nil }
        let surname = String(last)
        return entity.aliases.contains(surname) ? nil : surname
    }

    /// The typed answers an authored question takes: its answer and accepted forms, or its blanks'.
    private static func typedForms(_ answer: AuthoredQuestion.Answer) -> [String] {
        switch answer {
        case .text(let text, let accepted): return [text] + accepted
        case .blanks(let parts):
            return parts.flatMap { part -> [String] in
                if case .blank(let forms) = part { return forms }
                return []
            }
        default: return []
        }
    }

    /// Grades one answer.
    ///
    /// - Parameters:
    ///   - input: What the learner typed (any text; control characters and length are handled).
    ///   - question: The question.
    /// - Returns: The verdict, with the credit earned and, for a miss, its kind. An answer that
    ///   cannot be read as the question asks (a letter past the options, "1948" for true or
    ///   false) is a miss `.unreadable`, with what to type: ask it again, do not grade it.
    public func grade(_ input: String, for question: Question) -> Verdict {
        let typed = String(input.prefix(Self.maximumLength))
        let expected = question.answerText
        guard !Normalizer.normalize(typed).isEmpty else { return .wrong(.blank, expected) }
        let (verdict, form) = gradeAnswer(typed, question: question, expected: expected)
        if case .unreadable? = verdict.miss { return verdict }
        return applyNotes(verdict, typed: typed, form: form, question: question)
    }

    /// The verdict, and for a typed answer the form it was taken for (its weight applies).
    private func gradeAnswer(_ typed: String, question: Question, expected: String) -> (Verdict, String?) {
        switch question.answer {
        case .option(let index): return (gradeChoice(typed, question: question, right: index), nil)
        case .options(let indices): return (gradeChoices(typed, question: question, right: indices), nil)
        case .truth(let value): return (gradeTruth(typed, value, expected: expected), nil)
        case .text(let text):
            let match = matchText(typed, canonical: text, accepted: question.accepted, question: question)
            return (match.verdict, match.form)
        case .number(let value, let tolerance, let unit, let approximate):
            let verdict = gradeNumber(
                typed, value: value, tolerance: tolerance, unit: unit, approximate: approximate, expected: expected)
            return (verdict, nil)
        case .date(let date): return (gradeDate(typed, date, expected: expected), nil)
        case .order(let order): return (gradeOrder(typed, question: question, right: order), nil)
        case .pairs(let partners): return (gradePairs(typed, question: question, right: partners), nil)
        case .blanks(let blanks): return (gradeBlanks(typed, blanks: blanks, question: question), nil)
        }
    }

    // MARK: - Authors' notes

    /// Applies an author's weights and feedback: a weighted wrong choice or a weighted accepted
    /// form earns its share, Moodle-style sums for weighted multiple answers, and the feedback
    /// for what was given. A typed answer earns the weight of the form it was taken for, typo or
    /// not.
    func applyNotes(_ verdict: Verdict, typed: String, form: String?, question: Question) -> Verdict {
        var result = verdict
        let notes = question.notes
        // Only authored questions carry notes; generated ones skip re-reading the answer.
        switch question.answer {
        case .option where !notes.isEmpty:
            if case .option(let picked) = pick(typed, options: question.options),
                let note = notes[question.options[picked]]
            {
                if !verdict.isCorrect, let weight = note.weight, weight > 0 {
                    result = .partly(min(1, weight / 100), verdict.expected)
                }
                result.remark = note.feedback
            }
        case .options(let right) where !notes.isEmpty:
            if case .options(let picked) = picks(typed, options: question.options) {
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
            if verdict.isCorrect, let form, let note = notes[form] {
                if let weight = note.weight, weight < 100 {
                    result = weight > 0 ? .partly(weight / 100, verdict.expected) : .wrong(.unknown, verdict.expected)
                }
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

    // MARK: - Shared readings

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
    static func typoAllowance(_ answer: [Unicode.Scalar], _ form: [Unicode.Scalar]) -> Int {
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

    /// The digits of a normalised text, in order: a typo never changes them.
    static func digits(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var digits = String.UnicodeScalarView()
        for scalar in scalars where isDigit(scalar) { digits.append(scalar) }
        return String(digits)
    }

    /// A digit of any script, found cheaply for ASCII.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (48...57).contains(scalar.value) : scalar.properties.numericType != nil
    }

    /// The confused item's part in the question's event, if it has one: "its part in this event:
    /// captor".
    func detail(for entityID: String?, in question: Question) -> String? {
        guard let entityID, let noun = sorts[entityID] else { return nil }
        let sort = "another \(noun) in this record"
        for fact in question.facts {
            if let actor = events[fact]?.actors.first(where: { $0.entity == entityID }) {
                return sort + " (its part in this event: \(actor.role))"
            }
        }
        return sort
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

    /// "a to d": the labels of `count` options, for asking again.
    static func letterRange(_ count: Int) -> String {
        count <= 1 ? "a" : "a to \(letter(count - 1))"
    }
}
