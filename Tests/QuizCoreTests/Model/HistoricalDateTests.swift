import Testing

@testable import QuizCore

@Suite struct HistoricalDateTests {
    @Test(arguments: [
        "1948", "1948-05", "1948-05-14", "0000", "-0043", "Y12000", "Y-12000", "194X", "19XX", "1948-XX",
        "1948-05-XX", "1948-21", "1948-24", "1948?", "1948~", "1948%", "1948-05-14~", "1947/1949", "1947/..",
        "../1949", "1947/", "/1949", "1947-08/1948-01", "1947~/1949?", "2000-02-29",
    ])
    func validDatesParse(_ text: String) throws {
        let date = try HistoricalDate(parsing: text)
        #expect(date.text == text)
    }

    @Test(arguments: [
        ("", "empty"),
        ("48", "four digits"),
        ("99999", "'Y' prefix"),
        ("1948-13", "not 01–12"),
        ("1948-00", "not 01–12"),
        ("1948-02-30", "does not exist"),
        ("1900-02-29", "does not exist"),
        ("1948/1947", "ends (1947) before it starts (1948)"),
        ("1948-05-14/1948-05-13", "before it starts"),
        ("1948-5-14", "two digits"),
        ("1948??", "more than one qualifier"),
        ("1XXX", "at most the last two digits"),
        ("194X-05", "cannot have a month"),
        ("../..", "at least one known end"),
        ("/", "at least one known end"),
        ("..", "only allowed as an end"),
        ("1947/1948/1949", "exactly one '/'"),
        ("May 1948", "does not start with a year"),
        ("1948-Ma", "unreadable month"),
        ("1948-21-01", "a season has no day"),
        ("Y123", "5 to 12 digits"),
    ])
    func invalidDatesSayWhy(_ text: String, _ reason: String) {
        #expect {
            try HistoricalDate(parsing: text)
        } throws: { error in
            (error as? HistoricalDate.ParseError)?.message.contains(reason) == true
        }
    }

    @Test func partsAreReadBack() throws {
        let date = try HistoricalDate(parsing: "-0043-03-15?")
        guard case .date(let point) = date.start else {
            Issue.record("expected a date")
            return
        }
        #expect(point.year == -43 && point.month == 3 && point.day == 15 && point.isUncertain && !point.isApproximate)
        #expect(!date.isInterval)

        let decade = try HistoricalDate(parsing: "194X")
        guard case .date(let decadePoint) = decade.start else { return }
        #expect(decadePoint.yearRange == 1940...1949)

        let open = try HistoricalDate(parsing: "1947/..")
        #expect(open.isInterval && open.end == .open)
    }
}
