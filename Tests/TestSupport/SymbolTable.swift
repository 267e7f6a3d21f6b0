import Foundation

/// What compiled code refers to outside itself, read with `nm` and demangled with
/// `swift-demangle`: a check on what a module calls that no spelling in its source can dodge.
public struct SymbolTable: Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Symbols used but not defined by the object files together, demangled and sorted: the
    /// functions, types and globals of other modules and of the C library they call.
    public let external: [String]

    /// Reads the symbols of `objects`.
    /// - Throws: `Failure` when `nm` or `swift-demangle` cannot be run or finds nothing.
    public init(objects: [URL]) throws {
        guard !objects.isEmpty else { throw Failure(description: "no object files to read") }
        let paths = objects.map(\.path)
        let undefined = try Self.tool("nm", ["--undefined-only", "--format=just-symbols"] + paths)
        let defined = try Self.tool("nm", ["--defined-only", "--format=just-symbols"] + paths)
        let names = Set(undefined).subtracting(defined).sorted()
        guard !names.isEmpty else { throw Failure(description: "nm found no external symbol in \(paths)") }
        let demangled = try Self.tool("swift-demangle", ["--compact"] + names)
        guard demangled.count == names.count else {
            throw Failure(description: "swift-demangle gave \(demangled.count) lines for \(names.count) symbols")
        }
        external = demangled.sorted()
    }

    /// The symbols among `external` that `rule` matches.
    public func matching(_ rule: Rule) -> [String] { external.filter(rule.matches) }

    /// A pattern over demangled names, with the reason it is forbidden.
    public struct Rule: Sendable, CustomStringConvertible {
        enum Kind {
            case names(Set<String>)
            case pattern(String)
        }

        let kind: Kind
        public let reason: String

        /// C functions (or any symbols) by their exact names.
        public static func names(_ names: Set<String>, _ reason: String) -> Rule {
            Rule(kind: .names(names), reason: reason)
        }

        /// Demangled names in which a regular expression matches.
        public static func pattern(_ expression: String, _ reason: String) -> Rule {
            Rule(kind: .pattern(expression), reason: reason)
        }

        public func matches(_ name: String) -> Bool {
            switch kind {
            case .names(let names): names.contains(name)
            case .pattern(let expression): name.range(of: expression, options: .regularExpression) != nil
            }
        }

        public var description: String { reason }
    }

    /// Runs a tool from the PATH and returns its output's lines.
    static func tool(_ name: String, _ arguments: [String]) throws -> [String] {
        let result = try ChildProcess.run("/usr/bin/env", [name] + arguments)
        guard result.status == 0, !result.wasSignalled else {
            throw Failure(description: "\(name) failed (\(result.status)): \(result.errors.prefix(400))")
        }
        return result.output.split(separator: "\n").map(String.init)
    }
}
