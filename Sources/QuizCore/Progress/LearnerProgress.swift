import FoundationEssentials

/// A learner's progress: every attempt, and the memory of every fact. What the progress files
/// hold, as a value; reading and writing them is the edge's job. Its JSON form is the single
/// document older versions wrote (schema 2), still read; this version writes a history and a
/// `ProgressDocument`.
public struct LearnerProgress: Sendable, Codable, Equatable {
    /// The memory of one fact, shared by every question that tests it.
    public struct FactMemory: Sendable, Codable, Equatable {
        public var state: MemoryState
        public var reviews: Int
        public var lapses: Int
    }

    /// The schema of the single document older versions wrote.
    public static let schemaVersion = 2

    public var schemaVersion: Int
    public var attempts: [Attempt]
    /// Memory by fact, keyed `bank/fact-id`: memory is per fact, not per wording, so a reworded
    /// question or another question form keeps the learner's history.
    public var memory: [String: FactMemory]

    /// An empty history.
    public init() {
        schemaVersion = Self.schemaVersion
        attempts = []
        memory = [:]
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, attempts, memory
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        attempts = try container.decode([Attempt].self, forKey: .attempts)
        memory = try container.decodeIfPresent([String: FactMemory].self, forKey: .memory) ?? [:]
    }

    /// The key of a fact in `memory`.
    public static func key(bank: String, fact: String) -> String { "\(bank)/\(fact)" }

    /// Adds an attempt and reviews every fact it tested with the rating its grade earns.
    /// - Returns: The new memory of each fact it tested.
    @discardableResult
    public mutating func record(_ attempt: Attempt, scheduler: FSRS) -> [String: FactMemory] {
        attempts.append(attempt)
        var changed: [String: FactMemory] = [:]
        let rating = Rating(attempt: attempt)
        for fact in Set(attempt.facts) {
            let key = Self.key(bank: attempt.bank, fact: fact)
            let previous = memory[key] ?? FactMemory(state: .new(at: attempt.time), reviews: 0, lapses: 0)
            let wasLearned = previous.state.phase == .review
            let updated = FactMemory(
                state: scheduler.review(previous.state, rating: rating, at: attempt.time),
                reviews: previous.reviews + 1,
                lapses: previous.lapses + (rating == .again && wasLearned ? 1 : 0))
            memory[key] = updated
            changed[key] = updated
        }
        return changed
    }

    /// One line of the append-only history: an attempt and the memory it left.
    public struct JournalEntry: Sendable, Codable, Equatable {
        public var attempt: Attempt
        public var memory: [String: FactMemory]

        public init(attempt: Attempt, memory: [String: FactMemory]) {
            self.attempt = attempt
            self.memory = memory
        }
    }

    /// Replays a history line: the attempt, and the memory as it was saved.
    public mutating func apply(_ entry: JournalEntry) {
        attempts.append(entry.attempt)
        memory.merge(entry.memory) { _, new in new }
    }

    /// Facts of `bank` due at `now`, the most overdue first.
    public func due(bank: String, at now: Date) -> [String] {
        let prefix = bank + "/"
        return memory.filter { $0.key.hasPrefix(prefix) && $0.value.state.due <= now }
            .sorted { ($0.value.state.due, $0.key) < ($1.value.state.due, $1.key) }
            .map { String($0.key.dropFirst(prefix.count)) }
    }
}
