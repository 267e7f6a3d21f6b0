import FoundationEssentials

import func Glibc.pow

/// A timeline game in progress, as a value: the learner starts with one dated event on the line
/// and places each new one between (or around) those already there, by the number of the slot.
///
/// A right placement joins the line; a wrong one is told where it belongs. Each placement is an
/// attempt on the event's date fact, so memory and review treat it as any other question on that
/// fact. Like `Session`, it takes what the learner typed and the time, and returns what to show
/// and what to store.
public struct TimelineGame: Sendable {
    /// The bank's name (its file name without extension), stored with each attempt.
    public let bank: String
    /// The events dealt, in the order they come: the first starts the line.
    public let events: [TimelineEvent]
    /// The events on the line, earliest first.
    public private(set) var line: [TimelineEvent]
    /// Every attempt so far.
    public private(set) var attempts: [Attempt] = []
    /// Whether the game is over.
    public private(set) var isFinished = false

    /// The index in `events` of the event being placed.
    private var position = 1
    private var hints = 0
    private var random: SeededRandom
    private var startedAt: Date?
    private var shownAt: Date?
    private var finishedAt: Date?
    /// The learner's FSRS difficulty of each fact, for scoring.
    private let difficulties: [String: Double]

    /// The kind of question a placement is stored as: it puts an event in chronological order.
    public static let kind = Question.Kind.ordering
    /// The prefix of a placement's question id; the event's id follows.
    public static let questionPrefix = "timeline."

    /// Deals a game from `record`.
    /// - Parameters:
    ///   - bank: the bank's name, stored with each attempt.
    ///   - count: how many events to place (one more starts the line).
    ///   - topics: only events with one of these tags; all events when empty.
    ///   - seed: the choice and order of events.
    ///   - difficulties: FSRS difficulty by fact id, from the learner's memory.
    public init(
        bank: String, record: Record, count: Int, topics: Set<String> = [], seed: UInt64,
        difficulties: [String: Double] = [:]
    ) {
        var random = SeededRandom(seed: seed)
        let candidates = TimelineDeck.candidates(in: record, topics: topics)
        self.init(
            bank: bank, events: TimelineDeck.deal(candidates, count: count + 1, random: &random), random: random,
            difficulties: difficulties)
    }

    /// A game over events already dealt, for tests: `events[0]` starts the line.
    init(
        bank: String, events: [TimelineEvent], random: SeededRandom = SeededRandom(seed: 0),
        difficulties: [String: Double] = [:]
    ) {
        self.bank = bank
        self.events = events
        self.line = Array(events.prefix(1))
        self.random = random
        self.difficulties = difficulties
    }

    /// How many events there are to place: every event dealt but the first.
    public var total: Int { max(0, events.count - 1) }

    /// Whether the record gave enough events for a game: one to start the line and one to place.
    public var isPlayable: Bool { events.count >= 2 }

    /// The event being placed, if the game is not over.
    public var current: TimelineEvent? {
        isFinished || !events.indices.contains(position) ? nil : events[position]
    }

    /// The slots the learner can type: one before each event on the line, and one after them.
    public var slotCount: Int { line.count + 1 }

    /// Shows the first turn.
    public mutating func start(now: Date) -> [TimelineOutput] {
        startedAt = now
        guard isPlayable else {
            isFinished = true
            finishedAt = now
            return [.quiz(.notice("This bank has too few dated events to order.")), .quiz(.summary(summary()))]
        }
        return [turn(now: now)]
    }

    /// Handles one line the learner typed.
    public mutating func handle(_ command: Command, now: Date) -> [TimelineOutput] {
        guard let event = current else { return [] }
        switch command {
        case .help:
            return [.quiz(.help(Self.helpLines))]
        case .score:
            return [.quiz(.score(tally))]
        case .unknown(let word):
            return [.quiz(.notice("\(word) is not a command; type :help for the list."))]
        case .quit:
            return finish(now: now)
        case .hint:
            guard hints == 0, let slots = hintSlots(for: event) else {
                return [
                    .quiz(.notice(hints == 0 ? "There is no hint for this event." : "No more hints for this event."))
                ]
            }
            hints += 1
            let text = "It goes in one of slots \(slots.lowerBound)–\(slots.upperBound)."
            return [.quiz(.hint(Hint.withCredit(text, kept: Hint.creditKept)))]
        case .skip:
            let right = Self.rightSlots(for: event, on: line)
            let feedback = "Skipped. " + explanation(of: event, rightSlots: right)
            let attempt = record(
                event, answer: "", expected: expected(event, right), outcome: .skipped,
                feedback: feedback, credit: 0, now: now)
            return [.quiz(.record(attempt)), .quiz(.notice(feedback))] + advance(now: now)
        case .answer(let text):
            // "quit" or "skip" without its colon: told how to type the command, nothing placed.
            if let reminder = Command.missingColon(text) { return [.quiz(.notice(reminder))] }
            guard let slot = Int(text.trimmingCharacters(in: " \t")), (1...slotCount).contains(slot) else {
                // A hint is offered only where there is one to give.
                let hint = hints == 0 && hintWidth(for: event) != nil ? ", :hint for a hint" : ""
                return [.quiz(.notice("Type a slot number from 1 to \(slotCount), or :skip to pass\(hint)."))]
            }
            return place(event, in: slot, now: now)
        }
    }

    /// Ends the game early (Ctrl-D, end of input, `:quit`), keeping what was answered.
    public mutating func finish(now: Date) -> [TimelineOutput] {
        guard !isFinished else { return [] }
        isFinished = true
        finishedAt = now
        return (line.count > 1 ? [.finalLine(line)] : []) + [.quiz(.summary(summary()))]
    }

    /// The right slots for `event` on `line` (earliest first), numbered from 1: after every event
    /// that came before it, and before every event that came after it; any slot beside an event
    /// of the same day is right.
    ///
    /// Every event on the line must share the line with `event` (see `TimelineEvent.canShareLine`).
    public static func rightSlots(for event: TimelineEvent, on line: [TimelineEvent]) -> ClosedRange<Int> {
        var before = 0
        var sameDay = 0
        for other in line {
            switch event.order(against: other) {
            case .after: before += 1
            case .sameDay: sameDay += 1
            case .before: break
            case .overlapping: preconditionFailure("\(event.id) and \(other.id) overlap: they were dealt together")
            }
        }
        return (before + 1)...(before + sameDay + 1)
    }

    private mutating func place(_ event: TimelineEvent, in slot: Int, now: Date) -> [TimelineOutput] {
        let right = Self.rightSlots(for: event, on: line)
        let isRight = right.contains(slot)
        let credit = isRight ? pow(Hint.creditKept, Double(hints)) : 0
        let feedback =
            (isRight ? "Right. " : "Not slot \(slot). ") + explanation(of: event, rightSlots: right)
        let attempt = record(
            event, answer: "slot \(slot), \(describe(slot: slot))", expected: expected(event, right),
            outcome: isRight ? .correct : .incorrect, feedback: feedback, credit: credit, now: now)
        if isRight { line.insert(event, at: right.upperBound - 1) }
        let placement = TimelineOutput.Placement(
            event: event, slot: slot, rightSlots: right, feedback: feedback, credit: credit,
            points: attempt.points ?? 0, tally: tally)
        return [.quiz(.record(attempt)), .placement(placement)] + advance(now: now)
    }

    private mutating func turn(now: Date) -> TimelineOutput {
        hints = 0
        shownAt = now
        return .turn(
            TimelineOutput.Turn(
                number: position, total: total, event: events[position], line: line,
                instruction: "type a slot number, 1–\(slotCount)"))
    }

    private mutating func advance(now: Date) -> [TimelineOutput] {
        position += 1
        if position < events.count { return [turn(now: now)] }
        return finish(now: now)
    }

    /// A run of about half the slots, and at least two, that holds the right ones, placed at
    /// random; `nil` when there are too few slots for a hint to leave any out without giving the
    /// answer away.
    private mutating func hintSlots(for event: TimelineEvent) -> ClosedRange<Int>? {
        let right = Self.rightSlots(for: event, on: line)
        guard let width = hintWidth(for: event) else { return nil }
        let lowest = max(1, right.upperBound - width + 1)
        let highest = min(right.lowerBound, slotCount - width + 1)
        let start = lowest + random.below(highest - lowest + 1)
        return start...(start + width - 1)
    }

    /// How many slots a hint names: about half, at least two and all the right ones; `nil` when
    /// that leaves none out.
    private func hintWidth(for event: TimelineEvent) -> Int? {
        let width = max(Self.rightSlots(for: event, on: line).count, (slotCount + 1) / 2, 2)
        return width < slotCount ? width : nil
    }

    private mutating func record(
        _ event: TimelineEvent, answer: String, expected: String, outcome: Attempt.Outcome, feedback: String,
        credit: Double, now: Date
    ) -> Attempt {
        let (points, worth) = Scoring.points(
            kind: Self.kind, credit: credit, difficulty: difficulties[event.id], streak: currentStreak)
        let attempt = Attempt(
            questionID: Self.questionPrefix + event.id, facts: [event.id], bank: bank, kind: Self.kind,
            answer: answer, expected: expected, outcome: outcome, miss: outcome == .incorrect ? .nearDate : nil,
            feedback: feedback, credit: credit, hints: hints,
            responseSeconds: max(0, now.timeIntervalSince(shownAt ?? now)),
            time: now, tags: event.tags, points: points, worth: worth)
        attempts.append(attempt)
        return attempt
    }

    var tally: Output.Tally {
        Output.Tally(
            credit: attempts.reduce(0) { $0 + $1.credit }, answered: attempts.count, total: total,
            points: attempts.reduce(0) { $0 + ($1.points ?? 0) }, worth: attempts.reduce(0) { $0 + ($1.worth ?? 0) },
            streak: currentStreak, right: attempts.count(where: \.answeredRight),
            partly: attempts.count(where: \.isPartlyRight), hinted: attempts.count(where: \.rightWithHints))
    }

    /// Right placements in a row, up to now.
    private var currentStreak: Int {
        attempts.reversed().prefix(while: \.isRight).count
    }

    /// Seconds from the first turn to the end.
    var seconds: Double {
        (finishedAt ?? startedAt).map { $0.timeIntervalSince(startedAt ?? $0) } ?? 0
    }
}
