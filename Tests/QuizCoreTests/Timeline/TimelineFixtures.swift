@testable import QuizCore

/// Dated events for the timeline tests, one for each precision a bank can write.
enum TimelineFixtures {
    /// An event dated `date`, whose summary names no date.
    static func event(_ id: String, _ date: String?, summary: String? = nil, tags: [String] = []) -> Event {
        Event(
            id: id, date: date.map { try! HistoricalDate(parsing: $0) },
            summary: summary ?? "The event called \(id) took place.", tags: tags, source: "s")
    }

    /// The same event as the game sees it.
    static func timelineEvent(_ id: String, _ date: String) -> TimelineEvent {
        TimelineEvent(event(id, date))!
    }

    static func record(_ events: [Event]) -> Record {
        Record(title: "Timeline", sources: [Source(id: "s", title: "The source")], events: events)
    }

    /// Events at every precision that can all stand on one line: a range, a year, an approximate
    /// year, a season, a month, two events of one day and an uncertain day.
    static let everyPrecision: [Event] = [
        event("range", "1880/1884"),
        event("year", "1885"),
        event("approximate", "1887~"),
        event("season", "1889-21"),
        event("month", "1889-07"),
        event("day", "1889-08-02"),
        event("same-day", "1889-08-02"),
        event("uncertain-day", "1889-08-03?"),
        event("decade", "189X"),
    ]
}
