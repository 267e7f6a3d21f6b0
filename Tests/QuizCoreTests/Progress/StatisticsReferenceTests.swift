import Foundation
import PropertyBased
import TestSupport
import Testing

@testable import QuizCore

/// The statistics, computed in one pass, against the plain definition of every figure (each
/// figure recomputed from all the attempts, one day at a time, as the first version did).
@Suite struct StatisticsReferenceTests {
    /// Every figure of `Statistics`.
    struct Figures: Equatable {
        var banks: [Statistics.Group]
        var topics: [Statistics.Group]
        var dayStreak: Int
        var accuracyByDay: [Statistics.Day]
        var dueForecast: [Statistics.Day]

        init(
            banks: [Statistics.Group], topics: [Statistics.Group], dayStreak: Int, accuracyByDay: [Statistics.Day],
            dueForecast: [Statistics.Day]
        ) {
            (self.banks, self.topics, self.dayStreak) = (banks, topics, dayStreak)
            (self.accuracyByDay, self.dueForecast) = (accuracyByDay, dueForecast)
        }

        init(_ statistics: Statistics) {
            self.init(
                banks: statistics.banks, topics: statistics.topics, dayStreak: statistics.dayStreak,
                accuracyByDay: statistics.accuracyByDay, dueForecast: statistics.dueForecast)
        }
    }

    /// The figures by their definitions, slowly.
    static func reference(_ progress: LearnerProgress, at now: Date, secondsFromGMT: (Date) -> Int) -> Figures {
        let today = CivilTime.daysSince1970(now, secondsFromGMT: secondsFromGMT(now))
        func dayIndex(_ date: Date) -> Int {
            CivilTime.daysSince1970(date, secondsFromGMT: secondsFromGMT(date)) - today
        }
        func label(_ offset: Int) -> String { CivilTime(daysSince1970: today + offset).dateText }
        func group(_ name: String, attempts: [Attempt], memoryKeys: Set<String>) -> Statistics.Group {
            let memories = memoryKeys.compactMap { progress.memory[$0] }
            var streak = 0
            for attempt in attempts.reversed() {
                guard attempt.isRight else { break }
                streak += 1
            }
            let dueDays = memories.map { dayIndex($0.state.due) }
            return Statistics.Group(
                name: name, attempts: attempts.count,
                accuracy: attempts.isEmpty ? 0 : attempts.reduce(0) { $0 + $1.credit } / Double(attempts.count),
                mastered: memories.filter { ($0.state.stability ?? 0) > Statistics.masteredStability }.count,
                facts: memories.count, correctStreak: streak, dueToday: dueDays.filter { $0 <= 0 }.count,
                dueNextSevenDays: dueDays.filter { (1...7).contains($0) }.count)
        }
        let banks = Array(Set(progress.attempts.map(\.bank))).sorted().map { bank in
            group(
                bank, attempts: progress.attempts.filter { $0.bank == bank },
                memoryKeys: Set(progress.memory.keys.filter { $0.hasPrefix(bank + "/") }))
        }
        let topics = Array(Set(progress.attempts.flatMap { $0.tags ?? [] })).sorted().map { topic in
            let attempts = progress.attempts.filter { ($0.tags ?? []).contains(topic) }
            let keys = Set(
                attempts.flatMap { attempt in attempt.facts.map { LearnerProgress.key(bank: attempt.bank, fact: $0) } })
            // Named with the banks its answers come from.
            let banks = Set(attempts.filter { !$0.facts.isEmpty }.map(\.bank)).sorted()
            return group(
                banks.isEmpty ? topic : "\(topic) (\(banks.joined(separator: ", ")))", attempts: attempts,
                memoryKeys: keys)
        }
        let days = Set(progress.attempts.map { dayIndex($0.time) })
        var streak = 0
        var day = days.contains(0) ? 0 : -1
        while days.contains(day) {
            streak += 1
            day -= 1
        }
        let accuracy = (-13...0).map { offset in
            let attempts = progress.attempts.filter { dayIndex($0.time) == offset }
            let value = attempts.isEmpty ? 0 : attempts.reduce(0) { $0 + $1.credit } / Double(attempts.count)
            return Statistics.Day(date: label(offset), value: value, count: attempts.count)
        }
        let due = progress.memory.values.map { max(0, dayIndex($0.state.due)) }
        let forecast = (0...6).map { offset in
            let count = due.filter { $0 == offset }.count
            return Statistics.Day(date: label(offset), value: Double(count), count: count)
        }
        return Figures(
            banks: banks, topics: topics, dayStreak: streak, accuracyByDay: accuracy, dueForecast: forecast)
    }

    /// A time zone whose offset jumps between +1 h and −5 h every 97 quarter hours (on a quarter
    /// hour, as real ones do), so that days are cut differently from one answer to the next.
    static func jumpyOffset(_ date: Date) -> Int {
        let quarter = Int((date.timeIntervalSince1970 / 900).rounded(.down))
        return (quarter / 97) % 2 == 0 ? 3_600 : -18_000
    }

    static func check(_ history: RandomHistory, later: Int, jumpy: Bool) {
        let progress = history.oneFile(scheduler: FSRS())
        let last = progress.attempts.last?.time ?? Date(timeIntervalSince1970: 1_750_000_000)
        let now = last.addingTimeInterval(Double(later))
        func offset(_ date: Date) -> Int { jumpy ? jumpyOffset(date) : 0 }
        let fast = Figures(Statistics(progress, at: now, secondsFromGMT: offset))
        #expect(fast == Self.reference(progress, at: now, secondsFromGMT: offset))
    }

    @Test func onePassGivesTheFiguresOfTheirDefinitions() async {
        await propertyCheck(count: 200, input: RandomHistory.history, Gen.int(in: 0...400_000), Gen.bool) {
            history, later, jumpy in
            Self.check(history, later: later, jumpy: jumpy)
        }
    }
}
