import FoundationEssentials

/// Reads dates and years as people type them: `1948`, `in 1948`, `May 1948`, `14 May 1948`,
/// `May 14, 1948`, `1948-05-14`, `1947-1949`, `between 1947 and 1949`, `the 1940s`, `44 BC`, and
/// a year among framing words: `the year 1948`, `around 1948`, `c. 1948`, `it was 1948`.
enum DateAnswerReader {
    /// Years further than this from year 0 are not read: no date a bank holds is near, and sums
    /// and differences of years then never overflow.
    static let yearLimit = 1_000_000_000_000

    /// Words around a date that say nothing about it.
    private static let framing: Set<String> = [
        "in", "the", "year", "from", "between", "around", "about", "c", "ca", "circa", "of", "on", "ad", "ce", "it",
        "was", "is", "approximately", "roughly", "probably", "maybe", "i", "think", "during", "by", "early", "late",
    ]

    /// How many years apart two years are, saturating instead of overflowing.
    static func gap(_ a: Int, _ b: Int) -> Int {
        let (difference, overflow) = a.subtractingReportingOverflow(b)
        return overflow || difference == .min ? .max : abs(difference)
    }
    /// A typed date: a span of years, and the month and day when given.
    struct Answer: Equatable {
        var first: Int
        var last: Int
        var month: Int?
        var day: Int?
    }

    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        for (offset, name) in DateLabel.months.enumerated() {
            table[name.lowercased()] = offset + 1
            table[String(name.lowercased().prefix(3))] = offset + 1
        }
        table["sept"] = 9
        return table
    }()

    static func read(_ text: String) -> Answer? {
        let lowered = text.lowercased().replacingAll("b.c.e.", with: "bce").replacingAll("b.c.", with: "bc")
        // ISO and EDTF forms first: 1948-05-14, 1948-05, -0043, 1948~, 1947/1949.
        let bare = lowered.trimmingCharacters(in: " .~?%")
        if let iso = isoDate(bare) { return iso }
        if let slash = bare.firstIndex(of: "/"),
            let first = isoDate(String(bare[..<slash]).trimmingCharacters(in: "~?%")),
            let last = isoDate(String(bare[bare.index(after: slash)...]).trimmingCharacters(in: "~?%"))
        {
            return Answer(first: min(first.first, last.first), last: max(first.last, last.last), month: nil, day: nil)
        }
        if let numeric = numericDay(bare) { return numeric }
        var tokens: [String] = []
        var current = ""
        for character in lowered {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else {
                if !current.isEmpty { tokens.append(current) }
                current = ""
                if character == "-" || character == "–" || character == "—" || character == "/" { tokens.append("to") }
            }
        }
        if !current.isEmpty { tokens.append(current) }
        // An era word makes any number a year: "44 BC", "AD 800".
        let eraGiven = tokens.contains { ["bc", "bce", "ad", "ce"].contains($0) }
        tokens = tokens.filter { !framing.contains($0) }
        // Era: "44 BC" is astronomical -43.
        var bce = false
        if let last = tokens.last, ["bc", "bce"].contains(last) {
            bce = true
            tokens.removeLast()
        }
        let parts = tokens.split { $0 == "to" || $0 == "and" || $0 == "until" }
        guard (1...2).contains(parts.count) else { return nil }
        guard var first = point(Array(parts[0]), eraGiven: eraGiven) else { return nil }
        if bce {
            first.first = 1 - first.first
            first.last = 1 - first.last
        }
        if parts.count == 2 {
            guard var second = point(Array(parts[1]), eraGiven: eraGiven) else { return nil }
            if bce {
                second.first = 1 - second.first
                second.last = 1 - second.last
            }
            return Answer(
                first: min(first.first, second.first), last: max(first.last, second.last), month: nil, day: nil)
        }
        return first
    }

    /// A day written in figures, `16/5/1916` or `16.5.1916`, day and month in either order where
    /// one of them is over 12 and so cannot be the month (`5/16/1916` too). Where both could be
    /// the month, and differ, the date is not read: the learner is asked again, in words.
    static func numericDay(_ text: String) -> Answer? {
        guard let (first, second, year) = figures(text) else { return nil }
        let day: Int
        let month: Int
        if (1...12).contains(second), first > 12 || first == second {
            (day, month) = (first, second)
        } else if (1...12).contains(first), second > 12 {
            (day, month) = (second, first)
        } else {
            return nil
        }
        guard (1...31).contains(day) else { return nil }
        return Answer(first: year, last: year, month: month, day: day)
    }

    /// Whether a text is a day in figures whose day and month could be read either way
    /// (`4/5/1948`).
    static func isAmbiguousNumericDay(_ text: String) -> Bool {
        guard let (first, second, _) = figures(text.trimmingCharacters(in: " ")) else { return false }
        return (1...12).contains(first) && (1...12).contains(second) && first != second
    }

    /// The three numbers of a day in figures: one or two digits, one or two, then a four-digit
    /// year, between "/" or ".".
    private static func figures(_ text: String) -> (Int, Int, Int)? {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "." }
        guard parts.count == 3,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4, let first = Int(parts[0]),
            let second = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        return (first, second, year)
    }

    /// `1948`, `1948-05`, `1948-05-14`, and astronomical `-0043` (44 BCE): four-digit years only.
    private static func isoDate(_ text: String) -> Answer? {
        var body = Substring(text)
        var sign = 1
        if body.first == "-" {
            sign = -1
            body = body.dropFirst()
        }
        let pieces = body.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(pieces.count), pieces[0].count == 4, pieces[0].allSatisfy(\.isASCII),
            pieces[0].allSatisfy(\.isNumber),
            let year = Int(pieces[0])
        else { return nil }
        guard pieces.count > 1 || sign < 0 || text.count == 4 else { return nil }
        var answer = Answer(first: sign * year, last: sign * year, month: nil, day: nil)
        if pieces.count >= 2 {
            guard pieces[1].count == 2, let month = Int(pieces[1]), (1...12).contains(month) else { return nil }
            answer.month = month
        }
        if pieces.count == 3 {
            guard pieces[2].count == 2, let day = Int(pieces[2]), (1...31).contains(day) else { return nil }
            answer.day = day
        }
        return answer
    }

    /// "1948", "may 1948", "14 may 1948", "may 14 1948", "1940s".
    private static func point(_ tokens: [String], eraGiven: Bool) -> Answer? {
        var year: Int?
        var month: Int?
        var day: Int?
        var decade = false
        for token in tokens {
            if let value = Int(token) {
                if token.count >= 3 || (eraGiven && tokens.count == 1) {
                    guard year == nil else { return nil }
                    year = value
                } else {
                    // Two digits are a day, never a year: "82" could be 1982 or 82.
                    guard day == nil, (1...31).contains(value) else { return nil }
                    day = value
                }
            } else if token.hasSuffix("s"), let value = Int(token.dropLast()), value % 10 == 0, token.count >= 4 {
                year = value
                decade = true
            } else if let number = months[token] {
                guard month == nil else { return nil }
                month = number
            } else if ["st", "nd", "rd", "th"].contains(where: { token.hasSuffix($0) }),
                let value = Int(token.dropLast(2)),
                (1...31).contains(value)
            {
                day = value
            } else {
                return nil
            }
        }
        guard let year, abs(year) <= yearLimit else { return nil }
        if day != nil && month == nil { return nil }
        if decade { return Answer(first: year, last: year + 9, month: nil, day: nil) }
        return Answer(first: year, last: year, month: month, day: day)
    }
}
