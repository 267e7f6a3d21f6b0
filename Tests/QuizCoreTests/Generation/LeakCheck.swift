import Foundation

@testable import QuizCore

/// Whether a prompt gives its answer away: a check of the tests' own, kept apart from the
/// generator's filter (`Question.promptLeaksAnswer`, built on `TextTools`) and simpler than it,
/// so that a blind spot in one is not a blind spot in the other.
///
/// Both texts become lists of words (lower case, accents and punctuation gone, digit groups
/// joined); the prompt leaks when the answer's words appear in it in a row.
enum LeakCheck {
    /// Letters that carry no combining mark to strip, spelled out.
    static let plainLetters: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "þ": "th",
    ]

    /// The words of a text: lower case, accents dropped, anything but a letter or a digit a
    /// break, except a comma inside a number ("250,000" is one word).
    static func words(_ text: String) -> [String] {
        let scalars = Array(text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars)
        var words: [String] = []
        var word = ""
        for (offset, scalar) in scalars.enumerated() {
            if isMark(scalar) { continue }
            if let plain = plainLetters[scalar] {
                word += plain
            } else if scalar.properties.isAlphabetic || isDigit(scalar) {
                word.unicodeScalars.append(scalar)
            } else if scalar == ",", offset > 0, offset + 1 < scalars.count, isDigit(scalars[offset - 1]),
                isDigit(scalars[offset + 1])
            {
                continue
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// A combining mark (an accent once a letter is decomposed).
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// Whether the words of `answer` appear in a row among the words of `prompt`. An answer
    /// that starts with "the" also leaks without it ("the PLO" in "What did the PLO want?").
    static func leaks(_ answer: String, in prompt: String) -> Bool {
        let promptWords = words(prompt)
        var forms = [words(answer)]
        if let first = forms[0].first, first == "the", forms[0].count > 1 { forms.append(Array(forms[0].dropFirst())) }
        return forms.contains { form in
            guard !form.isEmpty, form.count <= promptWords.count else { return false }
            return (0...(promptWords.count - form.count)).contains { start in
                Array(promptWords[start..<(start + form.count)]) == form
            }
        }
    }
}

extension LeakCheck {
    /// What a question's prompt must not say: every form the grader takes as right (a typed
    /// answer and its accepted forms, such as an entity's aliases; a blank's answers; the single
    /// right option and its accepted forms), the number, and the years of a date. An alias the
    /// grader does not take is no leak: "What does PLO stand for?" asks for the expansion.
    static func forbiddenForms(of question: Question) -> [String] {
        let forms: [String]
        switch question.answer {
        case .text(let text): forms = [text] + question.accepted
        case .blanks(let blanks): forms = blanks.flatMap { $0 }
        case .option(let index) where question.options.indices.contains(index):
            forms = [question.options[index]] + question.accepted
        case .number(let value, _, _, _):
            forms = [value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)]
        case .date(let date):
            guard let span = date.yearSpan else { return [] }
            forms = Set([span.lowerBound, span.upperBound]).map { $0 > 0 ? String($0) : "\(1 - $0) BCE" }
        default: forms = []
        }
        return forms
    }

    /// The forms of the answer that the prompt states, if any.
    static func leaked(_ question: Question) -> [String] {
        forbiddenForms(of: question).filter { leaks($0, in: question.prompt) }
    }
}
