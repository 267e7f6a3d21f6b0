/// A parsed bank document before it is read as a record: YAML and JSON both become this tree, and
/// every node remembers where it started so that diagnostics can point at it.
package struct Node: Sendable {
    /// A leaf value, kept as written.
    package struct Scalar: Sendable {
        /// The text of the value, with quotes and escapes already resolved.
        package var text: String
        /// `true` for a quoted YAML scalar or a JSON string; such a value is always text,
        /// never a number, boolean or null.
        package var isQuoted: Bool

        /// Whether this is a YAML or JSON null (`null`, `~`, or nothing at all).
        package var isNull: Bool {
            !isQuoted && (text.isEmpty || text == "null" || text == "~" || text == "Null" || text == "NULL")
        }
    }

    /// One key and its value in a mapping.
    package struct Entry: Sendable {
        /// The key's text.
        package var key: String
        /// Where the key is.
        package var keyLocation: SourceLocation
        /// The value.
        package var value: Node
    }

    /// What a node holds.
    package enum Content: Sendable {
        case scalar(Scalar)
        case mapping([Entry])
        case sequence([Node])
    }

    /// What this node holds.
    package var content: Content
    /// Where this node starts.
    package var location: SourceLocation

    package init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
    }

    /// A word for the node's shape, for messages like "expected a list, found text".
    package var shapeName: String {
        switch content {
        case .scalar(let scalar): scalar.isNull ? "nothing (null)" : "text"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }
}
