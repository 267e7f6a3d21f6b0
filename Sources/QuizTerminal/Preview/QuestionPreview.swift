import FoundationEssentials
import QuizCore

/// `quiz preview`: the questions a quiz would ask, with answers, explanations and sources, as text
/// for an author to read or as JSON for tools.
package enum QuestionPreview {
    /// The questions as readable text. Bank text is sanitised: it cannot reach the terminal raw.
    package static func text(_ questions: [Question], record: Record, seed: UInt64?) -> String {
        let sources = Dictionary(record.sources.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        var lines: [String] = []
        let seedText = seed.map { " (seed \($0))" } ?? ""
        lines.append("\(record.title): \(questions.count) question\(questions.count == 1 ? "" : "s")\(seedText)")
        for (number, question) in questions.enumerated() {
            lines.append("")
            lines.append("\(number + 1). [\(question.kind.rawValue)] \(question.prompt)")
            if !question.left.isEmpty {
                for (offset, item) in question.left.enumerated() { lines.append("   \(offset + 1). \(item)") }
            }
            if question.kind != .trueFalse {
                for (offset, option) in question.options.enumerated() {
                    lines.append("   \(letter(offset))) \(option)")
                }
            }
            lines.append("   Answer: \(answerText(question))")
            if !question.accepted.isEmpty {
                lines.append("   Also accepted: \(question.accepted.joined(separator: "; "))")
            }
            if !question.explanation.isEmpty { lines.append("   Why: \(question.explanation)") }
            if let source = question.source { lines.append("   Source: \(sources[source] ?? source)") }
            lines.append(
                "   Tests: \(question.facts.joined(separator: ", ")) (\(question.statementKind.rawValue)) · id \(question.id)"
            )
        }
        return lines.map { TerminalText.sanitized($0) }.joined(separator: "\n") + "\n"
    }

    static func letter(_ offset: Int) -> String {
        String(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(offset % 26))))
    }

    /// The answer with its letters or numbers, as a learner would type it.
    static func answerText(_ question: Question) -> String {
        switch question.answer {
        case .option(let index): return "\(letter(index))) \(question.options[index])"
        case .options(let indices):
            return indices.map { "\(letter($0))) \(question.options[$0])" }.joined(separator: "; ")
        case .order(let indices): return indices.map(letter).joined(separator: " ") + " (" + question.answerText + ")"
        case .pairs(let partners):
            return partners.enumerated().map { "\($0.offset + 1)\(letter($0.element))" }.joined(separator: " ") + " ("
                + question.answerText + ")"
        default: return question.answerText
        }
    }

    /// The questions as one JSON array, keys sorted.
    package static func json(_ questions: [Question], record: Record) throws -> String {
        let sources = Dictionary(record.sources.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let values = questions.map { question -> JSONValue in
            var object: [String: JSONValue] = [
                "id": .string(question.id),
                "type": .string(question.kind.rawValue),
                "prompt": .string(question.prompt),
                "answer": answerValue(question),
                "accepted": .array(accepted(question).map(JSONValue.string)),
                "explanation": .string(question.explanation),
                "source": question.source.map { .string(sources[$0] ?? $0) } ?? .null,
                "kind": .string(question.statementKind.rawValue),
                "facts": .array(question.facts.map(JSONValue.string)),
                "template": .string(question.template),
                "tags": .array(question.tags.map(JSONValue.string)),
            ]
            if !question.options.isEmpty { object["choices"] = .array(question.options.map(JSONValue.string)) }
            if !question.left.isEmpty { object["left"] = .array(question.left.map(JSONValue.string)) }
            return .object(object)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(values), as: UTF8.self) + "\n"
    }

    /// Every answer accepted as fully right, canonical form first.
    static func accepted(_ question: Question) -> [String] {
        switch question.answer {
        case .text(let text): return [text] + question.accepted
        case .option(let index): return [question.options[index]] + question.accepted
        case .blanks(let blanks): return blanks.flatMap { $0 }
        default: return [question.answerText]
        }
    }

    static func answerValue(_ question: Question) -> JSONValue {
        switch question.answer {
        case .option(let index): return .string(question.options[index])
        case .options(let indices): return .array(indices.map { .string(question.options[$0]) })
        case .truth(let value): return .bool(value)
        case .text(let text): return .string(text)
        case .number(let value, _, _, _): return .number(value)
        case .date(let date): return .string(date.text)
        case .order(let indices): return .array(indices.map { .string(question.options[$0]) })
        case .pairs(let partners):
            return .array(
                zip(question.left, partners).map {
                    .object(["left": .string($0), "right": .string(question.options[$1])])
                })
        case .blanks(let blanks): return .array(blanks.map { .string($0.first ?? "") })
        }
    }
}
