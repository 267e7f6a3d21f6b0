import FoundationEssentials

/// One answered (or skipped) question: what the progress file keeps.
///
/// The JSON form is the progress file's: `kind`, `outcome` and `miss` are written as their raw
/// strings, and `credit` under the key `score`, as every version has written them. A new case in
/// any of these enums is a new file format: older versions could not read it, so it needs a new
/// `ProgressDocument.schemaVersion`.
public struct Attempt: Sendable, Hashable, Codable {
    /// How an attempt ended: a verdict's outcome, or skipped.
    public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
        /// Right as typed (or in the canonical form).
        case correct
        /// Right, with a note: a small typo, or another accepted form.
        case correctWithNote = "correct-with-note"
        /// Partly right.
        case partlyCorrect = "partly-correct"
        /// Wrong.
        case incorrect
        /// Passed over with `:skip`.
        case skipped

        /// The outcome of a graded answer.
        public init(_ outcome: Verdict.Outcome) {
            switch outcome {
            case .correct: self = .correct
            case .correctWithNote: self = .correctWithNote
            case .partlyCorrect: self = .partlyCorrect
            case .incorrect: self = .incorrect
            }
        }
    }

    /// What kind of miss a wrong answer was: a `Verdict.Miss` without its details.
    public enum Miss: String, Sendable, Hashable, Codable, CaseIterable {
        /// Nothing was given.
        case blank
        /// Close in spelling, but too far to be a typo.
        case typoTooFar = "typo-too-far"
        /// A date or year off.
        case nearDate = "near-date"
        /// Another item of the record.
        case confused
        /// A number off from the right one.
        case wrongNumber = "wrong-number"
        /// Nothing the grader can explain.
        case unknown

        /// The kind of a verdict's miss.
        public init(_ miss: Verdict.Miss) {
            switch miss {
            case .blank: self = .blank
            case .typoTooFar: self = .typoTooFar
            case .nearDate: self = .nearDate
            case .confusedWith: self = .confused
            case .wrongNumber: self = .wrongNumber
            // A span too wide is no near date; an unreadable answer is asked again, never stored.
            case .tooWide, .unreadable, .unknown: self = .unknown
            }
        }
    }

    /// The attempt's own id, unique among all attempts anywhere: what a merge of two progress
    /// files tells attempts apart by. Files from before ids were kept have none; `stableID` then
    /// derives one from the content.
    public var id: String?
    /// The question's stable id.
    public var questionID: String
    /// The record items it tested; memory is kept per item.
    public var facts: [String]
    /// The bank, by file name without extension.
    public var bank: String
    /// The kind of question.
    public var kind: Question.Kind
    /// What the learner typed; empty when skipped.
    public var answer: String
    /// The right answer, as shown.
    public var expected: String
    /// The verdict's outcome, or `.skipped`.
    public var outcome: Outcome
    /// For a wrong answer, its kind of miss; `nil` otherwise.
    public var miss: Miss?
    /// The feedback shown.
    public var feedback: String
    /// Credit earned, from 0 to 1, after any hint penalty: 1 is a right answer. Not the points
    /// shown as the score (see `points`).
    public var credit: Double
    /// Hints taken before answering.
    public var hints: Int
    /// Seconds from the question being shown to the answer.
    public var responseSeconds: Double
    /// When it was answered.
    public var time: Date
    /// The question's topics, for statistics by topic (absent in files from before they were kept).
    public var tags: [String]?
    /// Points earned (see `Scoring`): what the learner sees as the score (absent in files from
    /// before scoring).
    public var points: Double?
    /// The points the question was worth.
    public var worth: Double?
    /// `false` when the answer was not typed at a terminal (piped in, read from a file): its
    /// response time says nothing of recall, and the rating ignores it. Absent when timed, as in
    /// every file from before it was kept.
    public var timed: Bool?
    /// For a choice question (multiple choice, multiple answer), the options as shown, in their
    /// order: the letters typed in `answer` stand for these. Absent for other kinds and in files
    /// from before they were kept.
    public var options: [String]?
    /// For a choice question answered (not skipped), the texts of the options the answer picked,
    /// in the order shown; empty when it named none of them. Absent for other kinds, for a skip,
    /// and in files from before they were kept.
    public var chosen: [String]?

    /// Creates an attempt.
    public init(
        questionID: String, facts: [String], bank: String, kind: Question.Kind, answer: String, expected: String,
        outcome: Outcome, miss: Miss?, feedback: String, credit: Double, hints: Int, responseSeconds: Double,
        time: Date, tags: [String]? = nil, points: Double? = nil, worth: Double? = nil, timed: Bool? = nil,
        id: String? = nil, options: [String]? = nil, chosen: [String]? = nil
    ) {
        self.id = id
        self.questionID = questionID
        self.facts = facts
        self.bank = bank
        self.kind = kind
        self.answer = answer
        self.expected = expected
        self.outcome = outcome
        self.miss = miss
        self.feedback = feedback
        self.credit = credit
        self.hints = hints
        self.responseSeconds = responseSeconds
        self.time = time
        self.tags = tags
        self.points = points
        self.worth = worth
        self.timed = timed
        self.options = options
        self.chosen = chosen
    }

    /// The progress file's keys; `credit` keeps the key `score` that files have always used.
    private enum CodingKeys: String, CodingKey {
        case id, questionID, facts, bank, kind, answer, expected, outcome, miss, feedback
        case credit = "score"
        case hints, responseSeconds, time, tags, points, worth, timed, options, chosen
    }

    /// Whether the answer earned full credit.
    public var isRight: Bool { credit >= 1 }

    /// Whether the answer given was right, whatever hints cost it: its outcome is correct.
    public var answeredRight: Bool { outcome == .correct || outcome == .correctWithNote }

    /// Right, but only after hints, which took some of its credit.
    public var rightWithHints: Bool { answeredRight && credit < 1 }

    /// Whether the answer itself was partly right (some pairs, the year of a date): some credit,
    /// not all, and not a right answer that hints cost credit.
    public var isPartlyRight: Bool { credit > 0 && credit < 1 && !answeredRight }

    /// Whether the answer fell short: wrong, partly right or skipped.
    public var isMiss: Bool { credit < 1 || outcome == .skipped }
}
