/// A dated event as the timeline game shows it: its summary without its date, and the days its
/// date can mean, which decide where it goes.
public struct TimelineEvent: Sendable, Hashable {
    /// How two events stand in time.
    public enum Order: Sendable, Hashable {
        /// Every day the first can mean comes before every day the second can mean.
        case before
        /// Every day the first can mean comes after every day the second can mean.
        case after
        /// Both happened on one known day: neither goes before the other.
        case sameDay
        /// Their spans overlap, so the record cannot say which came first: such events are never
        /// placed against each other.
        case overlapping
    }

    /// The event's id: the fact each placement is an attempt on.
    public var id: String
    /// What the learner reads: the summary without a leading date ("In 1982, ").
    public var text: String
    /// The summary as the record has it, shown once the event is placed.
    public var summary: String
    /// When it happened.
    public var date: HistoricalDate
    /// The first and last day the date can mean, as sortable day numbers (see
    /// `HistoricalDate.daySpan`).
    public var days: ClosedRange<Int>
    /// The event's topics.
    public var tags: [String]
    /// The source's id.
    public var source: String

    /// The date as learners read it: "1891", "2 May 1889", "1947–1949", "about 1948".
    public var dateText: String { DateLabel.text(for: date) }

    /// The event as the game can use it; `nil` when its date has an open or unknown end, or when
    /// the text a learner would read names a date (its own year would give it away, and any
    /// other date would hint at the order).
    public init?(_ event: Event) {
        guard let date = event.date, let days = date.daySpan, let years = date.yearSpan else { return nil }
        let text = TextTools.withoutLeadingDate(event.summary)
        guard !TextTools.containsYear(in: text, from: [years.lowerBound, years.upperBound]),
            !QuestionCritic.containsDate(text)
        else { return nil }
        self.id = event.id
        self.text = text
        self.summary = event.summary
        self.date = date
        self.days = days
        self.tags = event.tags
        self.source = event.source
    }

    /// Whether this event is known to a single day.
    var isOneDay: Bool { days.lowerBound == days.upperBound }

    /// How this event stands against `other`: the day spans decide, and two events known to one
    /// and the same day are equal.
    public func order(against other: TimelineEvent) -> Order {
        if days.upperBound < other.days.lowerBound { return .before }
        if other.days.upperBound < days.lowerBound { return .after }
        if isOneDay && days == other.days { return .sameDay }
        return .overlapping
    }

    /// Whether the two can stand on one line: one strictly before the other, or on the same day.
    public func canShareLine(with other: TimelineEvent) -> Bool {
        order(against: other) != .overlapping
    }
}
