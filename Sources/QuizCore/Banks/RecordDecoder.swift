/// Reads a `Node` tree as a `Record`, collecting every problem instead of stopping at the first.
///
/// The decoder checks shapes, keys and values where it has the node in hand (so each diagnostic
/// points at the right line and column), and notes every id it declares and every id it
/// references; `CrossReferences` checks those once the whole file is read.
struct RecordDecoder {
    /// Diagnostics so far.
    var diagnostics: [Diagnostic] = []
    /// Every id declared, in file order.
    var declarations: [CrossReferences.Declaration] = []
    /// Every id referenced, in file order.
    var references: [CrossReferences.Reference] = []
    /// The source items fall back to when they name none, when the bank has exactly one.
    var defaultSource: String?
    /// Weights and feedback of the question being read, by choice or accepted answer.
    var notes: [String: AuthoredQuestion.Note] = [:]
    /// Other accepted answers of the numeric question being read.
    var alternatives: [String] = []

    /// A mapping that has passed the key checks.
    struct Fields {
        let node: Node
        let entries: [Node.Entry]
        /// What sort of thing it is, for messages: "event", or "an actor of event".
        let kind: String
        /// The id messages name it by: its own, or for a part of an item, the item's.
        let id: String?

        /// How messages name the thing, such as "event 'war-1948'". Built only when a message
        /// needs it: banks have many items and few problems.
        var what: String { Self.name(kind: kind, id: id, line: node.location.line) }

        static func name(kind: String, id: String?, line: Int32) -> String {
            if let id { return "\(kind) '\(id)'" }
            return kind.hasPrefix("the ") ? kind : "\(kind) at line \(line)"
        }

        func value(_ key: String) -> Node? {
            for entry in entries where entry.key == key { return entry.value }
            return nil
        }
    }

    /// Past this many, further errors are counted but not described, and further warnings
    /// dropped: a hostile file can hold millions, and nobody reads past the first screens.
    static let maxDiagnostics = 1_000
    /// Errors found beyond `maxDiagnostics`; once there are any, the decoder stops reading items.
    var unreported = 0

    mutating func error(_ message: @autoclosure () -> String, at location: SourceLocation) {
        guard diagnostics.count < Self.maxDiagnostics else {
            unreported += 1
            return
        }
        diagnostics.append(.error(message(), at: location))
    }

    /// Past the bound a warning is dropped, but reading goes on: warnings never make a bank
    /// unusable.
    mutating func warning(_ message: @autoclosure () -> String, at location: SourceLocation) {
        guard diagnostics.count < Self.maxDiagnostics else { return }
        diagnostics.append(.warning(message(), at: location))
    }

    /// Checks that `node` is a mapping with only `known` keys, each once.
    mutating func fields(_ node: Node, kind: String, id: String? = nil, known: [String]) -> Fields? {
        var id = id
        if id == nil, case .mapping(let entries) = node.content {
            for entry in entries where entry.key == "id" {
                if case .scalar(let scalar) = entry.value.content, !scalar.isNull { id = scalar.text }
            }
        }
        let what = { Fields.name(kind: kind, id: id, line: node.location.line) }
        guard case .mapping(let entries) = node.content else {
            error("\(what()) should be a mapping of keys to values, found \(node.shapeName)", at: node.location)
            return nil
        }
        // Duplicates: a scan of the keys before for the usual handful, a table of first places for
        // a hostile mapping of many thousands.
        let isSmall = entries.count <= 16
        var firstSeen: [String: SourceLocation] = [:]
        for (index, entry) in entries.enumerated() {
            if !known.contains(entry.key) {
                error(
                    "unknown key '\(entry.key)' in \(what())\(Spelling.suggestion(for: entry.key, among: known))",
                    at: entry.keyLocation)
            }
            let first =
                isSmall ? entries[..<index].first(where: { $0.key == entry.key })?.keyLocation : firstSeen[entry.key]
            if let first {
                error("duplicate key '\(entry.key)' in \(what()) (first at line \(first.line))", at: entry.keyLocation)
            } else if !isSmall {
                firstSeen[entry.key] = entry.keyLocation
            }
        }
        return Fields(node: node, entries: entries, kind: kind, id: id)
    }

    /// The elements of a list, or `[]` with a diagnostic when the node is something else.
    mutating func list(_ node: Node, named key: String, in what: @autoclosure () -> String) -> [Node] {
        switch node.content {
        case .sequence(let items): return items
        case .scalar(let scalar) where scalar.isNull: return []
        default:
            error("'\(key)' in \(what()) should be a list, found \(node.shapeName)", at: node.location)
            return []
        }
    }

    /// A text value; reports it when missing (if required), not text, or empty.
    mutating func text(_ fields: Fields, _ key: String, required: Bool = false) -> String? {
        guard let node = fields.value(key) else {
            if required { error("\(fields.what) is missing '\(key)'", at: fields.node.location) }
            return nil
        }
        return text(node, key: key, in: fields.what, required: required)
    }

    mutating func text(_ node: Node, key: String, in what: @autoclosure () -> String, required: Bool = true) -> String?
    {
        guard case .scalar(let scalar) = node.content else {
            error("'\(key)' in \(what()) should be text, found \(node.shapeName)", at: node.location)
            return nil
        }
        if scalar.isNull {
            if required { error("'\(key)' in \(what()) is empty", at: node.location) }
            return nil
        }
        if Self.isBlank(scalar.text) {
            error("'\(key)' in \(what()) is empty", at: node.location)
            return nil
        }
        return scalar.text
    }

    /// A list of texts; `[]` when absent.
    mutating func texts(_ fields: Fields, _ key: String, required: Bool = false) -> [String] {
        guard let node = fields.value(key) else {
            if required { error("\(fields.what) is missing '\(key)'", at: fields.node.location) }
            return []
        }
        return list(node, named: key, in: fields.what).compactMap { text($0, key: key, in: fields.what) }
    }

    /// A number: a plain YAML scalar or a JSON number.
    mutating func number(_ fields: Fields, _ key: String, required: Bool = false) -> Double? {
        guard let node = fields.value(key) else {
            if required { error("\(fields.what) is missing '\(key)'", at: fields.node.location) }
            return nil
        }
        guard case .scalar(let scalar) = node.content, !scalar.isQuoted, let value = Self.parseNumber(scalar.text)
        else {
            error("'\(key)' in \(fields.what) should be a number, found \(Self.describe(node))", at: node.location)
            return nil
        }
        return value
    }

    /// `true` or `false`.
    mutating func bool(_ fields: Fields, _ key: String) -> Bool? {
        guard let node = fields.value(key) else { return nil }
        if case .scalar(let scalar) = node.content, !scalar.isQuoted {
            switch scalar.text.lowercased() {
            case "true": return true
            case "false": return false
            default: break
            }
        }
        error("'\(key)' in \(fields.what) should be true or false, found \(Self.describe(node))", at: node.location)
        return nil
    }

    /// One of an enumeration's raw values, with a did-you-mean when it is not.
    mutating func choice<E: RawRepresentable & CaseIterable>(
        _ fields: Fields, _ key: String, as type: E.Type, required: Bool = true, aliases: [String: E] = [:]
    ) -> E? where E.RawValue == String {
        guard let node = fields.value(key) else {
            if required { error("\(fields.what) is missing '\(key)'", at: fields.node.location) }
            return nil
        }
        guard let raw = text(node, key: key, in: fields.what) else { return nil }
        if let value = E(rawValue: raw) ?? aliases[raw] { return value }
        let names = E.allCases.map(\.rawValue)
        error(
            "'\(raw)' is not a valid \(key) in \(fields.what)\(Spelling.suggestion(for: raw, among: names)); use one of: \(names.joined(separator: ", "))",
            at: node.location)
        return nil
    }

    /// An EDTF date.
    mutating func date(_ fields: Fields, _ key: String, required: Bool = false) -> HistoricalDate? {
        guard let node = fields.value(key) else {
            if required { error("\(fields.what) is missing '\(key)'", at: fields.node.location) }
            return nil
        }
        guard let raw = text(node, key: key, in: fields.what) else { return nil }
        do {
            return try HistoricalDate(parsing: raw)
        } catch {
            self.error("invalid date in \(fields.what): \(error.message)", at: node.location)
            return nil
        }
    }

    /// The item's own id: required, well-formed, and declared for the duplicate check.
    mutating func id(_ fields: Fields, declaring kind: CrossReferences.ItemKind) -> String? {
        guard let node = fields.value("id") else {
            error("\(fields.what) is missing 'id'", at: fields.node.location)
            return nil
        }
        guard let id = text(node, key: "id", in: fields.what) else { return nil }
        guard Self.isWellFormedID(id) else {
            error(
                "id '\(id)' should be lower-case letters, digits and '-', '_' or '.' inside (like 'war-1948'), at most 100 characters",
                at: node.location)
            return nil
        }
        declarations.append(.init(id: id, kind: kind, location: node.location))
        return id
    }

    /// An id naming another item; checked once the whole file is read.
    mutating func reference(
        _ fields: Fields, _ key: String, to kinds: CrossReferences.ItemKinds, required: Bool = false
    ) -> String? {
        guard let node = fields.value(key) else {
            if required { error("\(fields.what) is missing '\(key)'", at: fields.node.location) }
            return nil
        }
        return reference(node, key: key, in: fields, to: kinds)
    }

    mutating func reference(_ node: Node, key: String, in fields: Fields, to kinds: CrossReferences.ItemKinds)
        -> String?
    {
        guard let id = text(node, key: key, in: fields.what) else { return nil }
        references.append(
            .init(
                id: id, kinds: kinds, location: node.location, key: key, ownerKind: fields.kind, ownerID: fields.id,
                ownerLine: fields.node.location.line))
        return id
    }

    /// A list of references.
    mutating func references(
        _ fields: Fields, _ key: String, to kinds: CrossReferences.ItemKinds, required: Bool = false
    ) -> [String] {
        guard let node = fields.value(key) else {
            if required { error("\(fields.what) is missing '\(key)'", at: fields.node.location) }
            return []
        }
        return list(node, named: key, in: fields.what).compactMap { reference($0, key: key, in: fields, to: kinds) }
    }

    /// `source`, or the bank's only source when the item names none.
    mutating func source(_ fields: Fields) -> String? {
        if fields.value("source") != nil { return reference(fields, "source", to: [.source]) }
        if let defaultSource { return defaultSource }
        error(
            "\(fields.what) is missing 'source' (it may be left out only when the bank has exactly one source)",
            at: fields.node.location)
        return nil
    }

    /// Whether a text is only whitespace. Most texts start with a letter, so the check is a byte
    /// comparison in the usual case.
    static func isBlank(_ text: String) -> Bool {
        for byte in text.utf8 {
            if byte > 0x20 && byte < 0x80 { return false }
            if byte >= 0x80 { return text.allSatisfy(\.isWhitespace) }
        }
        return true
    }

    static func isWellFormedID(_ id: String) -> Bool {
        let utf8 = id.utf8
        guard (1...100).contains(utf8.count) else { return false }
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        guard isAlphanumeric(utf8.first!), isAlphanumeric(utf8.last!) else { return false }
        return utf8.allSatisfy {
            isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".")
        }
    }

    static func parseNumber(_ text: String) -> Double? {
        let cleaned = text.contains("_") ? text.filter { $0 != "_" } : text
        guard let first = cleaned.first, first.isNumber || first == "-" || first == "+" || first == "." else {
            return nil
        }
        guard let value = Double(cleaned), value.isFinite else { return nil }
        return value
    }

    static func describe(_ node: Node) -> String {
        guard case .scalar(let scalar) = node.content else { return node.shapeName }
        if scalar.isNull { return "nothing" }
        let shown = scalar.text.count > 40 ? String(scalar.text.prefix(40)) + "…" : scalar.text
        return scalar.isQuoted ? "the text \"\(shown)\"" : "'\(shown)'"
    }
}
