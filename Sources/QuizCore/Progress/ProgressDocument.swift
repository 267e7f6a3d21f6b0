import FoundationEssentials

/// `progress.json`, as a value: the schema version, and either the progress of an older version
/// (`attempts` and `memory`, schema 1 and 2) or a checkpoint of the history (schema 3).
///
/// From schema 3 on, the history (`progress.jsonl`) holds every attempt, and `progress.json` only
/// what can be rebuilt from it: the memory of every fact as of a point in the history, so that
/// opening reads the memory and the lines after that point rather than the whole history.
public struct ProgressDocument: Sendable, Codable, Equatable {
    /// The schema this version writes; a file with a higher one is refused.
    public static let schemaVersion = 3

    public var schemaVersion: Int
    /// Attempts kept in the document itself (schema 1 and 2); in schema 3 they are in the history.
    public var attempts: [Attempt]?
    /// Memory as the document kept it (schema 1 and 2).
    public var memory: [String: LearnerProgress.FactMemory]?
    /// The memory as of a point in the history (schema 3).
    public var checkpoint: Checkpoint?

    /// The memory of every fact once the first `bytes` of the history are applied, and the
    /// attempts of those lines added up for the statistics.
    public struct Checkpoint: Sendable, Codable, Equatable {
        /// The history this checkpoint belongs to: its header's generation.
        public var generation: String
        /// Bytes of the history folded in: whole lines, the header included.
        public var bytes: Int
        /// Lines folded in, the header included.
        public var lines: Int
        public var memory: [String: LearnerProgress.FactMemory]
        public var summary: ProgressSummary

        public init(
            generation: String, bytes: Int, lines: Int, memory: [String: LearnerProgress.FactMemory],
            summary: ProgressSummary
        ) {
            self.generation = generation
            self.bytes = bytes
            self.lines = lines
            self.memory = memory
            self.summary = summary
        }
    }

    /// A schema 3 document.
    public init(checkpoint: Checkpoint?) {
        schemaVersion = Self.schemaVersion
        self.checkpoint = checkpoint
    }

    /// The memory to start from when the history has no header (an older version's history, or
    /// none left): the document's own, else its checkpoint's, whose facts no later line touches
    /// kept the memory they had before the history.
    public var memoryBeforeHistory: [String: LearnerProgress.FactMemory] { memory ?? checkpoint?.memory ?? [:] }

    /// Whether the document holds progress of its own (schema 1 and 2) that the history does not.
    public var holdsProgress: Bool { !(attempts ?? []).isEmpty || !(memory ?? [:]).isEmpty }
}

/// The first line of a history written by this version: it names the history (a new name each
/// time the history is rewritten, so that a checkpoint of another history is never applied to
/// it) and holds the memory from before its first attempt (the memory an older
/// `progress.json` held, when its attempts were moved into the history). A history with this
/// line is complete: nothing in `progress.json` is added to it.
public struct JournalHeader: Sendable, Codable, Equatable {
    public var generation: String
    public var memory: [String: LearnerProgress.FactMemory]

    public init(generation: String, memory: [String: LearnerProgress.FactMemory] = [:]) {
        self.generation = generation
        self.memory = memory
    }
}
