extension Rating {
    /// Seconds under which a right answer counts as easy, by kind of question: reading and
    /// answering a true/false takes less than ordering five events.
    public static func fastThreshold(for kind: Question.Kind) -> Double {
        switch kind {
        case .trueFalse: 5
        case .multipleChoice: 8
        case .shortAnswer, .numeric, .year, .cloze: 10
        case .multipleAnswer, .ordering, .matching: 20
        }
    }

    /// The rating a graded attempt earns. It comes from the grade, not from the learner:
    /// incorrect or skipped → again; partly right, hinted, or right with a note → hard; right →
    /// good; right, unhinted and fast for its kind → easy, when the time was measured at a
    /// terminal (a piped answer takes no time, and is good).
    public init(attempt: Attempt) {
        switch attempt.outcome {
        case .correct:
            if attempt.hints > 0 {
                self = .hard
            } else if attempt.timed != false, attempt.responseSeconds < Self.fastThreshold(for: attempt.kind) {
                self = .easy
            } else {
                self = .good
            }
        case .correctWithNote, .partlyCorrect:
            self = .hard
        case .incorrect, .skipped:
            self = .again
        }
    }
}
