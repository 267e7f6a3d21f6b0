/// Bounds on what a bank file may ask of the loader. Bank files are untrusted: these keep a hostile
/// file from using unbounded time or memory.
public struct BankLimits: Sendable, Hashable {
    /// The largest file read, in bytes.
    public var maxBytes: Int
    /// The deepest nesting of lists and mappings.
    public var maxDepth: Int
    /// How many nodes YAML aliases may add to a document, beyond the nodes written out.
    ///
    /// Aliases are legitimate for reuse, but a few lines of nested aliases can stand for billions
    /// of nodes (the "billion laughs" attack); the loader refuses a document past this bound.
    public var maxAliasNodes: Int
    /// The most items one list may hold, and the most keys one mapping may hold. Far above any
    /// bank written by hand, it keeps a file of a million empty items from taking seconds and
    /// gigabytes before it is refused.
    public var maxItems: Int

    /// Creates limits.
    public init(maxBytes: Int = 128 << 20, maxDepth: Int = 64, maxAliasNodes: Int = 100_000, maxItems: Int = 200_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxAliasNodes = maxAliasNodes
        self.maxItems = maxItems
    }

    /// The defaults: 128 MiB, 64 levels, 100,000 aliased nodes, 200,000 items in a list.
    public static let standard = BankLimits()
}

/// A file that cannot be parsed at all; the loader turns it into a single diagnostic.
struct SyntaxError: Error, Sendable {
    var message: String
    var location: SourceLocation
}
