/// Which questions of a bank work, from what learners answered: per question and per fact, the
/// attempts, facility, discrimination, response time, hints, the options picked and the common
/// wrong answers, with flags for what an author should look at, worst first.
///
/// Each learner is one list of attempts (one progress file); many learners make a class.
/// Attempts are joined to the bank's questions by question id, across bank versions: a question
/// the bank no longer yields is reported as such, a question the critic now rejects too.
public struct ItemAnalysis: Sendable, Hashable, Encodable {
    /// The bank analysed, by file name without extension (what attempts name).
    public var bank: String
    /// The bank's title, when analysed from its record.
    public var title: String?
    /// Learners with at least one answer to the bank.
    public var learners: Int
    /// Answers to the bank, skips included.
    public var attempts: Int
    /// The figures' thresholds.
    public var thresholds: Thresholds
    /// Every question answered, worst first.
    public var questions: [Item]
    /// Every fact answered, worst first.
    public var facts: [Item]
    /// How discrimination is computed (`Discrimination.method`), for readers of the JSON.
    public var discriminationMethod = Discrimination.method
    /// How facility is computed, for readers of the JSON.
    public var facilityMethod =
        "mean credit of the attempts: the share right, partly right answers and hinted ones counting for the credit they earned, skips for nothing"

    /// Analyses the attempts of `learners` on the questions of `record`.
    ///
    /// - Parameters:
    ///   - record: The bank as it is now: its questions are generated (every one, as `quiz lint
    ///     --questions` judges them) and its timeline placements found, to join attempts to.
    ///   - bank: The bank's name in the attempts (its file name without extension).
    ///   - learners: One list of attempts per learner; attempts on other banks are ignored.
    ///   - thresholds: The figures' thresholds.
    public init(record: Record, bank: String, learners: [[Attempt]], thresholds: Thresholds = Thresholds()) {
        let reviews = QuestionGenerator(record: record, options: GenerationOptions(count: nil)).reviews(seed: 0)
        self.init(
            reviews: reviews, bank: bank, learners: learners, thresholds: thresholds,
            question: { TimelineGame.question(id: $0, in: record) })
        title = record.title
    }

    /// Analyses the attempts of `learners` against questions already judged.
    ///
    /// - Parameters:
    ///   - reviews: The bank's questions with the critic's findings.
    ///   - bank: The bank's name in the attempts.
    ///   - learners: One list of attempts per learner.
    ///   - thresholds: The figures' thresholds.
    ///   - question: Questions the bank yields beyond `reviews` (timeline placements), by id.
    public init(
        reviews: [Review], bank: String, learners: [[Attempt]], thresholds: Thresholds = Thresholds(),
        question: (String) -> Question? = { _ in nil }
    ) {
        self.bank = bank
        self.thresholds = thresholds
        let answered = learners.map { $0.filter { $0.bank == bank } }.filter { !$0.isEmpty }
        self.learners = answered.count
        attempts = answered.reduce(0) { $0 + $1.count }
        var byID: [String: Review] = [:]
        for review in reviews where byID[review.question.id] == nil { byID[review.question.id] = review }
        var knownFacts = Set(reviews.flatMap(\.question.facts))
        var tallies = Tallies()
        for (learner, attempts) in answered.enumerated() {
            for attempt in attempts { tallies.add(attempt, learner: learner) }
        }
        questions = tallies.questions.map { id, group in
            let review = byID[id] ?? question(id).map { Review(question: $0, findings: []) }
            let status: Item.Status = review.map { $0.isKept ? .inBank : .rejected } ?? .notInBank
            return Item(
                id: id, group: group, status: status, question: review?.question, findings: review?.findings ?? [],
                tallies: tallies, thresholds: thresholds, scope: .question)
        }.sorted(by: Item.worse)
        for id in tallies.questions.keys { question(id).map { knownFacts.formUnion($0.facts) } }
        facts = tallies.facts.map { id, group in
            Item(
                id: id, group: group, status: knownFacts.contains(id) ? .inBank : .notInBank, question: nil,
                findings: [], tallies: tallies, thresholds: thresholds, scope: .fact)
        }.sorted(by: Item.worse)
    }

    /// The limits the flags and figures use.
    public struct Thresholds: Sendable, Hashable, Codable {
        /// Facility above this is too easy.
        public var tooEasy = 0.9
        /// Facility below this is too hard.
        public var tooHard = 0.2
        /// The fewest attempts before facility is flagged.
        public var minimumAttempts = 5
        /// The fewest learners for a discrimination figure.
        public var minimumLearners = 5
        /// The fewest times a wrong option was shown, never chosen, before it is flagged.
        public var minimumOffers = 5
        /// The fewest learners giving the same wrong answer before it is flagged…
        public var commonWrongLearners = 3
        /// …and the share of the item's learners they must be.
        public var commonWrongShare = 0.2

        /// The defaults.
        public init() {}
    }
}

extension ItemAnalysis {
    /// The attempts of every learner, grouped by question and by fact, and each learner's totals.
    struct Tallies {
        /// Each learner's credit over the whole bank: sum and count.
        var totals: [Int: (credit: Double, count: Int)] = [:]
        var questions: [String: Group] = [:]
        var facts: [String: Group] = [:]

        mutating func add(_ attempt: Attempt, learner: Int) {
            totals[learner, default: (0, 0)].credit += attempt.credit
            totals[learner, default: (0, 0)].count += 1
            questions[attempt.questionID, default: Group()].add(attempt, learner: learner)
            // A question that names a fact twice counts once for it.
            for fact in Set(attempt.facts) { facts[fact, default: Group()].add(attempt, learner: learner) }
        }

        /// Each learner's mean credit on the group and on the rest of the bank, for the learners
        /// who answered both.
        func scores(_ group: Group) -> [(item: Double, rest: Double)] {
            group.byLearner.keys.sorted().compactMap { learner in
                let own = group.byLearner[learner]!
                let total = totals[learner]!
                guard total.count > own.count else { return nil }
                return (own.credit / Double(own.count), (total.credit - own.credit) / Double(total.count - own.count))
            }
        }
    }

    /// The attempts on one question or fact.
    struct Group {
        var attempts: [Attempt] = []
        /// The learner of each attempt, by position.
        var learners: [Int] = []
        var byLearner: [Int: (credit: Double, count: Int)] = [:]

        mutating func add(_ attempt: Attempt, learner: Int) {
            attempts.append(attempt)
            learners.append(learner)
            byLearner[learner, default: (0, 0)].credit += attempt.credit
            byLearner[learner, default: (0, 0)].count += 1
        }
    }
}
