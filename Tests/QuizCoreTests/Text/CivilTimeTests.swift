import Foundation
import PropertyBased
import Testing

@testable import QuizCore

/// `CivilTime` stands in for `DateFormatter` and `Calendar`, which need ICU.
@Suite struct CivilTimeTests {
    static func formatter(_ format: String, offset: Int) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: offset)
        formatter.dateFormat = format
        return formatter
    }

    @Test func writesDatesAsDateFormatterDoes() async {
        let offsets = [0, 3_600, -18_000, 19_800, 50_400, -43_200]
        await propertyCheck(count: 2_000, input: Gen.int(in: -5_000_000_000...10_000_000_000), Gen.int(in: 0...5)) {
            seconds, pick in
            let offset = offsets[pick]
            let date = Date(timeIntervalSince1970: Double(seconds) + 0.75)
            let time = CivilTime(date, secondsFromGMT: offset)
            let expected = Self.formatter("yyyy-MM-dd HH:mm:ss", offset: offset).string(from: date)
            #expect("\(time.dateText) \(time.timeText)" == expected, "\(seconds) at \(offset)")
            let days = CivilTime.daysSince1970(date, secondsFromGMT: offset)
            #expect(CivilTime(daysSince1970: days).dateText == String(expected.prefix(10)))
        }
    }

    @Test func writesTheISOFormOfAnAttempt() {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime]
        for seconds in [0.0, 1_700_000_000.5, 951_782_400, 4_102_444_799] {
            let date = Date(timeIntervalSince1970: seconds)
            let time = CivilTime(date)
            #expect("\(time.dateText) \(time.timeText)" == formatter.string(from: date))
        }
    }

    @Test func countsDaysAcrossLeapYearsAndBefore1970() {
        #expect(CivilTime(daysSince1970: 0).dateText == "1970-01-01")
        #expect(CivilTime(daysSince1970: -1).dateText == "1969-12-31")
        #expect(CivilTime(daysSince1970: 11_016).dateText == "2000-02-29")
        #expect(CivilTime(Date(timeIntervalSince1970: -0.5)).timeText == "23:59:59")
    }
}
