extension AnswerGrader {
    /// The options a graded answer to a choice question picked, by text, in the order shown: what
    /// the progress file keeps so that item analysis can count each option's picks whatever
    /// order a quiz's seed gave them (the letters typed mean nothing without that order).
    ///
    /// - Parameters:
    ///   - typed: What the learner typed.
    ///   - question: The question answered.
    ///   - verdict: Its verdict: an answer that names no option but is right (an alias of the
    ///     right option, as "PLO") picked the right option.
    /// - Returns: The texts picked (empty when the answer named none), or nil for a question
    ///   that is not multiple choice or multiple answer.
    public func chosen(_ typed: String, for question: Question, verdict: Verdict) -> [String]? {
        let text = String(typed.prefix(Self.maximumLength))
        let picked: [Int]
        switch question.answer {
        case .option(let right):
            switch pick(text, options: question.options) {
            case .option(let index): picked = [index]
            case .none, .outOfRange: picked = verdict.isCorrect ? [right] : aliasPick(text, options: question.options)
            }
        case .options:
            if case .options(let indices) = picks(text, options: question.options) {
                picked = indices.sorted()
            } else {
                picked = []
            }
        default:
            return nil
        }
        return picked.map { question.options[$0] }
    }

    /// The option an answer names by another form of an entity ("Türkiye" for the option
    /// "Turkey"): the learner chose that option, though not by its text.
    private func aliasPick(_ typed: String, options: [String]) -> [Int] {
        let keys = options.map(Normalizer.normalize)
        let named = rivals.exactly(Normalizer.normalize(typed)).filter { $0.entityID != nil }.map(\.displayKey)
        return Set(named).count == 1 ? keys.indices.filter { keys[$0] == named.first } : []
    }
}

extension Question {
    /// Whether the learner picks among options by letter (multiple choice or multiple answer):
    /// the questions whose attempts keep the options shown and those chosen.
    public var isChoice: Bool {
        switch answer {
        case .option, .options: true
        default: false
        }
    }
}
