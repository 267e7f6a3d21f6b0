/// Dates as learners read them: "1982", "May 1948", "1947–1949", "about 1948".
enum DateLabel {
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    static let seasons = ["spring", "summer", "autumn", "winter"]

    /// A single date cut to its year ("1948-05-14" to "1948"), qualifiers kept; any other date
    /// as it is.
    static func yearOnly(_ date: HistoricalDate) -> HistoricalDate {
        guard date.end == nil, case .date(let point) = date.start,
            point.month != nil || point.season != nil || point.day != nil, (-9999...9999).contains(point.year)
        else { return date }
        let digits = String(abs(point.year))
        var text = (point.year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        switch (point.isApproximate, point.isUncertain) {
        case (true, true): text += "%"
        case (true, false): text += "~"
        case (false, true): text += "?"
        case (false, false): break
        }
        return (try? HistoricalDate(parsing: text)) ?? date
    }

    static func text(for date: HistoricalDate) -> String {
        let start = text(for: date.start)
        guard let end = date.end else { return start }
        switch (date.start, end) {
        case (_, .open): return "\(start) onwards"
        case (.open, _), (.unknown, _): return "until \(text(for: end))"
        case (_, .unknown): return "from \(start)"
        default: return "\(start)–\(text(for: end))"
        }
    }

    static func text(for bound: HistoricalDate.Bound) -> String {
        guard case .date(let point) = bound else { return "…" }
        var text = year(point)
        if let season = point.season { text = "\(seasons[season - 21]) \(text)" }
        if let month = point.month { text = "\(months[month - 1]) \(text)" }
        if let day = point.day { text = "\(day) \(text)" }
        if point.isApproximate { text = "about " + text }
        if point.isUncertain { text += " (uncertain)" }
        return text
    }

    static func year(_ point: HistoricalDate.Point) -> String {
        if point.unspecifiedYearDigits == 1 { return "the \(point.year)s" }
        if point.unspecifiedYearDigits == 2 { return "the \(point.year / 100 + 1)th century" }
        return point.year <= 0 ? "\(1 - point.year) BCE" : "\(point.year)"
    }
}

extension HistoricalDate {
    /// Whether the date is a single day ("1756-06-20").
    var isToTheDay: Bool {
        if case .date(let point) = start, end == nil { return point.day != nil }
        return false
    }

    /// The first and last year the date can mean, when both are known.
    var yearSpan: ClosedRange<Int>? {
        switch (start, end) {
        case (.date(let point), nil): return point.yearRange
        case (.date(let first), .date(let last)?): return first.yearRange.lowerBound...last.yearRange.upperBound
        default: return nil
        }
    }

    /// The first and last day the date can mean, as sortable day numbers; `nil` for an open or
    /// unknown end.
    var daySpan: ClosedRange<Int>? {
        switch (start, end) {
        case (.date(let point), nil): return point.earliestDay...point.latestDay
        case (.date(let first), .date(let last)?): return first.earliestDay...last.latestDay
        default: return nil
        }
    }

    /// Whether "in what year" has one answer: a single point known to the year or better.
    var isAskableAsYear: Bool {
        if case .date(let point) = start, end == nil { return point.unspecifiedYearDigits == 0 }
        return false
    }

    /// Whether "over which years" has one answer: an interval with both ends known to the year.
    var isAskableAsSpan: Bool {
        if case .date(let first) = start, case .date(let last)? = end {
            return first.unspecifiedYearDigits == 0 && last.unspecifiedYearDigits == 0
        }
        return false
    }
}
