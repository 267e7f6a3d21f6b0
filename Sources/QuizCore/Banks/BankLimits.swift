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

    /// Creates limits.
    public init(maxBytes: Int = 128 << 20, maxDepth: Int = 64, maxAliasNodes: Int = 100_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxAliasNodes = maxAliasNodes
    }

    /// The defaults: 128 MiB, 64 levels, 100,000 aliased nodes.
    public static let standard = BankLimits()
}

/// A file that cannot be parsed at all; the loader turns it into a single diagnostic.
struct SyntaxError: Error, Sendable {
    var message: String
    var location: SourceLocation
}
