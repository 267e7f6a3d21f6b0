import Foundation
import Testing

@testable import QuizCore

@Suite struct StatisticsTests {
    typealias T = LearnerProgressTests
    static let utc = TimeZone(identifier: "UTC")!
    static let day = 86_400.0

    func tagged(_ attempt: Attempt, _ tags: [String]) -> Attempt {
        var copy = attempt
        copy.tags = tags
        return copy
    }

    @Test func figuresPerBankAndTopic() {
        var progress = LearnerProgress()
        let scheduler = FSRS()
        progress.record(tagged(T.attempt("q1", facts: ["a"], outcome: .incorrect), ["war"]), scheduler: scheduler)
        progress.record(
            tagged(T.attempt("q2", facts: ["b"], outcome: .correct), ["war", "peace"]), scheduler: scheduler)
        progress.record(tagged(T.attempt("q3", facts: ["c"], outcome: .correct), ["peace"]), scheduler: scheduler)
        let statistics = Statistics(progress, at: T.t0.addingTimeInterval(60), timeZone: Self.utc)
        #expect(statistics.banks.count == 1)
        let bank = statistics.banks[0]
        #expect(bank.attempts == 3 && bank.facts == 3)
        #expect(abs(bank.accuracy - 2.0 / 3) < 1e-12)
        #expect(bank.correctStreak == 2)
        #expect(bank.dueToday == 3)  // all in learning steps
        // A topic is named with its banks: two banks may use one tag.
        #expect(statistics.topics.map(\.name) == ["peace (b)", "war (b)"])
        #expect(statistics.topics.map(\.attempts) == [2, 2])
        #expect(statistics.topics[0].accuracy == 1)
        var other = tagged(T.attempt("q4", facts: ["d"], outcome: .correct), ["war"])
        other.bank = "another"
        progress.record(other, scheduler: scheduler)
        let both = Statistics(progress, at: T.t0.addingTimeInterval(60), timeZone: Self.utc)
        #expect(both.topics.map(\.name) == ["peace (b)", "war (another, b)"])
    }

    @Test func masteredMeansStabilityAboveThreeWeeks() {
        var progress = LearnerProgress()
        progress.memory["b/x"] = .init(
            state: MemoryState(
                phase: .review, step: nil, stability: 30, difficulty: 5, due: T.t0.addingTimeInterval(3 * Self.day),
                lastReview: T.t0),
            reviews: 4, lapses: 0)
        progress.memory["b/y"] = .init(
            state: MemoryState(
                phase: .review, step: nil, stability: 5, difficulty: 5, due: T.t0.addingTimeInterval(9 * Self.day),
                lastReview: T.t0),
            reviews: 2, lapses: 0)
        progress.attempts = [T.attempt("q", facts: ["x"], outcome: .correct)]
        let statistics = Statistics(progress, at: T.t0, timeZone: Self.utc)
        #expect(statistics.banks[0].mastered == 1)
        #expect(statistics.banks[0].dueNextSevenDays == 1)
        #expect(statistics.dueForecast.map(\.count) == [0, 0, 0, 1, 0, 0, 0])
    }

    @Test func dayStreakCountsDaysInARow() {
        var progress = LearnerProgress()
        let scheduler = FSRS()
        for offset in [-3.0, -2, -1, 0] {
            progress.record(
                T.attempt("q", facts: ["a"], outcome: .correct, at: T.t0.addingTimeInterval(offset * Self.day)),
                scheduler: scheduler)
        }
        progress.record(
            T.attempt("q", facts: ["a"], outcome: .correct, at: T.t0.addingTimeInterval(-6 * Self.day)),
            scheduler: scheduler)
        let statistics = Statistics(progress, at: T.t0, timeZone: Self.utc)
        #expect(statistics.dayStreak == 4)
        #expect(statistics.accuracyByDay.count == 14)
        #expect(statistics.accuracyByDay.filter { $0.count > 0 }.count == 5)
        // The next morning, before any answer, the streak still stands.
        #expect(Statistics(progress, at: T.t0.addingTimeInterval(Self.day), timeZone: Self.utc).dayStreak == 4)
        #expect(Statistics(progress, at: T.t0.addingTimeInterval(2 * Self.day), timeZone: Self.utc).dayStreak == 0)
    }
}

/// Days are counted in the learner's time zone, across daylight saving changes, as `Calendar`
/// and `DateFormatter` count them.
@Suite struct StatisticsTimeZoneTests {
    @Test(arguments: ["America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Apia"])
    func daysFollowTheCalendar(_ identifier: String) throws {
        let zone = try #require(TimeZone(identifier: identifier))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "yyyy-MM-dd"
        // Around the spring and autumn changes of both hemispheres, at several hours of the day.
        for start in [1_710_000_000.0, 1_711_800_000, 1_730_500_000, 1_727_500_000, 1_696_000_000] {
            for hour in stride(from: 0.0, to: 48, by: 5) {
                let now = Date(timeIntervalSince1970: start + hour * 3_600)
                var progress = LearnerProgress()
                for back in (0..<15).reversed() {
                    let time = now.addingTimeInterval(-Double(back) * 80_000)
                    let attempt = LearnerProgressTests.attempt(
                        "q\(back)", facts: ["f\(back)"], outcome: .correct, at: time)
                    progress.record(attempt, scheduler: FSRS())
                }
                let statistics = Statistics(progress, at: now, timeZone: zone)
                let today = calendar.startOfDay(for: now)
                let expectedLabels = (-13...0).map {
                    formatter.string(from: calendar.date(byAdding: .day, value: $0, to: today)!)
                }
                #expect(statistics.accuracyByDay.map(\.date) == expectedLabels, "\(identifier) \(now)")
                let expectedCounts = (-13...0).map { offset in
                    progress.attempts.filter {
                        calendar.dateComponents([.day], from: today, to: calendar.startOfDay(for: $0.time)).day
                            == offset
                    }.count
                }
                #expect(statistics.accuracyByDay.map(\.count) == expectedCounts, "\(identifier) \(now)")
            }
        }
    }
}
