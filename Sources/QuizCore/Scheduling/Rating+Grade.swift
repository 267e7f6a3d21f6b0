extension Rating {
    /// Seconds under which a right answer counts as easy, by kind of question: reading and
    /// answering a true/false takes less than ordering five events.
    public static func fastThreshold(for kind: String) -> Double {
        switch kind {
        case "true-false": 5
        case "multiple-choice": 8
        case "short-answer", "numeric", "year", "cloze": 10
        default: 20  // multiple answers, ordering, matching
        }
    }

    /// The rating a graded attempt earns. It comes from the grade, not from the learner:
    /// incorrect or skipped → again; partly right, hinted, or right with a note → hard; right →
    /// good; right, unhinted and fast for its kind → easy.
    public init(attempt: Attempt) {
        switch attempt.outcome {
        case Verdict.Outcome.correct.rawValue:
            if attempt.hints > 0 {
                self = .hard
            } else if attempt.responseSeconds < Self.fastThreshold(for: attempt.kind) {
                self = .easy
            } else {
                self = .good
            }
        case Verdict.Outcome.correctWithNote.rawValue, Verdict.Outcome.partlyCorrect.rawValue:
            self = .hard
        default:
            self = .again
        }
    }
}
