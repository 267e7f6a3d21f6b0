extension AnswerGrader {
    // MARK: - Numbers

    /// How far from the value an answer to an approximate figure may be: 10%.
    static let approximateWindow = 0.1

    func gradeNumber(
        _ typed: String, value: Double, tolerance: Double?, unit: String?, approximate: Bool, expected: String
    ) -> Verdict {
        guard let number = NumberReader.read(typed, unit: unit) else {
            // No figure and no number word ("Wuchale" at "how many?"): asked again, not graded.
            guard typed.contains(where: \.isNumber) || NumberReader.holdsNumberWord(typed) else {
                return .wrong(.unreadable("Type a number, in figures or in words."), expected)
            }
            return .wrong(.unknown, expected)
        }
        if abs(number - value) < 1e-9 * max(1, abs(value)) { return .correct(expected) }
        if let tolerance, abs(number - value) <= tolerance + 1e-9 { return .noted(.withinRange(expected), expected) }
        if approximate, abs(number - value) <= Self.approximateWindow * abs(value) {
            return .noted(.withinRange(expected), expected)
        }
        return .wrong(.wrongNumber, expected)
    }

    // MARK: - Dates

    /// Grades a date at the record's precision: a year for a date known to the day is partly
    /// right and says so; a span of years earns credit only when it is no wider than what is
    /// asked (a year inside an approximate date's window, the decade of "194X"); an interval is
    /// right by its two ends.
    func gradeDate(_ typed: String, _ date: HistoricalDate, expected: String) -> Verdict {
        guard let answer = DateAnswerReader.read(typed), let span = date.yearSpan else {
            // "4/5/1948" is 4 May or 5 April: asked again, not marked wrong.
            if DateAnswerReader.isAmbiguousNumericDay(typed) {
                return .wrong(
                    .unreadable("Write the month as a word (4 May 1948): in figures, day and month could be either."),
                    expected)
            }
            return .wrong(.unknown, expected)
        }
        let width = DateAnswerReader.gap(answer.first, answer.last) + 1
        guard case .date(let point) = date.start, date.end == nil else {
            return gradeInterval(answer, span: span, width: width, expected: expected)
        }
        // Approximate dates get a window of one year each side, two when also uncertain (`%`).
        let widen = point.isApproximate ? (point.isUncertain ? 2 : 1) : 0
        let window = (span.lowerBound - widen)...(span.upperBound + widen)
        if width > 1 {
            if answer.first == span.lowerBound && answer.last == span.upperBound { return .correct(expected) }
            if width <= window.count, window.contains(answer.first), window.contains(answer.last) {
                return .noted(.withinRange(expected), expected)
            }
            if answer.first <= span.upperBound && span.lowerBound <= answer.last {
                return .wrong(.tooWide(years: width), expected)
            }
        } else if span.contains(answer.first) {
            return gradeDay(answer, point: point, expected: expected)
        } else if window.contains(answer.first) {
            return .noted(.withinRange(expected), expected)
        }
        return .wrong(.nearDate(yearsOff: yearsOff(answer, span)), expected)
    }

    /// A right year, against a date known to the month or the day.
    private func gradeDay(_ answer: DateAnswerReader.Answer, point: HistoricalDate.Point, expected: String)
        -> Verdict
    {
        guard let month = point.month, !point.hasUnspecifiedParts else { return .correct(expected) }
        let asked = point.day == nil ? "month" : "day"
        guard let typedMonth = answer.month else {
            return .partly(0.5, expected, note: .partOfDate("the year is right; the text gives the \(asked)"))
        }
        guard typedMonth == month else {
            let wrong = point.day == nil ? "month" : "day and month"
            return .partly(0.5, expected, note: .partOfDate("the year is right, not the \(wrong)"))
        }
        guard let day = point.day else { return .correct(expected) }
        if answer.day == day { return .correct(expected) }
        let part =
            answer.day == nil
            ? "the year and month are right; the text gives the day" : "the year and month are right, not the day"
        return .partly(0.75, expected, note: .partOfDate(part))
    }

    /// An interval: both ends right; a year inside it; or one end right and the other within two
    /// years of its own.
    private func gradeInterval(
        _ answer: DateAnswerReader.Answer, span: ClosedRange<Int>, width: Int, expected: String
    ) -> Verdict {
        if answer.first == span.lowerBound && answer.last == span.upperBound { return .correct(expected) }
        if width == 1, span.contains(answer.first) { return .noted(.withinRange(expected), expected) }
        let firstOff = DateAnswerReader.gap(answer.first, span.lowerBound)
        let lastOff = DateAnswerReader.gap(answer.last, span.upperBound)
        if width > 1, min(firstOff, lastOff) == 0, max(firstOff, lastOff) <= 2 { return .partly(0.5, expected) }
        return .wrong(.nearDate(yearsOff: yearsOff(answer, span)), expected)
    }

    private func yearsOff(_ answer: DateAnswerReader.Answer, _ span: ClosedRange<Int>) -> Int {
        min(
            DateAnswerReader.gap(answer.first, span.lowerBound), DateAnswerReader.gap(answer.last, span.upperBound),
            DateAnswerReader.gap(answer.first, span.upperBound), DateAnswerReader.gap(answer.last, span.lowerBound))
    }

    // MARK: - Ordering and matching

    /// Labels such as `3 1 2 4`, `c a b d` or `cabd`, read as option indices.
    private func labels(_ typed: String, count: Int) -> [Int]? {
        let lowered = typed.lowercased()
        let tokens = lowered.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        var indices: [Int] = []
        if tokens.count == 1, let only = tokens.first, only.count == count,
            only.allSatisfy({ $0.isLetter || $0.isNumber })
        {
            for character in only {
                guard let index = index(of: String(character), count: count) else { return nil }
                indices.append(index)
            }
            return indices
        }
        for token in tokens {
            guard let index = index(of: token, count: count) else { return nil }
            indices.append(index)
        }
        return indices
    }

    private func index(of label: String, count: Int) -> Int? {
        if let number = Int(label), (1...max(1, count)).contains(number) { return number - 1 }
        if label.count == 1, let index = label.unicodeScalars.first.flatMap(Self.index(ofLetter:)) {
            return index < count ? index : nil
        }
        return nil
    }

    /// An order to show as an example: `b c d a`.
    static func orderExample(_ count: Int) -> String {
        (0..<count).map { letter(($0 + 1) % count) }.joined(separator: " ")
    }

    /// A matching to show as an example: `1-c, 2-a, 3-b`.
    static func pairsExample(left: Int, options: Int) -> String {
        (1...max(1, left)).map { "\($0)-\(letter(($0 * 2) % max(1, options)))" }.joined(separator: ", ")
    }

    func gradeOrder(_ typed: String, question: Question, right: [Int]) -> Verdict {
        let expected = right.map(Self.letter).joined(separator: " ") + " (" + question.answerText + ")"
        guard let given = labels(typed, count: question.options.count), given.count == right.count,
            Set(given).count == given.count
        else {
            return .wrong(
                .unreadable(
                    "Put all \(right.count) in order, earliest first, by their letters: e.g. \(Self.orderExample(right.count))."
                ), expected)
        }
        let placed = zip(given, right).filter { $0 == $1 }.count
        return placed == right.count ? .correct(expected) : .partly(Double(placed) / Double(right.count), expected)
    }

    /// Pairs written `1c 2a 3b`, `1-c, 2-a`, `1c,2a` or `1:c`; or partners in turn, `c a b`.
    /// `nil` when they cannot be read as one partner for each left item.
    func pairing(_ typed: String, left: Int, options: Int) -> [Int]? {
        let tokens = typed.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        var given = [Int?](repeating: nil, count: left)
        var position = 0
        var numbered = !tokens.isEmpty
        while numbered && position < tokens.count {
            let token = tokens[position]
            let number = token.prefix { $0.isNumber }
            var partner = token.dropFirst(number.count)
            if partner.isEmpty, !number.isEmpty, position + 1 < tokens.count, tokens[position + 1].count == 1 {
                partner = Substring(tokens[position + 1])
                position += 1
            }
            position += 1
            guard let item = Int(number), (1...max(1, left)).contains(item), given[item - 1] == nil,
                partner.count == 1, let index = index(of: String(partner), count: options), options > 0,
                partner.first!.isLetter
            else {
                numbered = false
                break
            }
            given[item - 1] = index
        }
        if numbered, !given.contains(nil) { return given.compactMap { $0 } }
        if let sequence = labels(typed, count: options), sequence.count == left { return sequence }
        return nil
    }

    func gradePairs(_ typed: String, question: Question, right: [Int]) -> Verdict {
        let expected = right.enumerated().map { "\($0.offset + 1)\(Self.letter($0.element))" }.joined(separator: " ")
        guard let given = pairing(typed, left: right.count, options: question.options.count) else {
            let example = Self.pairsExample(left: right.count, options: question.options.count)
            return .wrong(
                .unreadable("Pair each of the \(right.count) items with a letter: e.g. \(example)."), expected)
        }
        let matched = zip(given, right).filter { $0 == $1 }.count
        return matched == right.count ? .correct(expected) : .partly(Double(matched) / Double(right.count), expected)
    }

    // MARK: - Cloze

    /// One answer per blank, separated by `;` or `|`, or by commas that do not group digits
    /// ("250,000" is one answer).
    func gradeBlanks(_ typed: String, blanks: [[String]], question: Question) -> Verdict {
        let expected = blanks.map { $0.first ?? "" }.joined(separator: "; ")
        guard blanks.count > 1 else {
            guard let forms = blanks.first, let canonical = forms.first else { return .wrong(.unknown, expected) }
            var verdict = matchText(typed, canonical: canonical, accepted: Array(forms.dropFirst()), question: question)
                .verdict
            verdict.expected = expected
            return verdict
        }
        let parts = Self.blankAnswers(typed)
        guard parts.count == blanks.count else {
            return .wrong(
                .unreadable("Fill in all \(blanks.count) blanks in turn, separated by ';': e.g. first; second."),
                expected)
        }
        let verdicts = zip(parts, blanks).map { part, forms in
            matchText(part, canonical: forms.first ?? "", accepted: Array(forms.dropFirst()), question: question)
                .verdict
        }
        let right = verdicts.filter(\.isCorrect).count
        if right == blanks.count {
            return verdicts.contains { $0.outcome == .correctWithNote }
                ? .noted(.typo(expected), expected) : .correct(expected)
        }
        return .partly(Double(right) / Double(blanks.count), expected)
    }

    /// The answers to several blanks: split on `;` or `|` when there are any, else on commas
    /// that do not group digits.
    static func blankAnswers(_ typed: String) -> [String] {
        if typed.contains(where: { $0 == ";" || $0 == "|" }) {
            return typed.split(whereSeparator: { $0 == ";" || $0 == "|" }).map(String.init).filter {
                !Normalizer.normalize($0).isEmpty
            }
        }
        let characters = Array(typed)
        var parts: [String] = []
        var part = ""
        for (offset, character) in characters.enumerated() {
            if character == "," {
                let before = offset > 0 && characters[offset - 1].isNumber
                let group = characters[(offset + 1)...].prefix { $0.isNumber }.count
                if !(before && group == 3) {
                    parts.append(part)
                    part = ""
                    continue
                }
            }
            part.append(character)
        }
        parts.append(part)
        return parts.filter { !Normalizer.normalize($0).isEmpty }
    }
}
