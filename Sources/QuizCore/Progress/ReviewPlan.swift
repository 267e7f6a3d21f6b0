import FoundationEssentials

/// What `quiz review` asks: the facts due now, then the recently missed ones, each in a question
/// form the learner did not see last time.
public enum ReviewPlan {
    /// Facts of `bank` to review at `now`: due ones, most overdue first, then those whose last
    /// answer was a miss, most recent first; at most `limit`. A fact missed once and answered
    /// right since is not asked again until it is due.
    public static func facts(_ progress: LearnerProgress, bank: String, at now: Date, limit: Int) -> [String] {
        var chosen = progress.due(bank: bank, at: now)
        var answered: Set<String> = []
        for attempt in progress.attempts.reversed() where attempt.bank == bank {
            for fact in attempt.facts where answered.insert(fact).inserted {
                if attempt.isMiss && !chosen.contains(fact) { chosen.append(fact) }
            }
        }
        return Array(chosen.prefix(limit))
    }

    /// One question per fact from `questions` (every question the bank yields), avoiding the one
    /// last asked about that fact, and preferring another kind of question.
    public static func questions(
        for facts: [String], from questions: [Question], progress: LearnerProgress, bank: String, seed: UInt64
    ) -> [Question] {
        var random = SeededRandom(seed: seed)
        var lastAsked: [String: Attempt] = [:]
        for attempt in progress.attempts where attempt.bank == bank {
            for fact in attempt.facts { lastAsked[fact] = attempt }
        }
        var used: Set<String> = []
        var chosen: [Question] = []
        for fact in facts {
            let candidates = questions.filter { $0.facts.contains(fact) && !used.contains($0.id) }.seededShuffle(
                using: &random)
            let last = lastAsked[fact]
            let fresh =
                candidates.first { $0.id != last?.questionID && $0.kind != last?.kind }
                ?? candidates.first { $0.id != last?.questionID } ?? candidates.first
            if let fresh {
                chosen.append(fresh)
                used.insert(fresh.id)
            }
        }
        return chosen
    }

    /// A missed answer, with how often its facts were missed.
    public struct Missed: Sendable {
        public var attempt: Attempt
        public var timesMissed: Int
    }

    /// Missed answers, newest first.
    public static func missed(_ progress: LearnerProgress, bank: String?) -> [Missed] {
        var counts: [String: Int] = [:]
        // A right answer that needed hints is reviewed, but it was no miss: it is not listed.
        for attempt in progress.attempts where attempt.isMiss && !attempt.answeredRight {
            for fact in Set(attempt.facts) {
                counts[LearnerProgress.key(bank: attempt.bank, fact: fact), default: 0] += 1
            }
        }
        return progress.attempts.reversed().filter {
            $0.isMiss && !$0.answeredRight && (bank == nil || $0.bank == bank)
        }.map { attempt in
            let times = attempt.facts.map { counts[LearnerProgress.key(bank: attempt.bank, fact: $0)] ?? 0 }.max() ?? 0
            return Missed(attempt: attempt, timesMissed: times)
        }
    }
}
