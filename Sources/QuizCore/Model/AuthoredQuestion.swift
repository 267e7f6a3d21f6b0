/// A question written by hand in a bank, tied to the record items it tests.
public struct AuthoredQuestion: Sendable, Hashable {
    /// The kinds of question the engine asks.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case multipleChoice = "multiple-choice"
        case multipleAnswer = "multiple-answer"
        case trueFalse = "true-false"
        case shortAnswer = "short-answer"
        case numeric
        case year
        case ordering
        case matching
        case cloze
    }

    /// What counts as right, by kind of question.
    public enum Answer: Sendable, Hashable {
        /// One right option among `choices`.
        case choice(choices: [String], correct: Int)
        /// Every right option among `choices`.
        case choices(choices: [String], correct: [Int])
        /// True or false.
        case truth(Bool)
        /// A typed answer and other accepted forms.
        case text(String, accepted: [String])
        /// A number, with an optional tolerance and unit.
        case number(Double, tolerance: Double?, unit: String?)
        /// A date; grading follows its precision.
        case date(HistoricalDate)
        /// Items in their right order.
        case order([String])
        /// Left–right pairs.
        case pairs([Pair])
        /// A text with blanks; each blank lists its accepted answers.
        case blanks([ClozePart])
    }

    /// A pair in a matching question.
    public struct Pair: Sendable, Hashable {
        public var left: String
        public var right: String

        /// Creates a pair.
        public init(left: String, right: String) {
            self.left = left
            self.right = right
        }
    }

    /// What an author says of one choice or accepted answer: its weight (the percentage of the
    /// credit it earns, as in GIFT's `%50%`; negative for a penalty) and the feedback it gets.
    public struct Note: Sendable, Hashable {
        public var weight: Double?
        public var feedback: String?

        /// Creates a note.
        public init(weight: Double? = nil, feedback: String? = nil) {
            self.weight = weight
            self.feedback = feedback
        }
    }

    /// A piece of a cloze text: plain text, or a blank with its accepted answers.
    public enum ClozePart: Sendable, Hashable {
        case text(String)
        case blank([String])
    }

    /// Stable id.
    public var id: String
    /// The kind of question.
    public var kind: Kind
    /// What is asked. For a cloze, the text with its blanks shown as `_____`.
    public var prompt: String
    /// What counts as right.
    public var answer: Answer
    /// Ids of the record items it tests; a learner's memory is kept per item.
    public var tests: [String]
    /// Shown after the answer.
    public var explanation: String?
    /// The source's id.
    public var source: String?
    /// Topics.
    public var tags: [String]
    /// Weights and feedback by choice or accepted answer.
    public var notes: [String: Note] = [:]
    /// Other accepted answers of a numeric question: `value`, `value:tolerance` or `min..max`.
    public var alternatives: [String] = []
    /// Accepted answers of a short-answer question written as patterns (`accept-pattern`, as
    /// BSD quiz writes them: `a|b`, `{optional}`, `[group|…]`), matched without listing their forms.
    public var patterns: [String] = []
    /// Extra right-hand items of a matching question that pair with nothing.
    public var distractors: [String] = []
    /// Feedback after a wrong answer, and after a right one (GIFT's true/false feedback).
    public var wrongFeedback: String?
    public var rightFeedback: String?

    /// Creates a question.
    public init(
        id: String, kind: Kind, prompt: String, answer: Answer, tests: [String], explanation: String? = nil,
        source: String? = nil, tags: [String] = []
    ) {
        self.id = id
        self.kind = kind
        self.prompt = prompt
        self.answer = answer
        self.tests = tests
        self.explanation = explanation
        self.source = source
        self.tags = tags
    }
}
