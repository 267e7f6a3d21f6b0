/// What a quiz should hold.
public struct GenerationOptions: Sendable, Hashable {
    /// How many questions; `nil` for every question the record yields (`--all`).
    public var count: Int?
    /// Only these kinds; empty for all.
    public var kinds: Set<Question.Kind>
    /// Only questions on record items with one of these tags; empty for all.
    public var topics: Set<String>
    /// Options in a multiple-choice question, the right one included.
    public var choiceCount: Int

    /// Creates options; the defaults ask ten questions of every kind, with four options each.
    public init(count: Int? = 10, kinds: Set<Question.Kind> = [], topics: Set<String> = [], choiceCount: Int = 4) {
        self.count = count
        self.kinds = kinds
        self.topics = topics
        self.choiceCount = max(2, choiceCount)
    }
}
