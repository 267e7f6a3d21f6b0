extension AnswerGrader {
    // MARK: - Numbers

    /// How far from the value an answer to an approximate figure may be: 10%.
    static let approximateWindow = 0.1

    func gradeNumber(
        _ typed: String, value: Double, tolerance: Double?, unit: String?, approximate: Bool, expected: String
    ) -> Verdict {
        guard let number = NumberReader.read(typed, unit: unit) else { return .wrong(.unknown, expected) }
        if abs(number - value) < 1e-9 * max(1, abs(value)) { return .correct(expected) }
        if let tolerance, abs(number - value) <= tolerance + 1e-9 { return .noted(.withinRange(expected), expected) }
        if approximate, abs(number - value) <= Self.approximateWindow * abs(value) {
            return .noted(.withinRange(expected), expected)
        }
        return .wrong(.wrongNumber, expected)
    }

    // MARK: - Dates

    func gradeDate(_ typed: String, _ date: HistoricalDate, expected: String) -> Verdict {
        guard let answer = DateAnswerReader.read(typed), let span = date.yearSpan else {
            return .wrong(.unknown, expected)
        }
        // Approximate dates get a window of one year each side, two when also uncertain (`%`).
        var widen = 0
        if case .date(let point) = date.start, date.end == nil, point.isApproximate {
            widen = point.isUncertain ? 2 : 1
        }
        let window = (span.lowerBound - widen)...(span.upperBound + widen)

        if date.isInterval {
            if answer.first == span.lowerBound && answer.last == span.upperBound { return .correct(expected) }
            if answer.first == answer.last, span.contains(answer.first) {
                return .noted(.withinRange(expected), expected)
            }
            let ends = (answer.first == span.lowerBound ? 1 : 0) + (answer.last == span.upperBound ? 1 : 0)
            if ends == 1 { return .partly(0.5, expected) }
        } else {
            if answer.first == answer.last {
                if span.contains(answer.first) { return .correct(expected) }
                if window.contains(answer.first) { return .noted(.withinRange(expected), expected) }
            } else if answer.first <= span.lowerBound && span.upperBound <= answer.last {
                // A range that contains the year: half credit for the right era, not the year.
                return .partly(0.5, expected)
            }
        }
        let off = min(
            abs(answer.first - span.lowerBound), abs(answer.last - span.upperBound),
            abs(answer.first - span.upperBound), abs(answer.last - span.lowerBound))
        return .wrong(.nearDate(yearsOff: off), expected)
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
        if let number = Int(label), (1...count).contains(number) { return number - 1 }
        if label.count == 1, let index = label.unicodeScalars.first.flatMap(Self.index(ofLetter:)) {
            return index < count ? index : nil
        }
        return nil
    }

    func gradeOrder(_ typed: String, question: Question, right: [Int]) -> Verdict {
        let expected = right.map(Self.letter).joined(separator: " ") + " (" + question.answerText + ")"
        guard let given = labels(typed, count: question.options.count), given.count == right.count,
            Set(given).count == given.count
        else { return .wrong(.unknown, expected) }
        let placed = zip(given, right).filter { $0 == $1 }.count
        return placed == right.count ? .correct(expected) : .partly(Double(placed) / Double(right.count), expected)
    }

    /// `1c 2a 3b`, or `c a b` (the partner of each left item in turn).
    func gradePairs(_ typed: String, question: Question, right: [Int]) -> Verdict {
        let expected = right.enumerated().map { "\($0.offset + 1)\(Self.letter($0.element))" }.joined(separator: " ")
        var given = [Int?](repeating: nil, count: right.count)
        let tokens = typed.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let paired = tokens.allSatisfy { $0.count >= 2 && $0.first!.isNumber && $0.last!.isLetter }
        if paired && !tokens.isEmpty {
            for token in tokens {
                guard let left = Int(token.dropLast()), (1...right.count).contains(left),
                    let partner = index(of: String(token.last!), count: question.options.count)
                else { return .wrong(.unknown, expected) }
                given[left - 1] = partner
            }
        } else if let sequence = labels(typed, count: question.options.count), sequence.count == right.count {
            given = sequence
        } else {
            return .wrong(.unknown, expected)
        }
        let matched = zip(given, right).filter { $0 == $1 }.count
        return matched == right.count ? .correct(expected) : .partly(Double(matched) / Double(right.count), expected)
    }

    // MARK: - Cloze

    /// One answer per blank, separated by `;`, `,` or `|` when there are several.
    func gradeBlanks(_ typed: String, blanks: [[String]], question: Question) -> Verdict {
        let expected = blanks.map { $0.first ?? "" }.joined(separator: "; ")
        guard blanks.count > 1 else {
            guard let forms = blanks.first, let canonical = forms.first else { return .wrong(.unknown, expected) }
            return gradeText(typed, canonical: canonical, accepted: Array(forms.dropFirst()), question: question)
        }
        let parts = typed.split(whereSeparator: { ";,|".contains($0) }).map(String.init)
        guard parts.count == blanks.count else { return .wrong(.unknown, expected) }
        let verdicts = zip(parts, blanks).map { part, forms in
            gradeText(part, canonical: forms.first ?? "", accepted: Array(forms.dropFirst()), question: question)
        }
        let right = verdicts.filter(\.isCorrect).count
        if right == blanks.count {
            return verdicts.contains { $0.outcome == .correctWithNote }
                ? .noted(.typo(expected), expected) : .correct(expected)
        }
        return .partly(Double(right) / Double(blanks.count), expected)
    }
}
