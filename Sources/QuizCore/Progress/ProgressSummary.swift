import FoundationEssentials

/// What the statistics need of the attempts, added up as they come: per bank and per topic the
/// answers, credit and current streak (and a topic's facts), and the answers of each quarter of
/// an hour. Kept in the checkpoint of `progress.json`, so that `quiz stats` reads it and the
/// lines after it rather than every attempt.
///
/// Quarters of an hour, in UTC, are as fine as days in any time zone need: every offset from
/// GMT is a whole number of quarters, and changes on a quarter hour, so all the answers of one
/// quarter fall on the same local day.
public struct ProgressSummary: Sendable, Equatable {
    /// Answers added up, in order.
    public struct Tally: Sendable, Codable, Equatable {
        public var attempts = 0
        /// The sum of their credit.
        public var credit = 0.0
        /// Right answers since the last one that was not.
        public var streak = 0

        public init() {}

        mutating func add(_ attempt: Attempt) {
            attempts += 1
            credit += attempt.credit
            streak = attempt.isRight ? streak + 1 : 0
        }
    }

    /// Answers of one quarter of an hour.
    public struct Quarter: Sendable, Equatable {
        public var attempts = 0
        public var credit = 0.0
    }

    public var banks: [String: Tally] = [:]
    public var topics: [String: Tally] = [:]
    /// The facts each topic's questions tested, keyed `bank/fact-id`.
    public var topicFacts: [String: Set<String>] = [:]
    /// Keyed by quarters of an hour since 1970, UTC.
    public var quarters: [Int: Quarter] = [:]

    /// Nothing yet.
    public init() {}

    /// The summary of `attempts`, in one pass.
    public init(_ attempts: [Attempt]) {
        for attempt in attempts { add(attempt) }
    }

    /// Adds one more attempt.
    public mutating func add(_ attempt: Attempt) {
        banks[attempt.bank, default: Tally()].add(attempt)
        for topic in attempt.tags ?? [] {
            topics[topic, default: Tally()].add(attempt)
            for fact in attempt.facts {
                topicFacts[topic, default: []].insert(LearnerProgress.key(bank: attempt.bank, fact: fact))
            }
        }
        let quarter = Self.quarter(of: attempt.time)
        quarters[quarter, default: Quarter()].attempts += 1
        quarters[quarter, default: Quarter()].credit += attempt.credit
    }

    /// The quarter of an hour since 1970 that `date` falls in (dates beyond any calendar clamped).
    public static func quarter(of date: Date) -> Int {
        let interval = date.timeIntervalSince1970
        let seconds = interval.isFinite ? Int(max(-1e15, min(1e15, interval.rounded(.down)))) : 0
        return seconds >= 0 ? seconds / 900 : (seconds - 899) / 900
    }
}

extension ProgressSummary: Codable {
    /// The JSON form: sets as sorted lists, and quarters as three lists of the same length, so
    /// that the same summary is always written the same way, and reads fast.
    private enum CodingKeys: String, CodingKey {
        case banks, topics, topicFacts, quarters, quarterAttempts, quarterCredit
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let banks = try container.decode([String: Tally].self, forKey: .banks)
        let topics = try container.decode([String: Tally].self, forKey: .topics)
        let topicFacts = try container.decode([String: [String]].self, forKey: .topicFacts).mapValues(Set.init)
        let keys = try container.decode([Int].self, forKey: .quarters)
        let attempts = try container.decode([Int].self, forKey: .quarterAttempts)
        let credit = try container.decode([Double].self, forKey: .quarterCredit)
        guard keys.count == attempts.count, keys.count == credit.count else {
            throw DecodingError.dataCorruptedError(
                forKey: .quarters, in: container, debugDescription: "the lists of quarters differ in length")
        }
        self.init(
            banks: banks, topics: topics, topicFacts: topicFacts, quarters: keys, attempts: attempts, credit: credit)
    }

    /// A summary from its JSON lists.
    package init(
        banks: [String: Tally], topics: [String: Tally], topicFacts: [String: Set<String>], quarters keys: [Int],
        attempts: [Int], credit: [Double]
    ) {
        self.init()
        self.banks = banks
        self.topics = topics
        self.topicFacts = topicFacts
        for index in keys.indices {
            quarters[keys[index]] = Quarter(attempts: attempts[index], credit: credit[index])
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(banks, forKey: .banks)
        try container.encode(topics, forKey: .topics)
        try container.encode(topicFacts.mapValues { $0.sorted() }, forKey: .topicFacts)
        let keys = quarters.keys.sorted()
        try container.encode(keys, forKey: .quarters)
        try container.encode(keys.map { quarters[$0]!.attempts }, forKey: .quarterAttempts)
        try container.encode(keys.map { quarters[$0]!.credit }, forKey: .quarterCredit)
    }
}
