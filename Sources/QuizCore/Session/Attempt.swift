import FoundationEssentials

/// One answered (or skipped) question: what the progress file keeps.
public struct Attempt: Sendable, Hashable, Codable {
    /// The question's stable id.
    public var questionID: String
    /// The record items it tested; memory is kept per item.
    public var facts: [String]
    /// The bank, by file name without extension.
    public var bank: String
    /// The kind of question.
    public var kind: String
    /// What the learner typed; empty when skipped.
    public var answer: String
    /// The right answer, as shown.
    public var expected: String
    /// The verdict's outcome, or "skipped".
    public var outcome: String
    /// For a miss, its kind: "typo-too-far", "near-date", "confused", "wrong-number", "blank",
    /// "unknown"; `nil` otherwise.
    public var miss: String?
    /// The feedback shown.
    public var feedback: String
    /// Credit earned, from 0 to 1, after any hint penalty.
    public var score: Double
    /// Hints taken before answering.
    public var hints: Int
    /// Seconds from the question being shown to the answer.
    public var responseSeconds: Double
    /// When it was answered.
    public var time: Date
    /// The question's topics, for statistics by topic (absent in files from before they were kept).
    public var tags: [String]?
    /// Points earned (see `Scoring`), and what the question was worth.
    public var points: Double?
    public var worth: Double?

    /// Creates an attempt.
    public init(
        questionID: String, facts: [String], bank: String, kind: String, answer: String, expected: String,
        outcome: String,
        miss: String?, feedback: String, score: Double, hints: Int, responseSeconds: Double, time: Date,
        tags: [String]? = nil, points: Double? = nil, worth: Double? = nil
    ) {
        self.questionID = questionID
        self.facts = facts
        self.bank = bank
        self.kind = kind
        self.answer = answer
        self.expected = expected
        self.outcome = outcome
        self.miss = miss
        self.feedback = feedback
        self.score = score
        self.hints = hints
        self.responseSeconds = responseSeconds
        self.time = time
        self.tags = tags
        self.points = points
        self.worth = worth
    }
}

extension Verdict.Miss {
    /// The miss's name in the progress file.
    var code: String {
        switch self {
        case .blank: "blank"
        case .typoTooFar: "typo-too-far"
        case .nearDate: "near-date"
        case .confusedWith: "confused"
        case .wrongNumber: "wrong-number"
        case .unknown: "unknown"
        }
    }
}
