import Foundation
import Testing

@testable import QuizCore

/// The timeline game as a value: placement rules, same-day equality, hints, attempts and the end.
@Suite struct TimelineGameTests {
    static let t0 = Date(timeIntervalSince1970: 2_000_000)
    typealias Fixtures = TimelineFixtures

    /// A game over `dates`, dealt in that order: the first starts the line.
    func game(_ dates: [(String, String)]) -> TimelineGame {
        TimelineGame(bank: "test", events: dates.map { Fixtures.timelineEvent($0.0, $0.1) })
    }

    func attempts(_ outputs: [TimelineOutput]) -> [Attempt] {
        outputs.compactMap { if case .quiz(.record(let attempt)) = $0 { attempt } else { nil } }
    }

    func placement(_ outputs: [TimelineOutput]) -> TimelineOutput.Placement? {
        outputs.lazy.compactMap { if case .placement(let placement) = $0 { placement } else { nil } }.first
    }

    func turns(_ outputs: [TimelineOutput]) -> [TimelineOutput.Turn] {
        outputs.compactMap { if case .turn(let turn) = $0 { turn } else { nil } }
    }

    func notices(_ outputs: [TimelineOutput]) -> [String] {
        outputs.compactMap { if case .quiz(.notice(let text)) = $0 { text } else { nil } }
    }

    @Test(arguments: [
        ("1880", 1...1), ("1890", 2...2), ("1894", 3...3), ("1900", 4...4), ("1889-05-02", 2...2),
        ("1893-01-01", 2...3),
    ])
    func theRightSlotIsAfterEverythingEarlierAndBeforeEverythingLater(_ date: String, _ slots: ClosedRange<Int>) {
        let line = [("a", "1889-04"), ("b", "1893-01-01/1893-01-01"), ("c", "1896")].map {
            Fixtures.timelineEvent($0.0, $0.1)
        }
        // "1893-01-01" is the same day as b's one-day range: either side of b is right.
        #expect(TimelineGame.rightSlots(for: Fixtures.timelineEvent("x", date), on: line) == slots)
    }

    @Test func eventsOfTheSameDayAreEqualSoEitherSlotBesideThemIsRight() {
        for slot in [1, 2] {
            var game = game([("fell", "1756-06-20"), ("imprisoned", "1756-06-20")])
            _ = game.start(now: Self.t0)
            let outputs = game.handle(.answer(String(slot)), now: Self.t0)
            #expect(placement(outputs)?.isRight == true, "slot \(slot)")
            #expect(placement(outputs)?.rightSlots == 1...2)
            #expect(
                placement(outputs)?.feedback
                    == "Right. 20 June 1756: the same day as “The event called fell took place”, so slot 1 or 2.")
            #expect(game.line.map(\.id).sorted() == ["fell", "imprisoned"])
        }
        let line = [("before", "1750"), ("fell", "1756-06-20"), ("imprisoned", "1756-06-20"), ("after", "1760")]
            .map { Fixtures.timelineEvent($0.0, $0.1) }
        #expect(TimelineGame.rightSlots(for: Fixtures.timelineEvent("freed", "1756-06-20"), on: line) == 2...4)
    }

    @Test func aRightPlacementRevealsTheDateAndJoinsTheLine() throws {
        var game = game([("signed", "1889-05-02"), ("denounced", "1893"), ("battle", "1896-03-01")])
        let first = game.start(now: Self.t0)
        let turn = try #require(turns(first).first)
        #expect(turn.number == 1 && turn.total == 2)
        #expect(turn.event.id == "denounced")
        #expect(turn.line.map(\.id) == ["signed"])
        #expect(turn.instruction == "type a slot number, 1–2")

        let outputs = game.handle(.answer(" 2 "), now: Self.t0.addingTimeInterval(3))
        let verdict = try #require(placement(outputs))
        #expect(verdict.isRight)
        #expect(verdict.feedback == "Right. 1893: after 2 May 1889, so slot 2.")
        #expect(game.line.map(\.id) == ["signed", "denounced"])
        let next = try #require(turns(outputs).first)
        #expect(next.number == 2)
        #expect(next.line.map(\.id) == ["signed", "denounced"])
        #expect(next.instruction == "type a slot number, 1–3")
    }

    @Test func aWrongPlacementSaysWhereItBelongsAndWhyAndStaysOffTheLine() throws {
        var game = game([("signed", "1889-05-02"), ("battle", "1896-03-01"), ("denounced", "1893")])
        _ = game.start(now: Self.t0)
        _ = game.handle(.answer("2"), now: Self.t0)
        let outputs = game.handle(.answer("3"), now: Self.t0)
        let verdict = try #require(placement(outputs))
        #expect(!verdict.isRight)
        #expect(verdict.rightSlots == 2...2)
        #expect(verdict.feedback == "Not slot 3. 1893: after 2 May 1889 and before 1 March 1896, so slot 2.")
        #expect(game.line.map(\.id) == ["signed", "battle"])
        let attempt = try #require(attempts(outputs).first)
        #expect(attempt.outcome == .incorrect)
        #expect(attempt.miss == .nearDate)
        #expect(attempt.answer == "slot 3, after 1 March 1896")
        #expect(attempt.expected == "1893, slot 2")
        #expect(attempt.credit == 0)
        #expect(game.isFinished)
    }

    @Test func eachPlacementIsAnAttemptOnTheEventsDateFact() throws {
        var game = TimelineGame(
            bank: "wuchale",
            events: [
                Fixtures.timelineEvent("signed", "1889-05-02"),
                TimelineEvent(Fixtures.event("denounced", "1893", tags: ["treaty"]))!,
            ], difficulties: ["denounced": 10])
        _ = game.start(now: Self.t0)
        let attempt = try #require(attempts(game.handle(.answer("2"), now: Self.t0.addingTimeInterval(7))).first)
        #expect(attempt.questionID == "timeline.denounced")
        #expect(attempt.facts == ["denounced"])
        #expect(attempt.bank == "wuchale")
        #expect(attempt.kind == .ordering)
        #expect(attempt.outcome == .correct)
        #expect(attempt.credit == 1)
        #expect(attempt.tags == ["treaty"])
        #expect(attempt.responseSeconds == 7)
        #expect(attempt.time == Self.t0.addingTimeInterval(7))
        // Worth what an ordering question on a fact this hard is worth.
        let (points, worth) = Scoring.points(kind: .ordering, credit: 1, difficulty: 10, streak: 0)
        #expect(attempt.points == points && attempt.worth == worth)
        #expect(game.attempts == [attempt])
    }

    @Test(arguments: ["", "0", "4", "two", "1.5", "-1"])
    func anythingButASlotNumberIsRefusedWithoutAnAttempt(_ typed: String) {
        var game = game([("a", "1889"), ("b", "1890"), ("c", "1891")])
        _ = game.start(now: Self.t0)
        _ = game.handle(.answer("2"), now: Self.t0)
        let outputs = game.handle(.answer(typed), now: Self.t0)
        #expect(attempts(outputs).isEmpty)
        #expect(notices(outputs) == ["Type a slot number from 1 to 3, or :skip to pass, :hint for a hint."])
        #expect(game.current?.id == "c")
    }

    /// With two slots a hint would name both: none is offered, and none is given.
    @Test func noHintIsOfferedWhereThereIsNoneToGive() {
        var game = game([("a", "1889"), ("b", "1890")])
        _ = game.start(now: Self.t0)
        #expect(
            notices(game.handle(.answer("x"), now: Self.t0)) == ["Type a slot number from 1 to 2, or :skip to pass."])
        #expect(notices(game.handle(.hint, now: Self.t0)) == ["There is no hint for this event."])
    }

    @Test func aSkippedEventIsSavedAsSkippedAndStaysOffTheLine() throws {
        var game = game([("a", "1889"), ("b", "1890"), ("c", "1891")])
        _ = game.start(now: Self.t0)
        let outputs = game.handle(.skip, now: Self.t0)
        let attempt = try #require(attempts(outputs).first)
        #expect(attempt.outcome == .skipped && attempt.answer.isEmpty && attempt.credit == 0)
        #expect(notices(outputs) == ["Skipped. 1890: after 1889, so slot 2."])
        #expect(game.line.map(\.id) == ["a"])
        #expect(turns(outputs).first?.event.id == "c")
    }

    @Test func aHintNarrowsTheSlotsOnceAndHalvesTheCredit() throws {
        let dates = [("a", "1880"), ("b", "1890"), ("c", "1900"), ("d", "1910"), ("e", "1920"), ("x", "1905")]
        var game = game(dates)
        _ = game.start(now: Self.t0)
        for slot in ["2", "3", "4", "5"] { _ = game.handle(.answer(slot), now: Self.t0) }
        #expect(game.slotCount == 6)
        let hinted = game.handle(.hint, now: Self.t0)
        guard case .quiz(.hint(let text)) = hinted.first else {
            Issue.record("no hint: \(hinted)")
            return
        }
        #expect(text.hasSuffix(". (credit now 50%)"), "\(text)")
        let slots = text.prefix { $0 != "(" }
        let numbers = slots.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        #expect(numbers.count == 2)
        let shown = numbers[0]...numbers[1]
        #expect(shown.count == 3 && shown.contains(4), "\(text)")
        #expect(notices(game.handle(.hint, now: Self.t0)) == ["No more hints for this event."])
        let attempt = try #require(attempts(game.handle(.answer("4"), now: Self.t0)).first)
        #expect(attempt.credit == 0.5 && attempt.hints == 1)
    }

    @Test func withTwoSlotsAHintWouldGiveTheAnswerAway() {
        var game = game([("a", "1880"), ("b", "1890")])
        _ = game.start(now: Self.t0)
        #expect(notices(game.handle(.hint, now: Self.t0)) == ["There is no hint for this event."])
    }

    @Test func quittingKeepsWhatWasAnsweredAndShowsTheLineBuilt() throws {
        var game = game([("a", "1880"), ("b", "1890"), ("c", "1900"), ("d", "1910")])
        _ = game.start(now: Self.t0)
        _ = game.handle(.answer("2"), now: Self.t0.addingTimeInterval(5))
        let outputs = game.handle(.quit, now: Self.t0.addingTimeInterval(9))
        #expect(game.isFinished)
        guard case .finalLine(let line) = outputs.first, case .quiz(.summary(let summary)) = outputs.last else {
            Issue.record("no line and summary: \(outputs)")
            return
        }
        #expect(line.map(\.id) == ["a", "b"])
        #expect(summary.answered == 1 && summary.total == 3 && summary.credit == 1)
        #expect(summary.seconds == 9)
        #expect(game.handle(.answer("1"), now: Self.t0).isEmpty)
        #expect(game.finish(now: Self.t0).isEmpty)
    }

    @Test func theSummaryListsTheMissesForReview() throws {
        var game = game([("a", "1880"), ("b", "1890"), ("c", "1900")])
        _ = game.start(now: Self.t0)
        _ = game.handle(.answer("1"), now: Self.t0)
        let outputs = game.handle(.answer("2"), now: Self.t0)
        guard case .quiz(.summary(let summary)) = outputs.last else {
            Issue.record("no summary")
            return
        }
        #expect(summary.answered == 2 && summary.credit == 1)
        #expect(summary.missed.map(\.number) == [1])
        #expect(summary.missed.first?.prompt == "The event called b took place.")
        #expect(summary.missed.first?.expected == "1890, slot 2")
        #expect(summary.reviewNext == ["b"])
        #expect(summary.byType.map(\.label) == ["timeline"])
    }

    @Test func everyPrecisionPlacedRightBuildsTheLineInOrder() {
        var game = TimelineGame(bank: "test", events: Fixtures.everyPrecision.reversed().compactMap(TimelineEvent.init))
        _ = game.start(now: Self.t0)
        while let event = game.current {
            let right = TimelineGame.rightSlots(for: event, on: game.line)
            let outputs = game.handle(.answer(String(right.upperBound)), now: Self.t0)
            #expect(placement(outputs)?.isRight == true, "\(event.id)")
        }
        #expect(game.attempts.allSatisfy { $0.isRight })
        let built = game.line.map(\.id)
        #expect(built.count == Fixtures.everyPrecision.count)
        // Same-day events may stand either way round.
        #expect(
            built.filter { $0 != "same-day" } == Fixtures.everyPrecision.map(\.id).filter { $0 != "same-day" })
        #expect(built.firstIndex(of: "same-day").map { [5, 6].contains($0) } == true)
    }

    @Test func aRecordWithTooFewEventsEndsAtOnceWithANotice() {
        var game = TimelineGame(
            bank: "test", record: Fixtures.record([Fixtures.event("only", "1889")]), count: 5, seed: 1)
        #expect(!game.isPlayable)
        let outputs = game.start(now: Self.t0)
        #expect(notices(outputs) == ["This bank has too few dated events to order."])
        #expect(game.isFinished)
    }
}

extension TimelineGameTests {
    @Test func aPlacementsQuestionIsFoundAgainForTheListOfMisses() throws {
        let record = Fixtures.record([
            Fixtures.event("signed", "1889-05-02", summary: "In 1889, the treaty was signed.", tags: ["treaty"])
        ])
        let question = try #require(TimelineGame.question(id: "timeline.signed", in: record))
        #expect(question.prompt == "Where on the timeline does this go? The treaty was signed.")
        #expect(question.explanation == "In 1889, the treaty was signed.")
        #expect(question.facts == ["signed"] && question.kind == .ordering && question.tags == ["treaty"])
        #expect(TimelineGame.question(id: "timeline.gone", in: record) == nil)
        #expect(TimelineGame.question(id: "g.event-year.signed", in: record) == nil)
    }
}
