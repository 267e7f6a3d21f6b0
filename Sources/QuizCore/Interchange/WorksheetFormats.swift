import FoundationEssentials

/// Exports of the questions a bank yields: a printable Markdown worksheet with an answer key,
/// and Anki's text import.
public enum WorksheetFormats {
    /// A worksheet: questions with their options, then an answer key at the end.
    public static func markdown(_ questions: [Question], title: String) -> String {
        var out = "# \(escapeMarkdown(title))\n\n"
        var key = "## Answer key\n\n"
        for (number, question) in questions.enumerated() {
            out += "\(number + 1). \(escapeMarkdown(question.prompt))\n"
            for (index, item) in question.left.enumerated() { out += "    \(index + 1). \(escapeMarkdown(item))\n" }
            if question.kind != .trueFalse {
                for (index, option) in question.options.enumerated() {
                    out += "    - \(AnswerGrader.letter(index))) \(escapeMarkdown(option))\n"
                }
            } else {
                out += "    - True / False\n"
            }
            out += "\n"
            let why = question.explanation.isEmpty ? "" : " — " + escapeMarkdown(question.explanation)
            key += "\(number + 1). \(escapeMarkdown(label(question)))\(why)\n"
        }
        return out + key
    }

    private static func label(_ question: Question) -> String {
        switch question.answer {
        case .option(let index): "\(AnswerGrader.letter(index))) \(question.options[index])"
        case .options(let indices):
            joined(indices.map { "\(AnswerGrader.letter($0))) \(question.options[$0])" })
        case .order(let order): order.map(AnswerGrader.letter).joined(separator: " ")
        case .pairs(let partners):
            partners.enumerated().map { "\($0.offset + 1)\(AnswerGrader.letter($0.element))" }.joined(separator: " ")
        default: question.answerText
        }
    }

    /// Items of an answer in one line: "; " between them, or a space after one that ends a
    /// sentence ("…as soon as possible. c) …", never "possible.; c)").
    static func joined(_ items: [String]) -> String {
        var out = ""
        for item in items {
            if let last = out.last { out += ".!?".contains(last) ? " " : "; " }
            out += item
        }
        return out
    }

    /// Markdown's active characters, escaped so bank text prints as written.
    static func escapeMarkdown(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_{}[]<>#|".contains(character) { out.append("\\") }
            // "\r\n" is one Character: `isNewline` catches it with "\n" and "\r".
            if character.isNewline { out.append(" ") } else { out.append(character) }
        }
        return out
    }

    /// Anki's text import: a header that sets everything, then one note per question (Front,
    /// Back, Tags, and the question id as the GUID so a re-import updates notes).
    public static func anki(_ questions: [Question], deck: String) -> String {
        var out =
            "#separator:Tab\n#html:true\n#notetype:Basic\n#deck:\(clean(deck))\n#columns:GUID\tFront\tBack\tTags\n#guid column:1\n#tags column:4\n"
        for question in questions {
            var front = html(question.prompt)
            for (index, item) in question.left.enumerated() { front += "<br>\(index + 1). \(html(item))" }
            if question.kind != .trueFalse {
                for (index, option) in question.options.enumerated() {
                    front += "<br>\(AnswerGrader.letter(index))) \(html(option))"
                }
            }
            var back = html(label(question))
            if !question.explanation.isEmpty { back += "<br><i>\(html(question.explanation))</i>" }
            let tags =
                question.tags.map { $0.replacingAll(" ", with: "-") } + ["quiz::\(question.kind.rawValue)"]
            out += "\(clean(question.id))\t\(front)\t\(back)\t\(clean(tags.joined(separator: " ")))\n"
        }
        return out
    }

    /// Text for an HTML field: `&`, `<`, `>` escaped, line breaks as `<br>`, no tabs.
    static func html(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n", "\r\n", "\r": out += "<br>"
            case "\t": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// A header value or plain field: no tabs or line breaks, and no leading '#'.
    static func clean(_ text: String) -> String {
        let flat = String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
        return flat.hasPrefix("#") ? "\\" + flat : flat
    }
}
