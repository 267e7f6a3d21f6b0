import FoundationEssentials

/// Where a learner stands: per bank and per topic, and day by day.
public struct Statistics: Sendable, Codable, Equatable {
    /// Figures for one bank or topic.
    public struct Group: Sendable, Codable, Equatable {
        public var name: String
        public var attempts: Int
        /// Mean credit of the attempts, 0 to 1.
        public var accuracy: Double
        /// Facts with a memory stability above 21 days.
        public var mastered: Int
        /// Facts with a memory at all.
        public var facts: Int
        /// Right answers in a row, most recent first.
        public var correctStreak: Int
        /// Facts due by the end of today.
        public var dueToday: Int
        /// Facts due in the seven days after today.
        public var dueNextSevenDays: Int
    }

    /// One day's figure.
    public struct Day: Sendable, Codable, Equatable {
        /// `yyyy-MM-dd` in the learner's time zone.
        public var date: String
        public var value: Double
        public var count: Int
    }

    public var banks: [Group]
    public var topics: [Group]
    /// Days in a row, up to today, with at least one answer.
    public var dayStreak: Int
    /// Accuracy per day over the last 14 days (days without answers have count 0).
    public var accuracyByDay: [Day]
    /// Facts falling due on each of the next 7 days (today first; overdue counts as today).
    public var dueForecast: [Day]

    /// Stability, in days, above which a fact counts as mastered.
    public static let masteredStability = 21.0

    /// Computes the statistics at `now`, with days counted in `timeZone`.
    public init(_ progress: LearnerProgress, at now: Date, timeZone: TimeZone) {
        self.init(progress, at: now, secondsFromGMT: { timeZone.secondsFromGMT(for: $0) })
    }

    /// Computes the statistics at `now`, with days counted in the time zone whose offset from
    /// GMT at each moment `secondsFromGMT` gives (the C library's local time, at the edge).
    public init(_ progress: LearnerProgress, at now: Date, secondsFromGMT: (Date) -> Int) {
        let today = CivilTime.daysSince1970(now, secondsFromGMT: secondsFromGMT(now))
        func dayIndex(_ date: Date) -> Int {
            CivilTime.daysSince1970(date, secondsFromGMT: secondsFromGMT(date)) - today
        }
        func label(_ offset: Int) -> String {
            CivilTime(daysSince1970: today + offset).dateText
        }

        func group(_ name: String, attempts: [Attempt], memoryKeys: Set<String>) -> Group {
            let memories = memoryKeys.compactMap { progress.memory[$0] }
            var streak = 0
            for attempt in attempts.reversed() {
                guard attempt.isRight else { break }
                streak += 1
            }
            let dueDays = memories.map { dayIndex($0.state.due) }
            return Group(
                name: name, attempts: attempts.count,
                accuracy: attempts.isEmpty ? 0 : attempts.reduce(0) { $0 + $1.credit } / Double(attempts.count),
                mastered: memories.filter { ($0.state.stability ?? 0) > Self.masteredStability }.count,
                facts: memories.count, correctStreak: streak, dueToday: dueDays.filter { $0 <= 0 }.count,
                dueNextSevenDays: dueDays.filter { (1...7).contains($0) }.count)
        }

        let bankNames = Array(Set(progress.attempts.map(\.bank))).sorted()
        banks = bankNames.map { bank in
            group(
                bank, attempts: progress.attempts.filter { $0.bank == bank },
                memoryKeys: Set(progress.memory.keys.filter { $0.hasPrefix(bank + "/") }))
        }
        let topicNames = Array(Set(progress.attempts.flatMap { $0.tags ?? [] })).sorted()
        topics = topicNames.map { topic in
            let attempts = progress.attempts.filter { ($0.tags ?? []).contains(topic) }
            let keys = Set(
                attempts.flatMap { attempt in attempt.facts.map { LearnerProgress.key(bank: attempt.bank, fact: $0) } })
            return group(topic, attempts: attempts, memoryKeys: keys)
        }

        let days = Set(progress.attempts.map { dayIndex($0.time) })
        var streak = 0
        var day = days.contains(0) ? 0 : -1  // a streak still counts before today's first answer
        while days.contains(day) {
            streak += 1
            day -= 1
        }
        dayStreak = streak

        accuracyByDay = (-13...0).map { offset in
            let attempts = progress.attempts.filter { dayIndex($0.time) == offset }
            let value = attempts.isEmpty ? 0 : attempts.reduce(0) { $0 + $1.credit } / Double(attempts.count)
            return Day(date: label(offset), value: value, count: attempts.count)
        }
        let due = progress.memory.values.map { max(0, dayIndex($0.state.due)) }
        dueForecast = (0...6).map { offset in
            let count = due.filter { $0 == offset }.count
            return Day(date: label(offset), value: Double(count), count: count)
        }
    }
}
