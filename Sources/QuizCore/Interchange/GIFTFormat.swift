import FoundationEssentials

/// Moodle's GIFT, read the way Moodle reads it: blocks split on blank lines, `//` comments (with
/// `[id:…]` and `[tag:…]`), `$CATEGORY:` as topics, `::titles::`, escapes, the answer block
/// between the first `{` and `}`, and Moodle's order for deciding the type.
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

    private static func protect(_ text: String) -> String {
        var out = text
        for (escape, placeholder) in escapes { out = out.replacingAll(escape, with: String(placeholder)) }
        return out.replacingAll("\\n", with: "\n")
    }

    /// Text with escapes restored, a leading format tag dropped, and HTML tags stripped.
    private static func clean(_ text: Substring) -> String {
        var body = String(text).trimmingCharacters(in: " \t\n")
        for tag in ["[html]", "[moodle]", "[plain]", "[markdown]"] where body.hasPrefix(tag) {
            let isHTML = tag == "[html]"
            body = String(body.dropFirst(tag.count))
            if isHTML { body = TimelineFormat.plain(body) }
        }
        var out = ""
        for character in body { out += restored[character] ?? String(character) }
        return out.trimmingCharacters(in: " \t\n")
    }

    /// One answer of a choice block: its weight (100 for `=`), text and feedback.
    private struct Choice {
        var weight: Double
        var text: String
        var feedback: String?
    }

    /// Reads a GIFT file; description and essay questions are skipped with a warning.
    public static func read(_ text: String, sourceTitle: String) -> (record: Record, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var questions: [AuthoredQuestion] = []
        var taken: Set<String> = []
        var category: String?

        // Blocks: trimmed lines, split on blank lines; comment lines are kept aside for metadata.
        var blocks: [(line: Int, lines: [String], comments: [String])] = []
        var current: (line: Int, lines: [String], comments: [String])?
        let lines = text.replacingAll("\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false)
        for (offset, raw) in lines.enumerated() {
            let line = String(raw).trimmingCharacters(in: " \t\r")
            if line.isEmpty {
                if let block = current, !block.lines.isEmpty { blocks.append(block) }
                current = nil
                continue
            }
            if current == nil { current = (offset + 1, [], []) }
            if line.hasPrefix("//") {
                current!.comments.append(String(line.dropFirst(2)))
            } else {
                current!.lines.append(line)
            }
        }
        if let block = current, !block.lines.isEmpty { blocks.append(block) }

        for block in blocks {
            let location = SourceLocation(line: block.line, column: 1)
            var body = protect(block.lines.joined(separator: "\n"))
            if body.hasPrefix("$CATEGORY:") {
                let path = body.dropFirst("$CATEGORY:".count).trimmingCharacters(in: " \t\n")
                let parts = path.split(separator: "/").filter { !$0.hasPrefix("$") && $0 != "top" }
                category = parts.last.map { BankWriter.slug(String($0), prefix: "topic").dropFirst("topic-".count) }
                    .map(String.init)
                continue
            }
            var title: String?
            if body.hasPrefix("::"), let end = body.dropFirst(2).firstRange(ofLiteral: "::") {
                title = clean(body[body.index(body.startIndex, offsetBy: 2)..<end.lowerBound])
                body = String(body[end.upperBound...])
            }
            guard let open = body.firstIndex(of: "{"), let close = body[open...].firstIndex(of: "}") else {
                if body.contains("{") {
                    diagnostics.append(.error("an answer block opened with '{' is never closed", at: location))
                } else {
                    diagnostics.append(.warning("a description (no answer block) is skipped", at: location))
                }
                continue
            }
            let before = clean(body[..<open])
            let after = clean(body[body.index(after: close)...])
            var inside = String(body[body.index(after: open)..<close]).trimmingCharacters(in: " \t\n")
            var general: String?
            if let split = inside.lastRange(ofLiteral: "####") {
                general = clean(inside[split.upperBound...])
                inside = String(inside[..<split.lowerBound]).trimmingCharacters(in: " \t\n")
            }
            let joiner = after.first.map { ",.;:!?)".contains($0) } == true ? "" : " "
            let prompt = after.isEmpty ? before : "\(before) _____\(joiner)\(after)".trimmingCharacters(in: " ")
            let missingWord = !after.isEmpty
            guard !prompt.isEmpty else {
                diagnostics.append(.error("the question has no text", at: location))
                continue
            }
            // Metadata from comments: [id:…] and [tag:…].
            var id: String?
            var tags: [String] = category.map { [$0] } ?? []
            for comment in block.comments {
                var rest = Substring(comment)
                while let start = rest.firstRange(ofLiteral: "[") {
                    guard let end = rest[start.upperBound...].firstRange(ofLiteral: "]") else { break }
                    let token = rest[start.upperBound..<end.lowerBound]
                    if token.hasPrefix("id:") { id = String(token.dropFirst(3).trimmingCharacters(in: " ")) }
                    if token.hasPrefix("tag:") { tags.append(String(token.dropFirst(4).trimmingCharacters(in: " "))) }
                    rest = rest[end.upperBound...]
                }
            }
            let base =
                id.map { BankWriter.slug($0, prefix: "gift") } ?? BankWriter.slug(title ?? prompt, prefix: "gift")
            let questionID = BankWriter.unique(base, taken: &taken)
            let explanation = general.flatMap { $0.isEmpty ? nil : $0 }

            func add(
                _ kind: AuthoredQuestion.Kind, _ answer: AuthoredQuestion.Answer, explanation: String? = explanation,
                notes: [String: AuthoredQuestion.Note] = [:], wrong: String? = nil, right: String? = nil
            ) {
                var question = AuthoredQuestion(
                    id: questionID, kind: kind, prompt: prompt, answer: answer, tests: [], explanation: explanation,
                    tags: tags)
                question.notes = notes
                question.wrongFeedback = wrong
                question.rightFeedback = right
                questions.append(question)
            }

            /// Weights and feedback as the file gives them, by answer text.
            func notes(_ choices: [Choice], defaultWeight: Double?) -> [String: AuthoredQuestion.Note] {
                var out: [String: AuthoredQuestion.Note] = [:]
                for choice in choices where choice.weight != defaultWeight || choice.feedback != nil {
                    out[choice.text] = AuthoredQuestion.Note(
                        weight: choice.weight == defaultWeight ? nil : choice.weight, feedback: choice.feedback)
                }
                return out
            }

            let beforeHash =
                inside.split(separator: "#", maxSplits: 1).first.map { $0.trimmingCharacters(in: " \t\n") } ?? ""
            if inside.isEmpty {
                diagnostics.append(.warning("an essay question ({}) is skipped: it cannot be graded", at: location))
            } else if inside.hasPrefix("#") {
                guard let answer = numeric(inside.dropFirst(), location: location, diagnostics: &diagnostics) else {
                    continue
                }
                // The full-credit answer's feedback is what a right answer is told.
                add(.numeric, answer.answer, notes: answer.notes, wrong: answer.otherwise, right: answer.feedback)
                questions[questions.count - 1].alternatives = answer.others
            } else if inside.contains("~") {
                let choices = self.choices(inside)
                guard choices.count >= 2 else {
                    diagnostics.append(.error("a multiple-choice question needs at least 2 answers", at: location))
                    continue
                }
                let texts = choices.map(\.text)
                guard Set(texts).count == texts.count else {
                    diagnostics.append(.error("a multiple-choice question lists an answer twice", at: location))
                    continue
                }
                if inside.contains("=") {
                    let right = choices.indices.filter { choices[$0].weight >= 100 }
                    guard let first = right.first else {
                        diagnostics.append(.error("a multiple-choice question has no right answer (=)", at: location))
                        continue
                    }
                    // Other right answers keep full credit through their weight of 100.
                    var choiceNotes = notes(choices, defaultWeight: 0)
                    choiceNotes[texts[first]] = choices[first].feedback.map { AuthoredQuestion.Note(feedback: $0) }
                    add(.multipleChoice, .choice(choices: texts, correct: first), notes: choiceNotes)
                } else {
                    let right = choices.indices.filter { choices[$0].weight > 0 }
                    guard !right.isEmpty, right.count < choices.count else {
                        diagnostics.append(
                            .error(
                                "a multiple-answer question needs right (positive %) and wrong answers", at: location))
                        continue
                    }
                    add(
                        .multipleAnswer, .choices(choices: texts, correct: right),
                        notes: notes(choices, defaultWeight: nil))
                }
            } else if inside.contains("="), inside.contains("->") {
                var extra: [String] = []
                let pairs = inside.split(separator: "=").compactMap { piece -> AuthoredQuestion.Pair? in
                    guard let arrow = piece.firstRange(ofLiteral: "->") else { return nil }
                    let left = clean(piece[..<arrow.lowerBound])
                    let right = clean(piece[arrow.upperBound...])
                    if left.isEmpty && !right.isEmpty { extra.append(right) }  // `= -> x`: a distractor
                    return left.isEmpty || right.isEmpty ? nil : AuthoredQuestion.Pair(left: left, right: right)
                }
                guard pairs.count >= 2 else {
                    diagnostics.append(.error("a matching question needs at least 2 pairs", at: location))
                    continue
                }
                add(.matching, .pairs(pairs))
                questions[questions.count - 1].distractors = extra
            } else if ["T", "TRUE", "F", "FALSE"].contains(beforeHash) {
                let feedbacks = inside.split(separator: "#", omittingEmptySubsequences: false).dropFirst().map {
                    clean($0)
                }
                // Moodle's order: the feedback shown after a wrong answer, then after a right one.
                let wrong = feedbacks.first.flatMap { $0.isEmpty ? nil : $0 }
                let right = feedbacks.count > 1 && !feedbacks[1].isEmpty ? feedbacks[1] : nil
                add(.trueFalse, .truth(beforeHash.hasPrefix("T")), wrong: wrong, right: right)
            } else {
                var answerNotes: [String: AuthoredQuestion.Note] = [:]
                let answers = inside.split(separator: "=").compactMap { piece -> (String, String?)? in
                    let parts = piece.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                    var text = String(parts[0].trimmingCharacters(in: " \t\n"))
                    var weight: Double?
                    if text.hasPrefix("%"), let end = text.dropFirst().firstIndex(of: "%") {
                        weight = Double(text[text.index(after: text.startIndex)..<end]) ?? 0
                        text = String(text[text.index(after: end)...])
                    }
                    let answer = clean(Substring(text))
                    let feedback = parts.count > 1 ? clean(parts[1]) : nil
                    // The catch-all `*` and answers worth nothing are not answers to accept.
                    guard !answer.isEmpty, answer != "*", weight.map({ $0 > 0 }) ?? true else { return nil }
                    let partial = weight.flatMap { $0 < 100 ? $0 : nil }
                    let said = feedback?.isEmpty == false ? feedback : nil
                    if partial != nil || said != nil {
                        answerNotes[answer] = AuthoredQuestion.Note(weight: partial, feedback: said)
                    }
                    return (answer, feedback)
                }
                guard let first = answers.first else {
                    diagnostics.append(.error("a short-answer question has no answer", at: location))
                    continue
                }
                let others = answers.dropFirst().map { $0.0 }
                if missingWord {
                    let parts: [AuthoredQuestion.ClozePart] = [
                        .text(before + " "), .blank([first.0] + others), .text(" " + after),
                    ]
                    let clozeExplanation = explanation ?? first.1.flatMap { $0.isEmpty ? nil : $0 }
                    questions.append(
                        AuthoredQuestion(
                            id: questionID, kind: .cloze, prompt: prompt, answer: .blanks(parts), tests: [],
                            explanation: clozeExplanation, tags: tags))
                } else {
                    add(.shortAnswer, .text(first.0, accepted: others), notes: answerNotes)
                }
            }
        }
        let record = Record(
            title: sourceTitle,
            sources: [Source(id: "imported", title: sourceTitle, note: "Imported from a GIFT file.")],
            questions: questions)
        return (record, diagnostics.sortedByLocation())
    }

    /// `~` and `=` answers with their `%weight%` and `#feedback`.
    private static func choices(_ inside: String) -> [Choice] {
        let rewritten = inside.replacingAll("=", with: "~=")
        return rewritten.split(separator: "~").compactMap { piece -> Choice? in
            var text = String(piece.trimmingCharacters(in: " \t\n"))
            guard !text.isEmpty else { return nil }
            var weight = 0.0
            if text.hasPrefix("=") {
                weight = 100
                text = String(text.dropFirst())
            }
            if text.hasPrefix("%"), let end = text.dropFirst().firstIndex(of: "%") {
                weight = Double(text[text.index(after: text.startIndex)..<end]) ?? weight
                text = String(text[text.index(after: end)...])
            }
            let parts = text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let feedback = parts.count > 1 ? clean(parts[1]) : nil
            let answer = clean(parts[0])
            guard !answer.isEmpty else { return nil }  // an answer with no text is no answer
            return Choice(weight: weight, text: answer, feedback: feedback?.isEmpty == true ? nil : feedback)
        }
    }

    /// `{#1947}`, `{#800:0}`, `{#1618..1648}`, or `=` answers with weights; the first full-credit one is kept.
    /// A numerical block: the first full-credit answer, other answers (`value`, `value:tolerance`
    /// or `min..max`) with their weights and feedback, and the catch-all `~#feedback`.
    private static func numeric(_ inside: Substring, location: SourceLocation, diagnostics: inout [Diagnostic]) -> (
        answer: AuthoredQuestion.Answer, feedback: String?, others: [String], notes: [String: AuthoredQuestion.Note],
        otherwise: String?
    )? {
        var main: (AuthoredQuestion.Answer, String?)?
        var others: [String] = []
        var notes: [String: AuthoredQuestion.Note] = [:]
        var otherwise: String?
        for piece in inside.replacingAll("=", with: "~=").split(separator: "~") {
            var text = String(piece.trimmingCharacters(in: " \t\n"))
            if text.hasPrefix("=") { text = String(text.dropFirst()) }
            var weight = 100.0
            if text.hasPrefix("%"), let end = text.dropFirst().firstIndex(of: "%") {
                weight = Double(text[text.index(after: text.startIndex)..<end]) ?? 0
                text = String(text[text.index(after: end)...])
            }
            let parts = text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let value = String(parts[0].trimmingCharacters(in: " \t\n"))
            let feedback = parts.count > 1 ? clean(parts[1]) : nil
            if value.isEmpty || value == "*" {
                if let feedback, !feedback.isEmpty { otherwise = feedback }
                continue
            }
            guard let (number, tolerance) = NumericForm.parse(value) else {
                diagnostics.append(.error("'\(value)' is not a number, value:tolerance or min..max", at: location))
                return nil
            }
            if main == nil && weight >= 100 {
                main = (.number(number, tolerance: tolerance, unit: nil), feedback?.isEmpty == false ? feedback : nil)
            } else if weight > 0 {
                let form = NumericForm.text(number, tolerance)
                others.append(form)
                notes[form] = AuthoredQuestion.Note(
                    weight: weight >= 100 ? nil : weight, feedback: feedback?.isEmpty == false ? feedback : nil)
            }
        }
        guard let main else {
            diagnostics.append(.error("a numerical question has no full-credit answer", at: location))
            return nil
        }
        return (main.0, main.1, others, notes, otherwise)
    }
}

extension GIFTFormat {
    /// GIFT's control characters escaped, line breaks as `\n`.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "#", "=", "~", "{", "}", ":": out += "\\" + String(character)
            case "\n": out += "\\n"
            case "\r": continue
            default: out.append(character)
            }
        }
        return out
    }

    /// `#feedback` for an answer that has some.
    static func feedback(_ note: AuthoredQuestion.Note?) -> String {
        note?.feedback.map { "#" + escape($0) } ?? ""
    }

    /// Weights Moodle accepts for n right answers out of a multiple-answer question.
    static func share(_ count: Int) -> String {
        let shares = [
            1: "100", 2: "50", 3: "33.33333", 4: "25", 5: "20", 6: "16.66667", 7: "14.28571", 8: "12.5", 9: "11.11111",
            10: "10",
        ]
        return shares[count] ?? "10"
    }

    /// Writes questions as GIFT: every kind GIFT has (ordering has none, and is left out and
    /// counted); ids and tags go in a `// [id:…] [tag:…]` line, explanations in general feedback.
    public static func write(_ questions: [Question]) -> (text: String, skipped: Int) {
        var out = ""
        var skipped = 0
        for question in questions {
            let general = question.explanation.isEmpty ? "" : "####" + escape(question.explanation)
            var block: String
            switch question.answer {
            case .option(let right):
                let answers = question.options.enumerated().map { index, option -> String in
                    let note = question.notes[option]
                    let mark: String
                    if index == right || note?.weight == 100 {
                        mark = "="
                    } else if let weight = note?.weight {
                        mark = "~%\(BankWriter.number(weight))%"
                    } else {
                        mark = "~"
                    }
                    return mark + escape(option) + feedback(note)
                }
                block = "\(escape(question.prompt)) {\n  " + answers.joined(separator: "\n  ") + "\n  \(general)\n}"
            case .options(let right):
                let weight = share(right.count)
                let answers = question.options.enumerated().map { index, option -> String in
                    let note = question.notes[option]
                    let given = note?.weight.map { BankWriter.number($0) }
                    return "~%\(given ?? (right.contains(index) ? weight : "-100"))%" + escape(option) + feedback(note)
                }
                block = "\(escape(question.prompt)) {\n  " + answers.joined(separator: "\n  ") + "\n  \(general)\n}"
            case .truth(let value):
                var feedbacks = ""
                if question.wrongFeedback != nil || question.rightFeedback != nil {
                    feedbacks = "#" + escape(question.wrongFeedback ?? "")
                    if let right = question.rightFeedback { feedbacks += "#" + escape(right) }
                }
                block = "\(escape(question.prompt)) {\(value ? "TRUE" : "FALSE")\(feedbacks)\(general)}"
            case .text(let answer):
                let answers = ([answer] + question.accepted).map { form -> String in
                    let note = question.notes[form]
                    return "=" + (note?.weight.map { "%\(BankWriter.number($0))%" } ?? "") + escape(form)
                        + feedback(note)
                }
                block = "\(escape(question.prompt)) {" + answers.joined(separator: " ") + "\(general)}"
            case .number(let value, let tolerance, _, _):
                var answers = [
                    "=" + NumericForm.text(value, tolerance ?? 0)
                        + (question.rightFeedback.map { "#" + escape($0) } ?? "")
                ]
                for form in question.accepted {
                    let note = question.notes[form]
                    answers.append(
                        "=" + (note?.weight.map { "%\(BankWriter.number($0))%" } ?? "") + form + feedback(note))
                }
                if let otherwise = question.wrongFeedback { answers.append("~#" + escape(otherwise)) }
                block = "\(escape(question.prompt)) {#" + answers.joined(separator: " ") + "\(general)}"
            case .date(let date):
                guard let span = date.yearSpan else {
                    skipped += 1
                    continue
                }
                var approximate = 0
                if case .date(let point) = date.start, !date.isInterval, point.isApproximate {
                    approximate = point.isUncertain ? 2 : 1
                }
                let answer =
                    span.lowerBound == span.upperBound
                    ? "\(span.lowerBound):\(approximate)" : "\(span.lowerBound)..\(span.upperBound)"
                block = "\(escape(question.prompt)) {#\(answer)\(general)}"
            case .pairs(let partners):
                var pairs = zip(question.left, partners).map { "=\(escape($0)) -> \(escape(question.options[$1]))" }
                let used = Set(partners)
                for (index, option) in question.options.enumerated() where !used.contains(index) {
                    pairs.append("= -> \(escape(option))")
                }
                block = "\(escape(question.prompt)) {\n  " + pairs.joined(separator: "\n  ") + "\n  \(general)\n}"
            case .blanks(let blanks):
                guard blanks.count == 1, let answers = blanks.first,
                    question.prompt.components(separatedBy: "_____").count == 2
                else {
                    skipped += 1
                    continue
                }
                let halves = question.prompt.components(separatedBy: "_____")
                block =
                    "\(escape(halves[0]))" + "{" + answers.map { "=" + escape($0) }.joined(separator: " ")
                    + "\(general)}" + escape(halves[1])
            case .order:
                skipped += 1
                continue
            }
            // A choice question whose text holds one blank goes back to GIFT's missing-word form.
            let halves = question.prompt.components(separatedBy: "_____")
            if case .option = question.answer, halves.count == 2, let open = block.lastRange(ofLiteral: " {"),
                block.hasSuffix("}")
            {
                let answers = block[open.upperBound...].replacingAll("\n  ", with: " ")
                    .replacingAll(" \n}", with: "}").replacingAll("\n}", with: "}")
                let rest = halves[1].trimmingCharacters(in: " ")
                let space = rest.first.map { ",.;:!?)".contains($0) } == true ? "" : " "
                block =
                    escape(halves[0].trimmingCharacters(in: " ")) + " {" + answers.trimmingCharacters(in: " ") + space
                    + escape(rest)
            }
            var meta = "// [id:\(question.id.replacingAll("]", with: "\\]"))]"
            for tag in question.tags { meta += " [tag:\(tag.replacingAll("]", with: "\\]"))]" }
            out +=
                meta + "\n::" + escape(question.id) + "::" + block.replacingAll("\n  \n}", with: "\n}")
                + "\n\n"
        }
        return (out, skipped)
    }
}
