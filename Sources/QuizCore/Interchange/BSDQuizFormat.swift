/// BSD `quiz` data files: one row per line (a trailing `\` continues it), columns separated by
/// `:`, each cell a pattern with alternatives `a|b`, optional parts `{…}`, groups `[…|…]` and
/// `\` escapes. With the index line's column titles, every row becomes an item of the record, and
/// questions ask any column from any other, accepting every form the pattern allows: the pattern
/// is kept (`accept-pattern`) and matched, with its first forms listed for typos and rivals.
public enum BSDQuizFormat {
    /// A parsed pattern.
    indirect enum Pattern {
        case literal(String)
        case sequence([Pattern])
        case optional(Pattern)
        case choice([Pattern])

        /// Every string the pattern matches, at most `limit`.
        func expansions(limit: Int = 64) -> [String] {
            switch self {
            case .literal(let text): return [text]
            case .optional(let inner): return inner.expansions(limit: limit) + [""]
            case .choice(let options):
                var out: [String] = []
                for option in options where out.count < limit { out += option.expansions(limit: limit) }
                return Array(out.prefix(limit))
            case .sequence(let parts):
                var out = [""]
                for part in parts {
                    let tails = part.expansions(limit: limit)
                    var next: [String] = []
                    for head in out {
                        for tail in tails where next.count < limit { next.append(head + tail) }
                    }
                    out = next
                }
                return out
            }
        }

        /// Whether the pattern has optional parts or alternatives.
        var allowsSeveralForms: Bool {
            switch self {
            case .literal: false
            case .optional, .choice: true
            case .sequence(let parts): parts.contains { $0.allowsSeveralForms }
            }
        }

        /// The fullest form: optional parts included, the first alternative of each choice.
        var full: String {
            switch self {
            case .literal(let text): text
            case .optional(let inner): inner.full
            case .choice(let options): options.first?.full ?? ""
            case .sequence(let parts): parts.map(\.full).joined()
            }
        }
    }

    struct PatternError: Error {
        var message: String
        var offset: Int
    }

    /// Parses one cell.
    static func parse(_ text: String) throws(PatternError) -> Pattern {
        var characters = Array(text)[...]
        var offset = 0
        func alternatives(closing: Character?, openedAt: Int = 0) throws(PatternError) -> Pattern {
            var options: [Pattern] = []
            var parts: [Pattern] = []
            var literal = ""
            func flush() {
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = ""
            }
            while let character = characters.first {
                characters = characters.dropFirst()
                offset += 1
                switch character {
                case "\\":
                    if let escaped = characters.first {
                        literal.append(escaped)
                        characters = characters.dropFirst()
                        offset += 1
                    }
                case "{":
                    flush()
                    parts.append(.optional(try alternatives(closing: "}", openedAt: offset)))
                case "[":
                    flush()
                    parts.append(try alternatives(closing: "]", openedAt: offset))
                case "|":
                    flush()
                    options.append(.sequence(parts))
                    parts = []
                case "}", "]":
                    guard character == closing else {
                        throw PatternError(message: "'\(character)' closes nothing", offset: offset)
                    }
                    flush()
                    options.append(.sequence(parts))
                    return options.count == 1 ? options[0] : .choice(options)
                default:
                    literal.append(character)
                }
            }
            if let closing {
                throw PatternError(
                    message: "a '\(closing == "}" ? "{" : "[")' is never closed by '\(closing)'", offset: openedAt)
            }
            flush()
            options.append(.sequence(parts))
            return options.count == 1 ? options[0] : .choice(options)
        }
        return try alternatives(closing: nil)
    }

    /// Splits a row on the `:` that are not escaped.
    static func cells(_ row: String) -> [(text: String, offset: Int)] {
        var out: [(String, Int)] = []
        var cell = ""
        var start = 0
        var escaped = false
        for (offset, character) in row.enumerated() {
            if escaped {
                cell += "\\" + String(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" {
                out.append((cell, start))
                cell = ""
                start = offset + 1
            } else {
                cell.append(character)
            }
        }
        out.append((cell, start))
        return out
    }

    /// Reads a data file; `index` is its index line (`path:title:title…`) or just the titles.
    public static func read(_ text: String, index: String, sourceTitle: String) -> (
        record: Record, diagnostics: [Diagnostic]
    ) {
        var diagnostics: [Diagnostic] = []
        var titleCells = cells(index).map(\.text)
        if let first = titleCells.first, first.contains("/") { titleCells.removeFirst() }  // the file's path
        var titles: [String] = []
        for cell in titleCells {
            guard let pattern = try? parse(cell) else {
                return (
                    Record(title: sourceTitle),
                    [.error("the index line's title '\(cell)' is not a valid pattern", at: .start)]
                )
            }
            titles.append(pattern.full)
        }
        guard titles.count >= 2 else {
            return (Record(title: sourceTitle), [.error("the index line needs at least two column titles", at: .start)])
        }

        // Logical rows: a line ending in an unescaped backslash continues on the next.
        var rows: [(line: Int, text: String)] = []
        var pending: (line: Int, text: String)?
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            let trailing = line.reversed().prefix { $0 == "\\" }.count
            let continues = trailing % 2 == 1
            if continues { line.removeLast() }
            if var current = pending {
                current.text += line
                pending = current
            } else {
                pending = (offset + 1, line)
            }
            if !continues, let current = pending {
                if !current.text.trimmingCharacters(in: " \t").isEmpty { rows.append(current) }
                pending = nil
            }
        }
        if let current = pending, !current.text.isEmpty { rows.append(current) }
        rows = rows.map { ($0.line, overstruck($0.text)) }

        var entities: [Entity] = []
        var questions: [AuthoredQuestion] = []
        var taken: Set<String> = []
        var questionIDs: Set<String> = []
        for row in rows {
            let parts = cells(row.text)
            // A bad row is skipped, as BSD quiz reads past it; the rest of the table is good.
            guard parts.count == titles.count else {
                let hint = parts.count > titles.count ? " (a ':' inside a cell is written '\\:')" : ""
                diagnostics.append(
                    .warning(
                        "this row is skipped: it has \(parts.count) columns; the index line names \(titles.count)\(hint)",
                        at: SourceLocation(line: row.line, column: 1)))
                continue
            }
            var patterns: [Pattern] = []
            var failed = false
            for part in parts {
                do {
                    patterns.append(try parse(part.text))
                } catch {
                    diagnostics.append(
                        .warning(
                            "this row is skipped: \(error.message)",
                            at: SourceLocation(line: row.line, column: part.offset + error.offset)))
                    failed = true
                    break
                }
            }
            guard !failed else { continue }
            let forms = patterns.map { pattern in
                Array(Set(pattern.expansions().map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty })).sorted()
            }
            let names = patterns.map { $0.full.trimmingCharacters(in: " ") }
            guard !names[0].isEmpty else { continue }
            let entityID = BankWriter.unique(BankWriter.slug(names[0], prefix: "row"), taken: &taken)
            entities.append(
                Entity(id: entityID, kind: .other, name: names[0], aliases: forms[0].filter { $0 != names[0] }))
            for from in names.indices {
                for to in names.indices where to != from && !names[from].isEmpty && !names[to].isEmpty {
                    let prompt = "What is the \(titles[to]) for \(names[from]) (\(titles[from]))?"
                    let id = BankWriter.unique(
                        BankWriter.slug("\(titles[from]) \(titles[to]) \(names[0])", prefix: "bsd"), taken: &questionIDs
                    )
                    let accepted = forms[to].filter { $0 != names[to] }
                    var question = AuthoredQuestion(
                        id: id, kind: .shortAnswer, prompt: prompt, answer: .text(names[to], accepted: accepted),
                        tests: [entityID])
                    // The pattern itself is matched: a cell may allow more forms than are listed.
                    if patterns[to].allowsSeveralForms { question.patterns = [parts[to].text] }
                    questions.append(question)
                }
            }
        }
        let record = Record(
            title: sourceTitle,
            sources: [Source(id: "imported", title: sourceTitle, note: "Imported from a BSD quiz data file.")],
            entities: entities, questions: questions)
        return (record, diagnostics.sortedByLocation())
    }
}
