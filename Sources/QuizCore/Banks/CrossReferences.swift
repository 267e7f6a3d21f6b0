/// The checks that need the whole file: ids declared twice, and references to ids that do not
/// exist or name the wrong kind of item.
enum CrossReferences {
    /// The kinds of item that have ids. All share one namespace, since `tests` may name any of them.
    enum ItemKind: String, Sendable, Hashable {
        case source, entity, event, quantity, statement, question

        var article: String { self == .entity || self == .event ? "an" : "a" }
    }

    /// An id an item declares.
    struct Declaration: Sendable {
        var id: String
        var kind: ItemKind
        var location: SourceLocation
    }

    /// An id some field refers to.
    struct Reference: Sendable {
        var id: String
        var kinds: Set<ItemKind>
        var location: SourceLocation
        /// The key it sits under, such as "place".
        var key: String
        /// The item it sits in, such as "event 'war-1948'".
        var what: String
    }

    /// Diagnostics for duplicates and dangling references.
    static func check(declarations: [Declaration], references: [Reference]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var byID: [String: Declaration] = [:]
        byID.reserveCapacity(declarations.count)
        for declaration in declarations {
            if let first = byID[declaration.id] {
                diagnostics.append(
                    .error(
                        "duplicate id '\(declaration.id)': \(first.kind.article) \(first.kind.rawValue) at line \(first.location.line) already has it",
                        at: declaration.location))
            } else {
                byID[declaration.id] = declaration
            }
        }
        var suggestionsLeft = 50  // each suggestion scans every id: bound the work a hostile file can cause
        for reference in references {
            let expected = reference.kinds.map(\.rawValue).sorted().joined(separator: " or ")
            guard let target = byID[reference.id] else {
                var hint = ""
                if suggestionsLeft > 0 {
                    suggestionsLeft -= 1
                    let candidates = declarations.lazy.filter { reference.kinds.contains($0.kind) }.map(\.id)
                    hint = Spelling.suggestion(for: reference.id, among: candidates)
                }
                diagnostics.append(
                    .error(
                        "'\(reference.key)' in \(reference.what) names no \(expected) '\(reference.id)'\(hint)",
                        at: reference.location))
                continue
            }
            if !reference.kinds.contains(target.kind) {
                diagnostics.append(
                    .error(
                        "'\(reference.key)' in \(reference.what) should name \(expected), but '\(reference.id)' is \(target.kind.article) \(target.kind.rawValue)",
                        at: reference.location))
            }
        }
        return diagnostics
    }
}
