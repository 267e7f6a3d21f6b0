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
        self.init(
            summary: ProgressSummary(progress.attempts), memory: progress.memory, at: now,
            secondsFromGMT: secondsFromGMT)
    }

    /// Computes the statistics from the attempts added up (`ProgressSummary`) and the memory of
    /// every fact: one pass over the summary and one over the memory, whatever the length of
    /// the history. The offset from GMT is asked once per quarter of an hour of answers.
    public init(
        summary: ProgressSummary, memory: [String: LearnerProgress.FactMemory], at now: Date,
        secondsFromGMT: (Date) -> Int
    ) {
        let today = CivilTime.daysSince1970(now, secondsFromGMT: secondsFromGMT(now))
        /// The day of a moment, counted from today.
        func day(_ date: Date, offset: Int) -> Int { CivilTime.daysSince1970(date, secondsFromGMT: offset) - today }

        var answerDays: Set<Int> = []
        var recent = [ProgressSummary.Quarter](repeating: .init(), count: 14)
        for (quarter, figures) in summary.quarters {
            let start = Date(timeIntervalSince1970: Double(quarter * 900))
            let index = day(start, offset: secondsFromGMT(start))
            answerDays.insert(index)
            if (-13...0).contains(index) {
                recent[index + 13].attempts += figures.attempts
                recent[index + 13].credit += figures.credit
            }
        }

        // Each fact's figures once: its bank (the key up to its first "/"), due day and mastery.
        var facts: [String: FactFigures] = [:]
        var factsByBank: [String: FactTally] = [:]
        var forecast = [Int](repeating: 0, count: 7)
        for (key, memory) in memory {
            let due = memory.state.due
            let figures = FactFigures(
                dueDay: day(due, offset: secondsFromGMT(due)),
                mastered: (memory.state.stability ?? 0) > Self.masteredStability)
            facts[key] = figures
            if let slash = key.firstIndex(of: "/") {
                factsByBank[String(key[..<slash]), default: FactTally()].add(figures)
            }
            let offset = max(0, figures.dueDay)
            if offset < 7 { forecast[offset] += 1 }
        }

        banks = summary.banks.keys.sorted().map { name in
            Self.group(name, summary.banks[name]!, factsByBank[name] ?? FactTally())
        }
        // A topic is named with the banks it comes from: two banks may use one tag.
        topics = summary.topics.keys.sorted().map { name in
            var tally = FactTally()
            var banks: Set<Substring> = []
            for key in summary.topicFacts[name] ?? [] {
                if let figures = facts[key] { tally.add(figures) }
                if let slash = key.firstIndex(of: "/") { banks.insert(key[..<slash]) }
            }
            let label = banks.isEmpty ? name : "\(name) (\(banks.sorted().joined(separator: ", ")))"
            return Self.group(label, summary.topics[name]!, tally)
        }
        var streak = 0
        var current = answerDays.contains(0) ? 0 : -1  // a streak still counts before today's first answer
        while answerDays.contains(current) {
            streak += 1
            current -= 1
        }
        dayStreak = streak
        func label(_ offset: Int) -> String { CivilTime(daysSince1970: today + offset).dateText }
        accuracyByDay = (-13...0).map { offset in
            let figures = recent[offset + 13]
            let value = figures.attempts == 0 ? 0 : figures.credit / Double(figures.attempts)
            return Day(date: label(offset), value: value, count: figures.attempts)
        }
        dueForecast = (0...6).map { offset in
            Day(date: label(offset), value: Double(forecast[offset]), count: forecast[offset])
        }
    }

    private static func group(_ name: String, _ tally: ProgressSummary.Tally, _ facts: FactTally) -> Group {
        Group(
            name: name, attempts: tally.attempts,
            accuracy: tally.attempts == 0 ? 0 : tally.credit / Double(tally.attempts),
            mastered: facts.mastered, facts: facts.count, correctStreak: tally.streak, dueToday: facts.dueToday,
            dueNextSevenDays: facts.dueNextSevenDays)
    }
}

/// What the statistics need of one fact's memory.
private struct FactFigures {
    /// The day it falls due, counted from today.
    var dueDay: Int
    var mastered: Bool
}

/// Facts of a bank or topic, added up.
private struct FactTally {
    var count = 0
    var mastered = 0
    var dueToday = 0
    var dueNextSevenDays = 0

    mutating func add(_ figures: FactFigures) {
        count += 1
        if figures.mastered { mastered += 1 }
        if figures.dueDay <= 0 { dueToday += 1 }
        if (1...7).contains(figures.dueDay) { dueNextSevenDays += 1 }
    }
}
