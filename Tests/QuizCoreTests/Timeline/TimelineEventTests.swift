import Testing

@testable import QuizCore

/// Which events can be placed against each other, and how they stand, at every precision.
@Suite struct TimelineEventTests {
    static let pairs: [(String, String, TimelineEvent.Order)] = [
        ("1889", "1893", .before),
        ("1889-05", "1889-06", .before),
        ("1889-05-02", "1889-05-03", .before),
        ("1889-05-02", "1889-05-02", .sameDay),
        ("1889-05-02/1889-05-02", "1889-05-02", .sameDay),
        ("1889", "1889", .overlapping),
        ("1889-05", "1889-05", .overlapping),
        ("1889", "1889-05-02", .overlapping),
        ("1889-05", "1889-05-31", .overlapping),
        ("1947/1949", "1948", .overlapping),
        ("1947/1949", "1950", .before),
        ("1947/1949", "1946-12-31", .after),
        ("1947/1949", "1948/1952", .overlapping),
        ("1948~", "1949", .before),
        ("1948~", "1948-05-14", .overlapping),
        ("1948?", "1947", .after),
        ("1948%", "1948-05", .overlapping),
        ("194X", "1950", .before),
        ("194X", "1945", .overlapping),
        ("19XX", "1899-12-31", .after),
        ("1948-21", "1948-07", .before),
        ("1948-21", "1948-04", .overlapping),
        ("-0043", "0014", .before),
        ("Y12000", "1948", .after),
    ]

    @Test(arguments: pairs)
    func ordersBothWaysByTheDaysADateCanMean(_ pair: (String, String, TimelineEvent.Order)) {
        let first = TimelineFixtures.timelineEvent("a", pair.0)
        let second = TimelineFixtures.timelineEvent("b", pair.1)
        #expect(first.order(against: second) == pair.2, "\(pair.0) against \(pair.1)")
        let mirrored: TimelineEvent.Order =
            switch pair.2 {
            case .before: .after
            case .after: .before
            case let same: same
            }
        #expect(second.order(against: first) == mirrored, "\(pair.1) against \(pair.0)")
        #expect(first.canShareLine(with: second) == (pair.2 != .overlapping))
    }

    @Test(arguments: ["1947/..", "../1949", "1947/", "/1949"])
    func aDateWithAnOpenOrUnknownEndIsNeverPlaced(_ date: String) {
        #expect(TimelineEvent(TimelineFixtures.event("open", date)) == nil)
    }

    @Test func anUndatedEventIsNeverPlaced() {
        #expect(TimelineEvent(TimelineFixtures.event("undated", nil)) == nil)
    }

    @Test(arguments: [
        ("1967", "The Pakistani Air Force took part in the 1967 war."),
        ("1967-06", "The war began in June."),
        ("1973", "It came six years after the 1967 war."),
        ("1982", "In 1982, the volunteers were captured in 1982."),
    ])
    func anEventWhoseTextNamesADateIsNeverPlaced(_ date: String, _ summary: String) {
        #expect(TimelineEvent(TimelineFixtures.event("leaky", date, summary: summary)) == nil)
    }

    @Test func aLeadingDateIsTakenOffTheTextButKeptInTheSummary() throws {
        let summary = "In 1982, fifty volunteers were captured by Israel."
        let event = try #require(TimelineEvent(TimelineFixtures.event("captured", "1982", summary: summary)))
        #expect(event.text == "Fifty volunteers were captured by Israel.")
        #expect(event.summary == summary)
        #expect(event.dateText == "1982")
    }

    @Test(arguments: [
        ("1889-05-02", "2 May 1889"), ("1889-05", "May 1889"), ("1889", "1889"), ("1947/1949", "1947–1949"),
        ("1948~", "about 1948"), ("1948-21", "spring 1948"), ("194X", "the 1940s"), ("-0043", "44 BCE"),
    ])
    func datesReadAsLearnersSayThem(_ date: String, _ label: String) {
        #expect(TimelineFixtures.timelineEvent("e", date).dateText == label)
    }
}
