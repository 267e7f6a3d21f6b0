import FoundationEssentials

/// GIFT's `[markdown]` text, made plain for the terminal: a learner reads "the *Treaty*" as
/// "the Treaty", never with the asterisks.
extension GIFTFormat {
    /// Markdown's inline marks taken out: `**strong**`, `*em*` and `_em_` lose their marks,
    /// `` `code` `` its backticks, `[text](url)` reads "text (url)", a heading its `#`, and `\*`
    /// is a plain `*`. An asterisk between spaces ("5 * 3") and an underscore inside a word are
    /// kept.
    static func plainMarkdown(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        var index = 0
        var atLineStart = true
        while index < characters.count {
            let character = characters[index]
            let previous = index > 0 ? characters[index - 1] : " "
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            defer { atLineStart = character == "\n" }
            if atLineStart, character == "#" {
                // A heading: its marks and the space after them go.
                while index < characters.count, characters[index] == "#" { index += 1 }
                while index < characters.count, characters[index] == " " { index += 1 }
                continue
            }
            switch character {
            case "\\" where "\\`*_{}[]()#+-.!".contains(next):
                out.append(next)
                index += 2
                continue
            case "*" where !(previous.isWhitespace && next.isWhitespace), "`":
                break
            case "_" where !(isWordCharacter(previous) && isWordCharacter(next)):
                break
            case "[":
                if let (label, url, end) = link(characters, from: index) {
                    out += plainMarkdown(label) + " (" + url + ")"
                    index = end
                    continue
                }
                out.append(character)
            default:
                out.append(character)
            }
            index += 1
        }
        return out
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// `[label](url)` starting at `start`: its label, its address, and the index after it.
    private static func link(_ characters: [Character], from start: Int) -> (String, String, Int)? {
        guard let close = characters[start...].firstIndex(of: "]"), close + 1 < characters.count,
            characters[close + 1] == "(", let end = characters[(close + 1)...].firstIndex(of: ")")
        else { return nil }
        return (String(characters[(start + 1)..<close]), String(characters[(close + 2)..<end]), end + 1)
    }
}

extension AuthoredQuestion {
    /// The question with every text a learner reads passed through `transform`: the prompt,
    /// choices and answers, notes, feedback and explanation.
    func mappingTexts(_ transform: (String) -> String) -> AuthoredQuestion {
        var question = self
        question.prompt = transform(prompt)
        switch answer {
        case .choice(let choices, let correct):
            question.answer = .choice(choices: choices.map(transform), correct: correct)
        case .choices(let choices, let correct):
            question.answer = .choices(choices: choices.map(transform), correct: correct)
        case .text(let text, let accepted): question.answer = .text(transform(text), accepted: accepted.map(transform))
        case .order(let items): question.answer = .order(items.map(transform))
        case .pairs(let pairs):
            question.answer = .pairs(pairs.map { Pair(left: transform($0.left), right: transform($0.right)) })
        case .blanks(let parts):
            question.answer = .blanks(
                parts.map { part in
                    switch part {
                    case .text(let text): .text(transform(text))
                    case .blank(let answers): .blank(answers.map(transform))
                    }
                })
        case .truth, .number, .date: break
        }
        question.notes = Dictionary(
            notes.map {
                (transform($0.key), Note(weight: $0.value.weight, feedback: $0.value.feedback.map(transform)))
            },
            uniquingKeysWith: { first, _ in first })
        question.explanation = explanation.map(transform)
        question.distractors = distractors.map(transform)
        question.wrongFeedback = wrongFeedback.map(transform)
        question.rightFeedback = rightFeedback.map(transform)
        return question
    }
}
