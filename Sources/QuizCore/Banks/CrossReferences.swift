/// The checks that need the whole file: ids declared twice, and references to ids that do not
/// exist or name the wrong kind of item.
enum CrossReferences {
    /// The kinds of item that have ids. All share one namespace, since `tests` may name any of them.
    enum ItemKind: String, Sendable, Hashable {
        case source, entity, event, quantity, statement, question

        var article: String { self == .entity || self == .event ? "an" : "a" }
    }

    /// A set of item kinds, as a bit mask: references are many, and a `Set` per reference would
    /// cost an allocation each.
    struct ItemKinds: OptionSet, Sendable {
        let rawValue: UInt8

        static let source = ItemKinds(rawValue: 1 << 0)
        static let entity = ItemKinds(rawValue: 1 << 1)
        static let event = ItemKinds(rawValue: 1 << 2)
        static let quantity = ItemKinds(rawValue: 1 << 3)
        static let statement = ItemKinds(rawValue: 1 << 4)
        static let question = ItemKinds(rawValue: 1 << 5)

        private static let all: [(ItemKinds, ItemKind)] = [
            (.source, .source), (.entity, .entity), (.event, .event), (.quantity, .quantity),
            (.statement, .statement), (.question, .question),
        ]

        init(rawValue: UInt8) { self.rawValue = rawValue }

        init(_ kind: ItemKind) {
            switch kind {
            case .source: self = .source
            case .entity: self = .entity
            case .event: self = .event
            case .quantity: self = .quantity
            case .statement: self = .statement
            case .question: self = .question
            }
        }

        /// "entity or source", for messages.
        var names: String {
            Self.all.filter { contains($0.0) }.map(\.1.rawValue).sorted().joined(separator: " or ")
        }
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
        var kinds: ItemKinds
        var location: SourceLocation
        /// The key it sits under, such as "place".
        var key: String
        /// The item it sits in, for messages: see `RecordDecoder.Fields.name`.
        var ownerKind: String
        var ownerID: String?
        var ownerLine: Int32

        var what: String { RecordDecoder.Fields.name(kind: ownerKind, id: ownerID, line: ownerLine) }
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
            guard let target = byID[reference.id] else {
                var hint = ""
                if suggestionsLeft > 0 {
                    suggestionsLeft -= 1
                    let candidates = declarations.lazy.filter { reference.kinds.contains(ItemKinds($0.kind)) }.map(\.id)
                    hint = Spelling.suggestion(for: reference.id, among: candidates)
                }
                diagnostics.append(
                    .error(
                        "'\(reference.key)' in \(reference.what) names no \(reference.kinds.names) '\(reference.id)'\(hint)",
                        at: reference.location))
                continue
            }
            if !reference.kinds.contains(ItemKinds(target.kind)) {
                diagnostics.append(
                    .error(
                        "'\(reference.key)' in \(reference.what) should name \(reference.kinds.names), but '\(reference.id)' is \(target.kind.article) \(target.kind.rawValue)",
                        at: reference.location))
            }
        }
        return diagnostics
    }
}
