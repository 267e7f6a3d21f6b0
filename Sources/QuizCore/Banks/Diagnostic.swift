/// A position in a text file: 1-based line and column, the column counted in Unicode scalars.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The line, counting from 1. (32 bits: a bank tree holds millions of locations.)
    public var line: Int32
    /// The column, counting from 1, in Unicode scalars (as libyaml counts them).
    public var column: Int32

    /// Creates a location; values past 32 bits are clamped.
    public init(line: Int, column: Int) {
        self.line = Int32(clamping: line)
        self.column = Int32(clamping: column)
    }

    /// The start of a file.
    public static let start = SourceLocation(line: 1, column: 1)

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// One problem found in a bank file, with where it is.
///
/// Rendered the way compilers do, `path:line:column: error: message`, so editors can jump to it.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How bad a problem is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        /// The bank cannot be used until this is fixed.
        case error
        /// The bank works, but something is probably not what the author meant.
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    /// Error or warning.
    public var severity: Severity
    /// What is wrong, in words an author can act on.
    public var message: String
    /// Where it is.
    public var location: SourceLocation
    /// The file, as the user named it; `nil` until the loader knows it.
    public var path: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, at location: SourceLocation, path: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.path = path
    }

    /// Creates an error.
    public static func error(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }

    /// Creates a warning.
    public static func warning(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }

    /// `path:line:column: severity: message`.
    public var description: String {
        "\(path ?? "<input>"):\(location.line):\(location.column): \(severity.rawValue): \(message)"
    }
}

extension Array where Element == Diagnostic {
    /// Whether any of these is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by position, then errors before warnings, so output reads top to bottom.
    public func sortedByLocation() -> [Diagnostic] {
        sorted { ($0.location, $0.severity) < ($1.location, $1.severity) }
    }
}
