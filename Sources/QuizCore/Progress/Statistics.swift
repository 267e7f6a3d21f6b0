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
    ///
    /// One pass over the attempts and one over the memory, whatever the length of the history;
    /// the offset from GMT is asked once per quarter of an hour of answers (every time zone
    /// changes its offset on a quarter hour), not once per answer.
    public init(_ progress: LearnerProgress, at now: Date, secondsFromGMT: @escaping (Date) -> Int) {
        var days = DayCounter(now: now, secondsFromGMT: secondsFromGMT)
        var banks: [String: Tally] = [:]
        var topics: [String: Tally] = [:]
        var topicFacts: [String: Set<String>] = [:]
        var answerDays: Set<Int> = []
        var recent = [(sum: Double, count: Int)](repeating: (0, 0), count: 14)
        for attempt in progress.attempts {
            banks[attempt.bank, default: Tally()].add(attempt)
            for topic in attempt.tags ?? [] {
                topics[topic, default: Tally()].add(attempt)
                for fact in attempt.facts {
                    topicFacts[topic, default: []].insert(LearnerProgress.key(bank: attempt.bank, fact: fact))
                }
            }
            let day = days.index(attempt.time)
            answerDays.insert(day)
            if (-13...0).contains(day) {
                recent[day + 13].sum += attempt.credit
                recent[day + 13].count += 1
            }
        }

        // Each fact's figures once: its bank (the key up to its first "/"), due day and mastery.
        var facts: [String: FactFigures] = [:]
        var factsByBank: [String: FactTally] = [:]
        var forecast = [Int](repeating: 0, count: 7)
        for (key, memory) in progress.memory {
            let figures = FactFigures(
                dueDay: days.index(memory.state.due),
                mastered: (memory.state.stability ?? 0) > Self.masteredStability)
            facts[key] = figures
            if let slash = key.firstIndex(of: "/") {
                factsByBank[String(key[..<slash]), default: FactTally()].add(figures)
            }
            let offset = max(0, figures.dueDay)
            if offset < 7 { forecast[offset] += 1 }
        }

        self.banks = banks.keys.sorted().map { name in
            banks[name]!.group(name, facts: factsByBank[name] ?? FactTally())
        }
        self.topics = topics.keys.sorted().map { name in
            var tally = FactTally()
            for key in topicFacts[name] ?? [] {
                if let figures = facts[key] { tally.add(figures) }
            }
            return topics[name]!.group(name, facts: tally)
        }
        var streak = 0
        var day = answerDays.contains(0) ? 0 : -1  // a streak still counts before today's first answer
        while answerDays.contains(day) {
            streak += 1
            day -= 1
        }
        dayStreak = streak
        accuracyByDay = (-13...0).map { offset in
            let (sum, count) = recent[offset + 13]
            return Day(date: days.label(offset), value: count == 0 ? 0 : sum / Double(count), count: count)
        }
        dueForecast = (0...6).map { offset in
            Day(date: days.label(offset), value: Double(forecast[offset]), count: forecast[offset])
        }
    }
}

/// Attempts of a bank or topic, added up in order.
private struct Tally {
    var attempts = 0
    var credit = 0.0
    /// Right answers since the last one that was not.
    var streak = 0

    mutating func add(_ attempt: Attempt) {
        attempts += 1
        credit += attempt.credit
        streak = attempt.isRight ? streak + 1 : 0
    }

    func group(_ name: String, facts: FactTally) -> Statistics.Group {
        Statistics.Group(
            name: name, attempts: attempts, accuracy: attempts == 0 ? 0 : credit / Double(attempts),
            mastered: facts.mastered, facts: facts.count, correctStreak: streak, dueToday: facts.dueToday,
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

/// Days counted from today in the learner's time zone, asking the offset from GMT once per
/// quarter of an hour met.
private struct DayCounter {
    let secondsFromGMT: (Date) -> Int
    let today: Int
    var quarter = Int.min
    var offset = 0

    init(now: Date, secondsFromGMT: @escaping (Date) -> Int) {
        self.secondsFromGMT = secondsFromGMT
        today = CivilTime.daysSince1970(now, secondsFromGMT: secondsFromGMT(now))
    }

    /// The day `date` falls on, counted from today (0), in the past negative.
    mutating func index(_ date: Date) -> Int {
        let interval = date.timeIntervalSince1970
        let seconds = interval.isFinite ? max(-1e15, min(1e15, interval.rounded(.down))) : 0
        let quarterOfDate = Int(seconds) >= 0 ? Int(seconds) / 900 : (Int(seconds) - 899) / 900
        if quarterOfDate != quarter {
            quarter = quarterOfDate
            offset = secondsFromGMT(Date(timeIntervalSince1970: Double(quarterOfDate * 900)))
        }
        return CivilTime.daysSince1970(date, secondsFromGMT: offset) - today
    }

    func label(_ offset: Int) -> String { CivilTime(daysSince1970: today + offset).dateText }
}
