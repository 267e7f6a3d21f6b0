/// What a session asks the terminal to show or store. The core returns these; the edge renders
/// them and saves attempts.
public enum Output: Sendable, Hashable {
    /// A question to ask.
    case question(Asked)
    /// The verdict on an answer, with everything to explain it.
    case feedback(Feedback)
    /// An attempt to store now, before the next prompt.
    case record(Attempt)
    /// A hint.
    case hint(String)
    /// The commands.
    case help([String])
    /// The running score.
    case score(Tally)
    /// A short message: an unknown command, a blank answer.
    case notice(String)
    /// The end of the session.
    case summary(SessionSummary)

    /// A question as shown: its place in the quiz and what to type.
    public struct Asked: Sendable, Hashable {
        public var number: Int
        public var total: Int
        public var question: Question
        /// What kind of answer to type: "type the year", "order them: e.g. c a b".
        public var instruction: String
        /// The type of question, as the heading names it: "multiple choice", "year", or "date"
        /// for a year question asked to the day.
        public var label: String
    }

    /// The verdict on one answer.
    public struct Feedback: Sendable, Hashable {
        public var question: Question
        public var answer: String
        public var verdict: Verdict
        /// Credit after hints, 0 to 1.
        public var credit: Double
        public var hints: Int
        /// Points earned by this answer.
        public var points: Double
        public var tally: Tally
        /// The source's title.
        public var source: String?
        /// Whether the learner passed the question with `:skip`: the answer is shown, as for a
        /// wrong one, with nothing graded.
        public var skipped = false
    }

    /// The running score: points, and right answers so far.
    public struct Tally: Sendable, Hashable {
        /// Credit summed over the answers (a right answer is 1): accuracy's numerator.
        public var credit: Double
        public var answered: Int
        public var total: Int
        /// Points earned, and the points the answered questions were worth.
        public var points: Double
        public var worth: Double
        /// Right answers in a row, up to now.
        public var streak: Int
        /// Right answers (those after hints too), and answers partly right: counted apart, never
        /// summed. `hinted` of the right ones needed hints.
        public var right = 0
        public var partly = 0
        public var hinted = 0
    }
}

/// The end-of-session report.
public struct SessionSummary: Sendable, Hashable {
    /// One missed question.
    public struct Miss: Sendable, Hashable {
        public var number: Int
        public var prompt: String
        public var answer: String
        public var expected: String
        public var feedback: String
    }

    /// Points and questions, by a label (a type or a topic).
    public struct Share: Sendable, Hashable {
        public var label: String
        /// Credit summed over the answers.
        public var credit: Double
        public var count: Int
        /// Answers with full credit, and with some but not all.
        public var right = 0
        public var partly = 0

        /// An empty share under a label.
        init(label: String) {
            self.init(label: label, credit: 0, count: 0)
        }

        init(label: String, credit: Double, count: Int, right: Int = 0, partly: Int = 0) {
            self.label = label
            self.credit = credit
            self.count = count
            self.right = right
            self.partly = partly
        }

        /// Counts one more answer.
        mutating func add(_ attempt: Attempt) {
            credit += attempt.credit
            count += 1
            if attempt.answeredRight { right += 1 }
            if attempt.isPartlyRight { partly += 1 }
        }
    }

    /// Credit summed over the answers.
    public var credit: Double
    public var answered: Int
    public var total: Int
    /// Points earned and what the answered questions were worth.
    public var points: Double
    public var worth: Double
    public var bestStreak: Int
    public var seconds: Double
    public var byType: [Share]
    public var byTopic: [Share]
    public var missed: [Miss]
    /// Record items to review next: those missed, in order.
    public var reviewNext: [String]
    /// Right answers (those after hints too), and answers partly right: counted apart, never
    /// summed. `hinted` of the right ones needed hints.
    public var right = 0
    public var partly = 0
    public var hinted = 0
    /// The bank's name, for the command that reviews it.
    public var bank = ""
    /// Whether it ends a review (`quiz review`) rather than a quiz.
    public var isReview = false
}
