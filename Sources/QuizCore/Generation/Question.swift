/// A question ready to ask: generated from the record or authored, with everything needed to
/// show it, grade it and explain it.
public struct Question: Sendable, Hashable {
    /// The kinds of question; the same nine an author can write.
    public typealias Kind = AuthoredQuestion.Kind

    /// What counts as right.
    public enum Answer: Sendable, Hashable {
        /// Multiple choice: the index of the right option.
        case option(Int)
        /// Multiple answers: the indices of every right option.
        case options([Int])
        /// True or false.
        case truth(Bool)
        /// A typed answer; other accepted forms are in `accepted`.
        case text(String)
        /// A number.
        case number(Double, tolerance: Double?, unit: String?, approximate: Bool)
        /// A date or a span of years.
        case date(HistoricalDate)
        /// Ordering: indices into `options`, earliest first.
        case order([Int])
        /// Matching: for each item of `left`, the index of its partner in `options`.
        case pairs([Int])
        /// Cloze: the accepted answers for each blank, in order.
        case blanks([[String]])
    }

    /// Stable id: the template and the ids of the record items, or the authored id. Progress is
    /// keyed on `facts`, so neither rewording nor a new seed loses a learner's history.
    public var id: String
    /// Which of the nine kinds.
    public var kind: Kind
    /// What is asked.
    public var prompt: String
    /// Options (choice questions, true/false), items to order, or the right-hand column of a
    /// matching question.
    public var options: [String]
    /// The left-hand column of a matching question.
    public var left: [String]
    /// What counts as right.
    public var answer: Answer
    /// Other accepted forms of a typed answer (aliases, alternatives).
    public var accepted: [String]
    /// The record's statement behind the question, shown after the answer.
    public var explanation: String
    /// The source's id.
    public var source: String?
    /// Whether what is tested is a fact, a position or a claim.
    public var statementKind: Statement.Kind
    /// Ids of the record items the question tests.
    public var facts: [String]
    /// The template that made it, or "authored".
    public var template: String
    /// Topics.
    public var tags: [String]
    /// Authors' weights and feedback by option or accepted answer.
    public var notes: [String: AuthoredQuestion.Note] = [:]
    /// Accepted answers written as patterns (see `AuthoredQuestion.patterns`).
    public var patterns: [String] = []
    /// The entity a generated question turns on: the blank's answer, or the name a false item
    /// swaps out.
    var subject: String?
    /// Entities offered against `subject`: wrong options, or the name a false item swaps in. The
    /// critic judges each by what the record says of it.
    var rivals: [String] = []
    /// Feedback after a wrong answer, and after a right one.
    public var wrongFeedback: String?
    public var rightFeedback: String?

    /// The right answer as a person would say it.
    public var answerText: String {
        switch answer {
        case .option(let index): return options[index]
        // Sentences lose their full stops when joined, or the list reads "….; …".
        case .options(let indices): return indices.map { Self.withoutFullStop(options[$0]) }.joined(separator: "; ")
        case .truth(let value): return value ? "True" : "False"
        case .text(let text): return text
        case .number(let value, let tolerance, let unit, let approximate):
            var text = Self.format(value)
            if let tolerance, tolerance > 0 { text += " (± \(Self.format(tolerance)))" }
            if let unit { text += " \(unit)" }
            return approximate ? "about " + text : text
        case .date(let date): return DateLabel.text(for: date)
        case .order(let indices): return indices.map { options[$0] }.joined(separator: " → ")
        case .pairs(let partners):
            return zip(left, partners).map { "\($0) → \(options[$1])" }.joined(separator: "; ")
        case .blanks(let blanks): return blanks.map { $0.first ?? "" }.joined(separator: "; ")
        }
    }

    /// Whether the prompt states a right answer outright: a typed answer, a blank's answer, the
    /// single right option or the number. Generated questions that do are dropped.
    var promptLeaksAnswer: Bool {
        var answers: [String] = []
        switch answer {
        case .text(let text): answers = [text] + accepted
        case .blanks(let blanks): answers = blanks.flatMap { $0 }
        case .option(let index) where options.indices.contains(index): answers = [options[index]] + accepted
        case .number(let value, _, _, _): answers = [Self.format(value)]
        default: return false
        }
        return TextTools.leaks(answers, in: prompt)
    }

    /// The forms of a single named answer, for checking that no other question prints it.
    var typedAnswers: [String] {
        switch answer {
        case .text(let text): return [text] + accepted
        case .blanks(let blanks): return blanks.flatMap { $0 }
        case .option(let index) where options.indices.contains(index): return [options[index]] + accepted
        default: return []
        }
    }

    /// Every form in which another question could print this one's answer: names with and
    /// without "the", a number in figures and, up to a hundred, in words, a year.
    var leakForms: [String] {
        var forms: [String]
        switch answer {
        case .number(let value, _, let unit, _):
            forms = [Self.format(value)]
            if value == value.rounded(), let words = Self.words(Int(value)) { forms.append(words) }
            // A small count ("three") stands in many texts for other things ("three other
            // colonies"): it gives this answer away only with its unit ("three shiploads").
            if value == value.rounded(), value <= 12, let unit, !unit.isEmpty {
                forms = forms.map { "\($0) \(unit)" }
            }
        case .date(let date):
            if case .date(let point) = date.start, date.end == nil, let day = point.day, let month = point.month {
                // A date to the day is given away by the day, as the record or a summary prints
                // it ("20 June 1756", "June 20, 1756"); the year alone only narrows it.
                let name = DateLabel.months[month - 1]
                forms = [
                    DateLabel.text(for: date), "\(name) \(day), \(point.year)", "\(name) \(day)", "\(day) \(name)",
                ]
            } else {
                forms =
                    date.yearSpan.map { span in Array(Set([span.lowerBound, span.upperBound])).map(String.init) } ?? []
            }
        default:
            forms = typedAnswers
        }
        // A plural name is given away by its singular too: "the Bolshevik Revolution" points to
        // the Bolsheviks.
        let singular = forms.compactMap { form -> String? in
            guard let last = form.split(separator: " ").last, last.count >= 5, last.first?.isUppercase == true,
                last.hasSuffix("s"), !last.hasSuffix("ss"), !last.hasSuffix("is"), !last.hasSuffix("us")
            else { return nil }
            return String(form.dropLast())
        }
        forms += singular
        return forms + forms.compactMap { $0.lowercased().hasPrefix("the ") ? String($0.dropFirst(4)) : nil }
    }

    /// How many words a text has, counted by its spaces, with no copy.
    static func words(_ text: String) -> Int {
        var spaces = 0
        for byte in text.utf8 where byte == 0x20 { spaces += 1 }
        return text.isEmpty ? 0 : spaces + 1
    }

    /// Whether a text gives a figure: in digits, grouped or not ("250,000", "250000"), or, up to a
    /// hundred, in words ("fifty").
    static func printsFigure(_ value: Double, in text: String) -> Bool {
        let grouped = format(value)
        var forms = [grouped]
        if grouped.utf8.contains(UInt8(ascii: ",")) { forms.append(grouped.replacingAll(",", with: "")) }
        if value == value.rounded(), let words = words(Int(value)) { forms.append(words) }
        // "voted against him twice": a count of times, said as an adverb.
        if value == value.rounded(), (1...3).contains(value) {
            forms.append(["once", "twice", "thrice"][Int(value) - 1])
        }
        return TextTools.leaks(forms, in: text)
    }

    /// Whether a word is a whole number up to a hundred in words ("fifty", "twenty-one").
    static func words(from word: String) -> Bool {
        numberWords.contains(word)
    }

    static let numberWords: Set<String> = Set((0...100).compactMap { words($0) })

    /// A whole number up to a hundred in words: "fifty", "twenty-one".
    static func words(_ number: Int) -> String? {
        let small = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ]
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        switch number {
        case 0..<20: return small[number]
        case 20..<100: return tens[number / 10 - 2] + (number % 10 == 0 ? "" : "-" + small[number % 10])
        case 100: return "a hundred"
        default: return nil
        }
    }

    /// What a learner reads in the question: its prompt, its options (a wrong option still ties a
    /// name to the subject: "Italy's withdrawal from Somalia"), and the items it pairs.
    var shownText: String {
        ([prompt] + shownItems).joined(separator: "\n")
    }

    /// The options and paired items a learner reads beside the prompt. Options that are phrases
    /// state something; a bare name or label ("Jordan", "as a rumour", "the text's author")
    /// states nothing about any other question.
    var shownItems: [String] {
        (kind == .trueFalse ? [] : options.filter { Self.words($0) >= 4 }) + left
    }

    /// A text without one final full stop.
    static func withoutFullStop(_ text: String) -> String {
        text.hasSuffix(".") && !text.hasSuffix("..") ? String(text.dropLast()) : text
    }

    static func format(_ value: Double) -> String {
        guard value == value.rounded(), abs(value) < 1e15 else { return "\(value)" }
        let digits = String(Int(value).magnitude)
        var grouped = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += "," }
            grouped.append(character)
        }
        return (value < 0 ? "-" : "") + grouped
    }
}
