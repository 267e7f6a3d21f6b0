/// The events a timeline game is played with: every pair strictly ordered or on the same day.
enum TimelineDeck {
    /// The record's events a game can use, in record order: those with both ends of their date
    /// known and a summary that names no date, on one of `topics` when any are given. Of events
    /// that read the same, only the first: a learner could not tell them apart.
    static func candidates(in record: Record, topics: Set<String>) -> [TimelineEvent] {
        var seen: Set<String> = []
        var found: [TimelineEvent] = []
        for event in record.events where topics.isEmpty || !topics.isDisjoint(with: event.tags) {
            guard let usable = TimelineEvent(event), seen.insert(Choices.key(usable.text)).inserted else { continue }
            found.append(usable)
        }
        return found
    }

    /// Up to `count` events from `candidates` that can all stand on one line, in the order they
    /// are dealt (the first starts the line).
    ///
    /// The candidates are shuffled, and each is kept when it can share the line with every one
    /// kept before it. When that leaves fewer than `count` (a wide date dealt early can shut out
    /// many), the largest set found by taking the events that end earliest first is dealt
    /// instead, shuffled: in a small record, a game as long as the record allows.
    static func deal(_ candidates: [TimelineEvent], count: Int, random: inout SeededRandom) -> [TimelineEvent] {
        let shuffled = candidates.seededShuffle(using: &random)
        let dealt = compatible(shuffled, limit: count)
        guard dealt.count < count else { return dealt }
        let largest = largestLine(shuffled)
        guard largest.count > dealt.count else { return dealt }
        return Array(largest.seededShuffle(using: &random).prefix(count))
    }

    /// As many events as can stand on one line, found as for interval scheduling (exactly the most
    /// when no two share a day):
    /// events that end earliest first, each kept when it starts after the last one kept ends, or
    /// falls on the same day. On a tie the later start (the narrower date) comes first, so that a
    /// day is kept before a month or a year that ends with it.
    static func largestLine(_ events: [TimelineEvent]) -> [TimelineEvent] {
        let byEnd = events.sorted {
            ($0.days.upperBound, -$0.days.lowerBound) < ($1.days.upperBound, -$1.days.lowerBound)
        }
        var kept: [TimelineEvent] = []
        for event in byEnd {
            // Sorted by end, the last one kept ends latest: sharing its line is sharing all of it.
            if let last = kept.last, !last.canShareLine(with: event) { continue }
            kept.append(event)
        }
        return kept
    }

    /// The events of `events`, in order, that can share a line with every one kept before them;
    /// at most `limit`.
    private static func compatible(_ events: [TimelineEvent], limit: Int) -> [TimelineEvent] {
        var kept: [TimelineEvent] = []
        // The kept events by start. They never overlap, so a new event can only clash with the
        // last of them to start before it ends: one binary search, not a look at every event.
        var byStart: [TimelineEvent] = []
        for event in events where kept.count < limit {
            var low = 0
            var high = byStart.count
            while low < high {
                let middle = (low + high) / 2
                if byStart[middle].days.lowerBound > event.days.upperBound { high = middle } else { low = middle + 1 }
            }
            if low > 0, !byStart[low - 1].canShareLine(with: event) { continue }
            byStart.insert(event, at: low)
            kept.append(event)
        }
        return kept
    }
}
