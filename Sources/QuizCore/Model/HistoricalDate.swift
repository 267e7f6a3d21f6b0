/// A date as history knows it: written in a subset of EDTF (ISO 8601-2), with its precision,
/// qualifiers and, for intervals, two ends.
///
/// Supported forms: `1948`, `1948-05`, `1948-05-14`, negative (astronomical) years `-0043`, long
/// years `Y12000`, unspecified digits `194X`, `19XX`, `1948-XX`, seasons `1948-21`…`1948-24`,
/// qualifiers `?` (uncertain), `~` (approximate) and `%` (both) at the end, and intervals
/// `1947/1949` whose ends may be open (`..`) or unknown (empty). Years are astronomical: `0000` is
/// 1 BCE. Dates are proleptic Gregorian.
public struct HistoricalDate: Sendable, Hashable, CustomStringConvertible {
    /// One end of an interval.
    public enum Bound: Sendable, Hashable {
        /// A known date.
        case date(Point)
        /// No end: the span goes on (`..`).
        case open
        /// An end that exists but is not known (written empty).
        case unknown
    }

    /// A single date of some precision.
    public struct Point: Sendable, Hashable {
        /// The year, astronomical; for `194X` the lowest year covered.
        public var year: Int
        /// How many trailing year digits are unspecified (`194X` is 1, `19XX` is 2).
        public var unspecifiedYearDigits: Int
        /// The month, 1–12, when known.
        public var month: Int?
        /// A season, 21–24 (spring, summer, autumn, winter), in place of a month.
        public var season: Int?
        /// The day of the month, when known.
        public var day: Int?
        /// `true` when the month or day is written `XX`: that part exists but is not known.
        public var hasUnspecifiedParts: Bool
        /// `?`: the source may be wrong.
        public var isUncertain: Bool
        /// `~`: roughly this date.
        public var isApproximate: Bool

        /// The first and last year this point can mean.
        public var yearRange: ClosedRange<Int> {
            let width = [1, 10, 100][unspecifiedYearDigits]
            return year...(year + width - 1)
        }
    }

    /// The text as written in the bank.
    public let text: String
    /// The date, or the start of an interval.
    public let start: Bound
    /// The end of an interval; `nil` for a single date.
    public let end: Bound?

    /// Whether the date is one point rather than an interval.
    public var isInterval: Bool { end != nil }

    public var description: String { text }

    /// Parses EDTF text.
    ///
    /// - Parameter text: The date as written, such as `1948-05-14` or `1947/1949`.
    /// - Throws: `HistoricalDate.ParseError` saying what is wrong.
    public init(parsing text: String) throws(ParseError) {
        self.text = text
        let trimmed = text
        guard !trimmed.isEmpty else { throw ParseError(message: "the date is empty") }
        if let slash = trimmed.firstIndex(of: "/") {
            let first = String(trimmed[..<slash])
            let second = String(trimmed[trimmed.index(after: slash)...])
            guard !second.contains("/") else { throw ParseError(message: "an interval has exactly one '/'") }
            let start = try Self.bound(first)
            let end = try Self.bound(second)
            if case .unknown = start, case .unknown = end {
                throw ParseError(message: "an interval needs at least one known end")
            }
            if case .open = start, case .open = end {
                throw ParseError(message: "an interval needs at least one known end")
            }
            if case .date(let a) = start, case .date(let b) = end, a.earliestDay > b.latestDay {
                throw ParseError(message: "the interval ends (\(second)) before it starts (\(first))")
            }
            self.start = start
            self.end = end
        } else {
            guard trimmed != ".." else { throw ParseError(message: "'..' is only allowed as an end of an interval") }
            self.start = .date(try Self.point(trimmed))
            self.end = nil
        }
    }

    /// Why a date could not be read.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong.
        public var message: String
        public var description: String { message }
    }

    private static func bound(_ text: String) throws(ParseError) -> Bound {
        if text.isEmpty { return .unknown }
        if text == ".." { return .open }
        return .date(try point(text))
    }

    private static func point(_ text: String) throws(ParseError) -> Point {
        // Works on bytes: every valid form is ASCII, and banks hold a great many dates.
        var body = Array(text.utf8)[...]
        var uncertain = false
        var approximate = false
        switch body.last {
        case UInt8(ascii: "?"): uncertain = true
        case UInt8(ascii: "~"): approximate = true
        case UInt8(ascii: "%"):
            uncertain = true
            approximate = true
        default: break
        }
        if uncertain || approximate { body = body.dropLast() }
        if let last = body.last, last == UInt8(ascii: "?") || last == UInt8(ascii: "~") || last == UInt8(ascii: "%") {
            throw ParseError(message: "'\(text)' has more than one qualifier; use '%' for uncertain and approximate")
        }
        var negative = false
        var longYear = false
        if body.first == UInt8(ascii: "Y") {
            longYear = true
            body = body.dropFirst()
        }
        if body.first == UInt8(ascii: "-") {
            negative = true
            body = body.dropFirst()
        }
        let parts = body.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), let yearText = parts.first else {
            throw ParseError(message: "'\(text)' is not a date like 1948, 1948-05 or 1948-05-14")
        }

        // The year.
        let unspecified = yearText.reversed().prefix { $0 == UInt8(ascii: "X") }.count
        let yearDigits = yearText.dropLast(unspecified)
        guard let digits = number(yearDigits) else {
            throw ParseError(message: "'\(text)' does not start with a year of four digits")
        }
        if longYear {
            guard unspecified == 0, parts.count == 1, yearText.count > 4, yearText.count <= 12 else {
                throw ParseError(message: "'\(text)': a 'Y' year has 5 to 12 digits and no month or day")
            }
        } else {
            guard yearText.count == 4 else {
                if yearText.count > 4 {
                    let written = String(decoding: yearText, as: UTF8.self)
                    throw ParseError(
                        message:
                            "'\(text)': a year of more than four digits is written with a 'Y' prefix, as in Y\(written)"
                    )
                }
                throw ParseError(message: "'\(text)': the year needs four digits (write 0800 for 800)")
            }
            guard unspecified <= 2 else {
                throw ParseError(message: "'\(text)': at most the last two digits of a year may be X")
            }
        }
        if unspecified > 0 && negative {
            throw ParseError(message: "'\(text)': unspecified digits in a negative year are not supported")
        }
        let year = (negative ? -1 : 1) * digits * [1, 10, 100][unspecified]

        var point = Point(
            year: year, unspecifiedYearDigits: unspecified, month: nil, season: nil, day: nil,
            hasUnspecifiedParts: false, isUncertain: uncertain, isApproximate: approximate)
        guard parts.count > 1 else { return point }
        if unspecified > 0 {
            throw ParseError(message: "'\(text)': a year with X digits cannot have a month or day")
        }

        // The month or season.
        let monthText = parts[1]
        guard monthText.count == 2 else { throw ParseError(message: "'\(text)': the month needs two digits") }
        if monthText.elementsEqual("XX".utf8) {
            point.hasUnspecifiedParts = true
        } else {
            guard let month = number(monthText) else { throw ParseError(message: "'\(text)' has an unreadable month") }
            switch month {
            case 1...12: point.month = month
            case 21...24: point.season = month
            default:
                throw ParseError(
                    message:
                        "'\(text)': month \(String(decoding: monthText, as: UTF8.self)) is not 01–12 (or a season 21–24)"
                )
            }
        }
        guard parts.count > 2 else { return point }

        // The day.
        let dayText = parts[2]
        guard dayText.count == 2 else { throw ParseError(message: "'\(text)': the day needs two digits") }
        guard point.season == nil else { throw ParseError(message: "'\(text)': a season has no day") }
        if dayText.elementsEqual("XX".utf8) {
            point.hasUnspecifiedParts = true
            return point
        }
        guard let day = number(dayText) else { throw ParseError(message: "'\(text)' has an unreadable day") }
        let limit = point.month.map { daysIn(month: $0, year: year) } ?? 31
        guard (1...limit).contains(day) else {
            throw ParseError(
                message: "'\(text)': day \(String(decoding: dayText, as: UTF8.self)) does not exist in that month")
        }
        point.day = day
        return point
    }

    /// The value of a run of ASCII digits; `nil` when empty or anything else is in it.
    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 12 else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// Days in a month of the proleptic Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension HistoricalDate.Point {
    /// A sortable day number for the first day this point can mean (year × 10,000 + month × 100 + day).
    var earliestDay: Int {
        let month = self.month ?? (season.map { ($0 - 21) * 3 + 3 } ?? 1)
        return year * 10_000 + month * 100 + (day ?? 1)
    }

    /// A sortable day number for the last day this point can mean.
    var latestDay: Int {
        let lastYear = yearRange.upperBound
        if let day, let month { return lastYear * 10_000 + month * 100 + day }
        if let month { return lastYear * 10_000 + month * 100 + 31 }
        if let season { return lastYear * 10_000 + ((season - 21) * 3 + 5) * 100 + 31 }
        return lastYear * 10_000 + 12 * 100 + 31
    }
}
