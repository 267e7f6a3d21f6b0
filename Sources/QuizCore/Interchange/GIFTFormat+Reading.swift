import FoundationEssentials

/// Reading GIFT, the stages before the answer block: blocks, categories, titles, the text around
/// the answer block, and the metadata in comments.
extension GIFTFormat {
    /// One block of the file: trimmed lines between blank lines, with its `//` comment lines
    /// kept apart for metadata.
    struct Block {
        /// The line the block starts on, counting from 1.
        var line: Int
        /// The lines that are not comments.
        var lines: [String]
        /// The comment lines, without their `//`.
        var comments: [String]
    }

    /// Splits a file into blocks on blank lines; a block of nothing but comments is dropped.
    static func blocks(_ text: String) -> [Block] {
        var blocks: [Block] = []
        var current: Block?
        let lines = text.replacingAll("\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false)
        for (offset, raw) in lines.enumerated() {
            let line = String(raw).trimmingCharacters(in: " \t\r")
            if line.isEmpty {
                if let block = current, !block.lines.isEmpty { blocks.append(block) }
                current = nil
                continue
            }
            if current == nil { current = Block(line: offset + 1, lines: [], comments: []) }
            if line.hasPrefix("//") {
                current!.comments.append(String(line.dropFirst(2)))
            } else {
                current!.lines.append(line)
            }
        }
        if let block = current, !block.lines.isEmpty { blocks.append(block) }
        return blocks
    }

    // MARK: - Categories

    private static let categoryMarker = "$CATEGORY:"

    /// The path of a `$CATEGORY:` block, or `nil` when the block is not one.
    static func categoryPath(_ body: String) -> String? {
        guard body.hasPrefix(categoryMarker) else { return nil }
        return String(body.dropFirst(categoryMarker.count).trimmingCharacters(in: " \t\n"))
    }

    /// The topic a category path sets for the questions after it: its last part, as a slug
    /// (`$course$/top/Cold War` → `cold-war`); `nil` when only Moodle's own parts are left.
    static func topic(ofCategory path: String) -> String? {
        let parts = path.split(separator: "/").filter { !$0.hasPrefix("$") && $0 != "top" }
        return parts.last.map { BankWriter.slug(String($0), prefix: "topic").dropFirst("topic-".count) }
            .map(String.init)
    }

    // MARK: - The question's text

    /// A question block taken apart around its answer block `{…}`.
    struct QuestionParts {
        /// The `::title::`, if any.
        var title: String?
        /// The text before the answer block.
        var before: String
        /// The text after it; not empty for a missing-word question.
        var after: String
        /// What is inside the braces, without the general feedback.
        var answers: String
        /// The general feedback after `####`, if any.
        var generalFeedback: String?
        /// Whether the question's text is `[markdown]`: its answers and feedback are too, unless
        /// they say otherwise.
        var isMarkdown = false

        /// Whether the answer block sits inside the text (Moodle's missing-word format).
        var isMissingWord: Bool { !after.isEmpty }

        /// What joins the blank to the text after it: nothing before punctuation, else a space.
        var joiner: String {
            after.first.map { ",.;:!?)".contains($0) } == true ? "" : " "
        }

        /// What is asked: the text, with `_____` where a missing word's answer block was.
        var prompt: String {
            guard isMissingWord else { return before }
            return "\(before) _____\(joiner)\(after)".trimmingCharacters(in: " ")
        }

        /// Takes a block's text (escapes protected) apart, or says why it is no question: no
        /// answer block (a description), a brace never closed, or no text.
        init?(_ body: String, at location: SourceLocation, diagnostics: inout [Diagnostic]) {
            var body = body
            if body.hasPrefix("::"), let end = body.dropFirst(2).firstRange(ofLiteral: "::") {
                title = GIFTFormat.clean(body[body.index(body.startIndex, offsetBy: 2)..<end.lowerBound])
                body = String(body[end.upperBound...])
            }
            guard let open = body.firstIndex(of: "{"), let close = body[open...].firstIndex(of: "}") else {
                if body.contains("{") {
                    diagnostics.append(.error("an answer block opened with '{' is never closed", at: location))
                } else {
                    diagnostics.append(.warning("a description (no answer block) is skipped", at: location))
                }
                return nil
            }
            isMarkdown = body.drop { $0 == " " || $0 == "\t" || $0 == "\n" }.hasPrefix("[markdown]")
            before = GIFTFormat.clean(body[..<open])
            after = GIFTFormat.clean(body[body.index(after: close)...])
            answers = String(body[body.index(after: open)..<close]).trimmingCharacters(in: " \t\n")
            if let split = answers.lastRange(ofLiteral: "####") {
                generalFeedback = GIFTFormat.clean(answers[split.upperBound...])
                answers = String(answers[..<split.lowerBound]).trimmingCharacters(in: " \t\n")
            }
            guard !GIFTFormat.isBlank(prompt) else {
                diagnostics.append(.error("the question has no text", at: location))
                return nil
            }
        }
    }

    // MARK: - Metadata

    /// What a block's comments say about its question: `[id:…]` and `[tag:…]` tokens.
    struct Metadata {
        /// The last `[id:…]` given.
        var id: String?
        /// Every `[tag:…]`, in order.
        var tags: [String] = []

        init(comments: [String]) {
            for comment in comments {
                for token in Self.tokens(comment) {
                    let text = token.trimmingCharacters(in: " ")
                    if text.hasPrefix("id:") { id = String(text.dropFirst(3).trimmingCharacters(in: " ")) }
                    let tag = ImportedText.withoutControls(String(text.dropFirst(4)).trimmingCharacters(in: " "))
                    if text.hasPrefix("tag:"), !GIFTFormat.isBlank(tag) { tags.append(tag) }  // `[tag:]` names no topic
                }
            }
        }

        /// The `[…]` tokens of one comment line, with `\]` read as `]` (Moodle's one escape there); a
        /// token left open is dropped.
        static func tokens(_ comment: String) -> [String] {
            var tokens: [String] = []
            var current: String?
            var escaped = false
            for character in comment {
                if escaped {
                    current?.append(contentsOf: character == "]" ? "]" : "\\" + String(character))
                    escaped = false
                } else if character == "\\", current != nil {
                    escaped = true
                } else if character == "[", current == nil {
                    current = ""
                } else if character == "]", let token = current {
                    tokens.append(token)
                    current = nil
                } else {
                    current?.append(character)
                }
            }
            return tokens
        }
    }

    /// What a block's question has whatever its type: id, prompt, topics and explanation.
    struct Draft {
        var id: String
        var prompt: String
        var tags: [String]
        /// The general feedback, shown after the answer.
        var explanation: String?

        /// The question of this draft with its answer, and any weights and feedback.
        func question(
            _ kind: AuthoredQuestion.Kind, _ answer: AuthoredQuestion.Answer,
            notes: [String: AuthoredQuestion.Note] = [:], wrong: String? = nil, right: String? = nil
        ) -> AuthoredQuestion {
            var question = AuthoredQuestion(
                id: id, kind: kind, prompt: prompt, answer: answer, tests: [], explanation: explanation, tags: tags)
            question.notes = notes
            question.wrongFeedback = wrong
            question.rightFeedback = right
            return question
        }
    }
}
