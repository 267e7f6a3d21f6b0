/// The questions `quiz export` writes: chosen as `take` and `preview` choose them (the same
/// count, types, topics and seed), and the same file for the same bank and options every time.
public enum ExportSelection {
    /// The questions to export.
    ///
    /// - Parameters:
    ///   - record: The bank's record.
    ///   - options: How many questions (`nil` for every one the bank yields, in record order),
    ///     of which types and topics.
    ///   - seed: The seed for the choice of questions and the order of generated options.
    ///   - authorsOrder: Whether authored questions keep their options in the order the bank
    ///     gives them, as GIFT and Aiken want (Moodle shuffles them itself, and an exported file
    ///     imported and exported again is then the same file). A worksheet keeps them shuffled,
    ///     so that the right answer is not always where the author wrote it.
    /// - Returns: The questions.
    public static func questions(
        record: Record, options: GenerationOptions, seed: UInt64, authorsOrder: Bool
    ) -> [Question] {
        let questions = QuestionGenerator(record: record, options: options).questions(seed: seed)
        guard authorsOrder else { return questions }
        let authored = Dictionary(record.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return questions.map { question in
            guard question.template == "authored", let source = authored[question.id] else { return question }
            return inAuthorsOrder(question, source)
        }
    }

    /// A question with its options in the order its author wrote them; ordering questions keep
    /// theirs shuffled, as their order is the answer.
    static func inAuthorsOrder(_ question: Question, _ authored: AuthoredQuestion) -> Question {
        var question = question
        switch authored.answer {
        case .choice(let choices, let correct):
            question.options = choices
            question.answer = .option(correct)
        case .choices(let choices, let correct):
            question.options = choices
            question.answer = .options(correct.sorted())
        case .pairs(let pairs):
            let options = pairs.map(\.right) + authored.distractors
            question.options = options
            question.answer = .pairs(pairs.map { pair in options.firstIndex(of: pair.right) ?? 0 })
        case .truth, .text, .number, .date, .order, .blanks:
            break
        }
        return question
    }
}
