import FoundationEssentials

extension ItemAnalysis {
    /// The figures of one question or one fact.
    public struct Item: Sendable, Hashable {
        /// A question, or a record item that questions test.
        public enum Scope: String, Sendable, Hashable, Codable {
            case question, fact
        }

        /// How the item stands in the bank as it is now.
        public enum Status: String, Sendable, Hashable, Codable {
            /// The bank yields it and quizzes ask it.
            case inBank = "in-bank"
            /// The bank yields it, but the critic rejects it: quizzes no longer ask it.
            case rejected
            /// The bank no longer yields it (an older version's question, or a fact gone).
            case notInBank = "not-in-bank"
        }

        /// What the figures say an author should look at.
        public enum Flag: String, Sendable, Hashable, Codable, CaseIterable {
            /// Facility above the threshold: nearly everyone gets it right.
            case tooEasy = "too-easy"
            /// Facility below the threshold: nearly no one does.
            case tooHard = "too-hard"
            /// The learners who do well on the rest of the bank do worse on it: a flawed key or an
            /// ambiguous prompt.
            case negativeDiscrimination = "negative-discrimination"
            /// A wrong option shown often and never chosen: a distractor that fools nobody.
            case optionNeverChosen = "option-never-chosen"
            /// The same wrong answer from many learners: an accepted form the bank may be missing.
            case commonWrongAnswer = "common-wrong-answer"

            /// How much it weighs in ordering the worst first.
            var weight: Int {
                switch self {
                case .negativeDiscrimination: 4
                case .tooHard, .commonWrongAnswer: 2
                case .tooEasy, .optionNeverChosen: 1
                }
            }
        }

        /// How often one option of a choice question was shown and picked.
        public struct Option: Sendable, Hashable, Codable {
            /// The option's text.
            public var text: String
            /// Whether it is a right option.
            public var isRight: Bool
            /// Attempts that showed it.
            public var offered: Int
            /// Attempts that picked it.
            public var picked: Int
        }

        /// A wrong typed answer and how often it was given.
        public struct WrongAnswer: Sendable, Hashable, Encodable {
            /// The answer as most often typed (answers equal once normalized are one).
            public var text: String
            /// Attempts that gave it.
            public var count: Int
            /// Learners who gave it.
            public var learners: Int
            /// How the grader classified it (the most frequent, when it varied); nil (and absent
            /// from the JSON) for a partly right answer.
            public var miss: Attempt.Miss?
        }

        public var scope: Scope
        /// The question's or fact's id.
        public var id: String
        public var status: Status
        /// The question's kind (for a question the bank no longer yields, as the attempts say).
        public var kind: Question.Kind?
        /// The question as the bank asks it now.
        public var prompt: String?
        /// Answers to it, skips included.
        public var attempts: Int
        /// Learners who answered it.
        public var learners: Int
        /// Mean credit of the attempts, 0 to 1: the share right, a partly right answer or one
        /// helped by hints counting for the credit it earned, a skip for nothing.
        public var facility: Double
        public var discrimination: Discrimination
        /// Mean seconds to answer, over answers typed at a terminal (not piped) and not skipped.
        public var meanResponseSeconds: Double?
        /// The answers that mean is over.
        public var timedAnswers: Int
        /// Hints taken, in all.
        public var hints: Int
        /// Attempts that took at least one hint.
        public var hinted: Int
        /// Attempts skipped.
        public var skipped: Int
        /// For a choice question, each option shown, in the order first shown.
        public var options: [Option]
        /// Choice answers whose picks the file does not hold (saved before they were kept).
        public var unrecordedPicks: Int
        /// Choice answers that named none of the options.
        public var noOption: Int
        /// For a typed question, the most common wrong answers, most common first.
        public var wrongAnswers: [WrongAnswer]
        public var flags: [Flag]
        /// What the question critic finds in the question now (as `quiz lint --questions`).
        public var findings: [Finding]

        /// Whether the data and the critic both find fault: the first one to fix.
        public var fixFirst: Bool { !flags.isEmpty && !findings.isEmpty }

        /// Whether `a` should be listed before `b`: questions the bank still yields first, then
        /// the first to fix, then by the weight of the flags, the lowest discrimination and
        /// facility, and the id.
        static func worse(_ a: Item, _ b: Item) -> Bool {
            func key(_ item: Item) -> (Int, Int, Int, Double, Double) {
                (
                    item.status == .notInBank ? 1 : 0, item.fixFirst ? 0 : 1, -item.flags.reduce(0) { $0 + $1.weight },
                    item.discrimination.value ?? 2, item.facility
                )
            }
            let (left, right) = (key(a), key(b))
            return left != right ? left < right : a.id < b.id
        }
    }
}
