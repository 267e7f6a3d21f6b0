import Testing

@testable import QuizCore

/// Which events a game is dealt: never two whose dates overlap, chosen by the seed.
@Suite struct TimelineDeckTests {
    typealias Fixtures = TimelineFixtures

    /// Events whose dates overlap in many ways: ranges, a year and its months and days, an
    /// approximate year, a decade, two events of one day.
    static let tangled = Fixtures.record(
        Fixtures.everyPrecision + [
            Fixtures.event("wide-range", "1886/1890"),
            Fixtures.event("year-of-the-day", "1889"),
            Fixtures.event("month-of-the-day", "1889-08"),
            Fixtures.event("same-month", "1889-07"),
            Fixtures.event("approximate-again", "1887~"),
            Fixtures.event("decade-again", "188X"),
            Fixtures.event("undated", nil),
            Fixtures.event("open", "1890/.."),
            Fixtures.event("leaky", "1891", summary: "The 1891 event took place."),
        ])

    /// Small games come from the shuffle; large ones from the largest line.
    @Test(arguments: 0..<40, [2, 5, 30])
    func noTwoEventsDealtOverlap(_ seed: Int, _ count: Int) {
        let game = TimelineGame(bank: "t", record: Self.tangled, count: count, seed: UInt64(seed))
        #expect(game.events.count == min(count + 1, 9), "nine at most stand on one line")
        for (offset, event) in game.events.enumerated() {
            for other in game.events[(offset + 1)...] {
                #expect(event.canShareLine(with: other), "\(event.id) and \(other.id), seed \(seed), count \(count)")
            }
        }
        let ids = Set(game.events.map(\.id))
        #expect(ids.isDisjoint(with: ["undated", "open", "leaky"]))
        #expect(ids.count == game.events.count)
    }

    @Test func theCountIsHowManyToPlaceWithOneMoreToStartTheLine() {
        let game = TimelineGame(bank: "t", record: Fixtures.record(Fixtures.everyPrecision), count: 4, seed: 3)
        #expect(game.events.count == 5)
        #expect(game.total == 4)
        #expect(game.line == [game.events[0]])
    }

    @Test func theSeedDecidesTheEventsAndTheirOrder() {
        let record = Fixtures.record(Fixtures.everyPrecision)
        let deal = { (seed: UInt64) in TimelineGame(bank: "t", record: record, count: 4, seed: seed).events.map(\.id) }
        #expect(deal(7) == deal(7))
        #expect(Set((0..<8).map(deal)).count > 1)
    }

    @Test func aWideDateDealtFirstDoesNotShutTheOthersOut() {
        // As in the Black Hole of Calcutta bank: a year, and two events of one day in it.
        let record = Fixtures.record([
            Fixtures.event("reinforced", "1756"), Fixtures.event("fell", "1756-06-20"),
            Fixtures.event("imprisoned", "1756-06-20"),
        ])
        for seed in 0..<20 {
            let game = TimelineGame(bank: "t", record: record, count: 5, seed: UInt64(seed))
            #expect(Set(game.events.map(\.id)) == ["fell", "imprisoned"], "seed \(seed)")
        }
    }

    @Test func largestLineKeepsADayBeforeTheYearThatEndsWithIt() {
        let events = [("year", "1756"), ("day", "1756-12-31"), ("earlier", "1755"), ("later", "1757-01-01")].map {
            Fixtures.timelineEvent($0.0, $0.1)
        }
        #expect(TimelineDeck.largestLine(events).map(\.id) == ["earlier", "day", "later"])
    }

    @Test func topicsChooseTheEvents() {
        let record = Fixtures.record([
            Fixtures.event("a", "1880", tags: ["treaty"]), Fixtures.event("b", "1890", tags: ["war"]),
            Fixtures.event("c", "1900", tags: ["treaty", "war"]), Fixtures.event("d", "1910"),
        ])
        let game = TimelineGame(bank: "t", record: record, count: 9, topics: ["treaty"], seed: 1)
        #expect(Set(game.events.map(\.id)) == ["a", "c"])
    }

    @Test func eventsThatReadTheSameAreDealtOnce() {
        let record = Fixtures.record([
            Fixtures.event("a", "1880", summary: "The fort fell."),
            Fixtures.event("b", "1890", summary: "The fort fell."),
            Fixtures.event("c", "1900"),
        ])
        #expect(TimelineDeck.candidates(in: record, topics: []).map(\.id) == ["a", "c"])
    }
}
