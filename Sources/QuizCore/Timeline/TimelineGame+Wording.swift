/// What the game says: verdicts that give the event's date and its neighbours' dates, slots in
/// words for the progress file, help and the summary.
extension TimelineGame {
    static let helpLines = [
        "Type the number of the slot where the event goes, and press Enter. Commands:",
        ":hint   narrow down the slots, when there are three or more (halves the credit)",
        ":skip   pass this event",
        ":score  the score so far",
        ":quit   end the game (your answers are saved)",
        ":help   this list",
        "Ctrl-C clears the line; Ctrl-D ends the game.",
    ]

    /// Why the event belongs where it does: "1891: after 2 May 1889 and before 1893, so slot 2."
    /// The date starts a sentence: "About 1887: …", "The 1890s: …".
    func explanation(of event: TimelineEvent, rightSlots right: ClosedRange<Int>) -> String {
        // Slot n stands before line[n - 1]: the events before are line[..<(right.lowerBound - 1)].
        var reasons: [String] = []
        if right.lowerBound >= 2 { reasons.append("after \(line[right.lowerBound - 2].dateText)") }
        if right.count > 1 {
            // Quoted inside a sentence: without its own full stop.
            let text = line[right.lowerBound - 1].text
            reasons.append("the same day as “\(text.hasSuffix(".") ? String(text.dropLast()) : text)”")
        }
        if right.upperBound <= line.count { reasons.append("before \(line[right.upperBound - 1].dateText)") }
        let joined =
            reasons.count > 1
            ? reasons.dropLast().joined(separator: ", ") + " and " + reasons[reasons.count - 1]
            : reasons.joined()
        return "\(TextTools.capitalized(event.dateText)): \(joined), so \(Self.slots(right))."
    }

    /// "slot 2", "slot 2 or 3", "any of slots 2–4".
    static func slots(_ slots: ClosedRange<Int>) -> String {
        switch slots.count {
        case 1: return "slot \(slots.lowerBound)"
        case 2: return "slot \(slots.lowerBound) or \(slots.upperBound)"
        default: return "any of slots \(slots.lowerBound)–\(slots.upperBound)"
        }
    }

    /// Where a slot is on the line: "before 2 May 1889", "between 1889 and 1893", "after 1893".
    func describe(slot: Int) -> String {
        let previous = slot >= 2 ? line[slot - 2].dateText : nil
        let next = slot <= line.count ? line[slot - 1].dateText : nil
        switch (previous, next) {
        case (let previous?, let next?): return "between \(previous) and \(next)"
        case (let previous?, nil): return "after \(previous)"
        case (nil, let next?): return "before \(next)"
        case (nil, nil): return "on an empty line"
        }
    }

    /// The right answer as the progress file keeps it: the date and the right slots.
    func expected(_ event: TimelineEvent, _ right: ClosedRange<Int>) -> String {
        "\(event.dateText), \(Self.slots(right))"
    }

    func summary() -> SessionSummary {
        var topics: [String] = []
        var byTopic: [String: SessionSummary.Share] = [:]
        for attempt in attempts {
            for tag in attempt.tags ?? [] {
                if byTopic[tag] == nil { topics.append(tag) }
                byTopic[tag, default: SessionSummary.Share(label: tag)].add(attempt)
            }
        }
        let byEvent = Dictionary(events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // A right placing after a hint is right, not missed (it is reviewed like a miss).
        let missed = attempts.enumerated().filter { !$0.element.answeredRight }.map { offset, attempt in
            SessionSummary.Miss(
                number: offset + 1, prompt: attempt.facts.first.flatMap { byEvent[$0]?.text } ?? attempt.questionID,
                answer: attempt.answer, expected: attempt.expected, feedback: attempt.feedback)
        }
        var best = 0
        var run = 0
        for attempt in attempts {
            run = attempt.isRight ? run + 1 : 0
            best = max(best, run)
        }
        let credit = attempts.reduce(0) { $0 + $1.credit }
        var all = SessionSummary.Share(label: "timeline")
        for attempt in attempts { all.add(attempt) }
        return SessionSummary(
            credit: credit, answered: attempts.count, total: total,
            points: attempts.reduce(0) { $0 + ($1.points ?? 0) }, worth: attempts.reduce(0) { $0 + ($1.worth ?? 0) },
            bestStreak: best, seconds: seconds,
            byType: attempts.isEmpty ? [] : [all], byTopic: topics.compactMap { byTopic[$0] }, missed: missed,
            reviewNext: attempts.filter { !$0.isRight }.flatMap(\.facts), right: all.right, partly: all.partly,
            hinted: attempts.count(where: \.rightWithHints), bank: bank)
    }
}

extension TimelineGame {
    /// The question a placement was, as lists of missed answers show it: `nil` when `id` is no
    /// placement's, or the record no longer has the event (or it can no longer be placed).
    public static func question(id: String, in record: Record) -> Question? {
        guard id.hasPrefix(questionPrefix) else { return nil }
        let eventID = id.dropFirst(questionPrefix.count)
        guard let found = record.events.first(where: { $0.id == eventID }), let event = TimelineEvent(found) else {
            return nil
        }
        return Question(
            id: id, kind: kind, prompt: "Where on the timeline does this go? \(TextTools.capitalized(event.text))",
            options: [], left: [],
            answer: .date(event.date), accepted: [], explanation: event.summary, source: event.source,
            statementKind: .fact, facts: [event.id], template: "timeline", tags: event.tags)
    }
}
