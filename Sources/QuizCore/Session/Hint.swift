import func Glibc.log10
import func Glibc.pow

/// Hints: each reveals a little more of the answer, and halves the credit the answer can earn.
enum Hint {
    /// The credit kept per hint taken.
    static let creditKept = 0.5

    /// The `level`-th hint (from 1) for a question, or `nil` when there is nothing more to give.
    static func text(for question: Question, level: Int) -> String? {
        switch question.answer {
        case .text(let text): return lettersHint(text, level: level)
        case .blanks(let blanks): return blanks.first.flatMap { $0.first }.flatMap { lettersHint($0, level: level) }
        case .option(let right):
            // Strike out one wrong option per hint, keeping at least two.
            let wrong = question.options.indices.filter { $0 != right }
            guard level < question.options.count - 1, level <= wrong.count else { return nil }
            let struck = wrong.prefix(level).map { "\(AnswerGrader.letter($0))) \(listed(question.options[$0]))" }
            return sentence("Not " + struck.joined(separator: ", not "))
        case .options(let right):
            guard level == 1 else { return nil }
            return "\(right.count) of the \(question.options.count) options are right."
        case .truth:
            return nil
        case .number(let value, _, _, _):
            guard level == 1, let digits = digitCount(value) else { return nil }
            return "A number of \(Plural.count(digits, "digit"))."
        case .date(let date):
            guard level == 1, let span = date.yearSpan, span.lowerBound > Int.min + 20 else { return nil }
            let decade = span.lowerBound - ((span.lowerBound % 10) + 10) % 10
            return span.lowerBound == span.upperBound ? "In the \(decade)s." : "It starts in the \(decade)s."
        case .order(let order):
            guard level < order.count - 1 else { return nil }
            return sentence(
                "First: "
                    + order.prefix(level).map { "\(AnswerGrader.letter($0))) \(listed(question.options[$0]))" }.joined(
                        separator: ", then "))
        case .pairs(let partners):
            guard level < partners.count else { return nil }
            return partners.prefix(level).enumerated().map {
                "\($0.offset + 1) goes with \(AnswerGrader.letter($0.element))"
            }
            .joined(separator: "; ")
        }
    }

    /// A hint with the credit an answer can still earn: "In the 1940s. (credit now 50%)", and
    /// "C······ (7 letters; credit now 25%)" when the hint ends in a parenthesis already.
    /// - Parameters:
    ///   - text: the hint.
    ///   - kept: the share of the credit left after every hint taken so far, 0 to 1.
    static func withCredit(_ text: String, kept: Double) -> String {
        let credit = "credit now \(Percent.text(kept))"
        if text.hasSuffix(")") { return text.dropLast() + "; \(credit))" }
        return "\(text) (\(credit))"
    }

    /// An option quoted in a list of them ("a) The treaty was signed"): without its own final
    /// full stop, which the list's comma or full stop replaces, unless the stop ends an
    /// abbreviation ("U.S.") or an ellipsis.
    static func listed(_ option: String) -> String {
        guard option.hasSuffix("."), !option.hasSuffix("..") else { return option }
        let lastWord = option.split(separator: " ").last.map { $0.dropLast() } ?? ""
        return lastWord.contains(".") ? option : String(option.dropLast())
    }

    /// `text` ending as a sentence does: with a full stop unless it ends in one, or in "?" or "!".
    static func sentence(_ text: String) -> String {
        text.hasSuffix(".") || text.hasSuffix("?") || text.hasSuffix("!") ? text : text + "."
    }

    private static func lettersHint(_ answer: String, level: Int) -> String? {
        let letters = answer.filter { $0.isLetter || $0.isNumber }.count
        let shown = min(level * 2 - 1, max(0, letters - 2))
        guard shown > 0 || level == 1 else { return nil }
        if level > 1 && shown >= letters - 2 { return nil }
        var revealed = ""
        var count = 0
        for character in answer {
            if character.isLetter || character.isNumber {
                revealed.append(count < max(1, shown) ? character : "·")
                count += 1
            } else {
                revealed.append(character)
            }
        }
        return "\(revealed) (\(Plural.count(letters, "letter")))"
    }

    /// The digits of a number's whole part, counted on the `Double` itself: no conversion to
    /// `Int` that a huge figure (9.2e18 and beyond) would overflow. `nil` for infinity or NaN.
    static func digitCount(_ value: Double) -> Int? {
        guard value.isFinite else { return nil }
        let whole = abs(value).rounded()
        guard whole >= 10 else { return 1 }
        // log10 gives the count to within one; exact powers of ten settle it.
        var digits = Int(log10(whole)) + 1
        if pow(10, Double(digits - 1)) > whole { digits -= 1 }
        if pow(10, Double(digits)) <= whole { digits += 1 }
        return digits
    }
}
