import FoundationEssentials

/// Moodle's GIFT, read the way Moodle reads it: blocks split on blank lines, `//` comments (with
/// `[id:…]` and `[tag:…]`), `$CATEGORY:` as topics, `::titles::`, escapes, the answer block
/// between the first `{` and `}`, and Moodle's order for deciding the type.
///
/// Reading is split by stage: blocks, categories, titles and comment metadata in
/// `GIFTFormat+Reading.swift`; the answer block of each type in `GIFTFormat+Answers.swift`;
/// writing in `GIFTFormat+Writing.swift`.
public enum GIFTFormat {
    /// Placeholders for escaped characters while a block is parsed (private-use code points).
    private static let escapes: [(String, Character)] = [
        ("\\\\", "\u{E000}"), ("\\~", "\u{E001}"), ("\\=", "\u{E002}"), ("\\#", "\u{E003}"), ("\\{", "\u{E004}"),
        ("\\}", "\u{E005}"), ("\\:", "\u{E006}"),
    ]
    private static let restored: [Character: String] = [
        "\u{E000}": "\\", "\u{E001}": "~", "\u{E002}": "=", "\u{E003}": "#", "\u{E004}": "{", "\u{E005}": "}",
        "\u{E006}": ":",
    ]

    /// Text with escaped characters replaced by placeholders, so that they never count as GIFT's
    /// control characters, and `\n` as a line break.
    static func protect(_ text: String) -> String {
        var out = text
        for (escape, placeholder) in escapes { out = out.replacingAll(escape, with: String(placeholder)) }
        return out.replacingAll("\\n", with: "\n")
    }

    /// Text with escapes restored, a leading format tag dropped, and HTML tags stripped.
    static func clean(_ text: Substring) -> String {
        var body = String(text).trimmingCharacters(in: " \t\n")
        for tag in ["[html]", "[moodle]", "[plain]", "[markdown]"] where body.hasPrefix(tag) {
            let isHTML = tag == "[html]"
            body = String(body.dropFirst(tag.count))
            if isHTML { body = TimelineFormat.plain(body) }
        }
        var out = ""
        for character in body { out += restored[character] ?? String(character) }
        return ImportedText.withoutControls(out).trimmingCharacters(in: " \t\n")
    }

    /// Whether a bank would read the text as empty.
    static func isBlank(_ text: String) -> Bool { RecordDecoder.isBlank(text) }

    /// The text, or `nil` when a bank would read it as empty.
    static func nonBlank(_ text: String) -> String? { isBlank(text) ? nil : text }

    /// Reads a GIFT file; description and essay questions are skipped with a warning.
    ///
    /// - Parameters:
    ///   - text: The file's text.
    ///   - sourceTitle: The record's title, and the title of its one source.
    /// - Returns: The questions as a record, and what could not be read, with its line.
    public static func read(_ text: String, sourceTitle: String) -> (record: Record, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var questions: [AuthoredQuestion] = []
        var taken: Set<String> = ["imported"]  // the source's id
        var category: String?

        for block in blocks(text) {
            let location = SourceLocation(line: block.line, column: 1)
            let body = protect(block.lines.joined(separator: "\n"))
            if let path = categoryPath(body) {
                category = topic(ofCategory: path)
                continue
            }
            guard let parts = QuestionParts(body, at: location, diagnostics: &diagnostics) else { continue }
            // The id is taken even when the answer block then fails: ids do not depend on errors.
            let metadata = Metadata(comments: block.comments)
            let base =
                metadata.id.flatMap(BankWriter.identifier) ?? parts.title.flatMap(BankWriter.identifier)
                ?? BankWriter.slug(parts.prompt, prefix: "gift")
            let draft = Draft(
                id: BankWriter.unique(base, taken: &taken), prompt: parts.prompt,
                tags: (category.map { [$0] } ?? []) + metadata.tags,
                explanation: parts.generalFeedback.flatMap(nonBlank))
            if let question = question(parts, draft: draft, at: location, diagnostics: &diagnostics) {
                questions.append(parts.isMarkdown ? question.mappingTexts(plainMarkdown) : question)
            }
        }
        let record = Record(
            title: sourceTitle,
            sources: [Source(id: "imported", title: sourceTitle, note: "Imported from a GIFT file.")],
            questions: questions)
        return (record, diagnostics.sortedByLocation())
    }
}
