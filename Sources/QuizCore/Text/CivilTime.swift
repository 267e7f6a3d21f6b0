import FoundationEssentials

/// A date and time of day in the proleptic Gregorian calendar, and its text, without
/// `DateFormatter` or `Calendar` time zones (both need ICU, which the binary does not link).
///
/// The conversion from days since 1970 is Howard Hinnant's `civil_from_days`.
package struct CivilTime: Sendable, Equatable {
    package var year: Int
    package var month: Int
    package var day: Int
    package var hour = 0
    package var minute = 0
    package var second = 0

    /// The wall-clock time of `date` at `secondsFromGMT` east of Greenwich, to the whole second
    /// before it.
    package init(_ date: Date, secondsFromGMT: Int = 0) {
        let seconds = Self.seconds(date) + secondsFromGMT
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        self.init(daysSince1970: days)
        let inDay = seconds - days * 86_400
        hour = inDay / 3_600
        minute = inDay / 60 % 60
        second = inDay % 60
    }

    /// Midnight of the day `days` after 1 January 1970.
    package init(daysSince1970 days: Int) {
        let shifted = days + 719_468  // days since 1 March of year 0
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153  // March is 0
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// The number of the day `date` falls on at `secondsFromGMT`, counted from 1 January 1970.
    package static func daysSince1970(_ date: Date, secondsFromGMT: Int = 0) -> Int {
        let seconds = Self.seconds(date) + secondsFromGMT
        return seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    }

    /// "2024-05-14".
    package var dateText: String {
        Self.padded(year, 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2)
    }

    /// "09:05:30".
    package var timeText: String {
        Self.padded(hour, 2) + ":" + Self.padded(minute, 2) + ":" + Self.padded(second, 2)
    }

    /// Whole seconds since 1970, rounded down; dates beyond any calendar are clamped.
    private static func seconds(_ date: Date) -> Int {
        let interval = date.timeIntervalSince1970
        guard interval.isFinite else { return interval < 0 ? -(1 << 50) : 1 << 50 }
        return Int(max(-1e15, min(1e15, interval.rounded(.down))))
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value.magnitude)
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
