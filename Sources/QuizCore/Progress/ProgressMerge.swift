import FoundationEssentials

/// Two learners' histories of the same person (a laptop's and a desktop's) made one.
///
/// The merged history holds every attempt of either once, told apart by `Attempt.stableID`, in
/// time order; the memory of every fact is then recomputed by replaying those attempts through
/// the scheduler, as one file that had seen every answer would hold it. The result depends
/// only on the set of attempts, so merging is commutative (A into B gives what B into A gives)
/// and idempotent (merging the result again changes nothing).
public enum ProgressMerge {
    /// Every attempt of `histories`, each once, in time order (attempts of the same second by
    /// id). Of two attempts with the same id but different content (which no version writes),
    /// the one whose content sorts first is kept, whatever the order of the histories.
    public static func attempts(_ histories: [Attempt]...) -> [Attempt] {
        var byID: [String: (attempt: Attempt, content: String)] = [:]
        for attempt in histories.joined() {
            let id = attempt.stableID
            let content = attempt.contentText
            if let kept = byID[id], kept.content <= content { continue }
            byID[id] = (attempt, content)
        }
        return byID.sorted { left, right in
            left.value.attempt.time != right.value.attempt.time
                ? left.value.attempt.time < right.value.attempt.time : left.key < right.key
        }.map(\.value.attempt)
    }

    /// The history of `attempts` replayed from nothing through `scheduler`: each attempt with
    /// the memory it left, and the memory at the end.
    public static func replay(_ attempts: [Attempt], scheduler: FSRS) -> (
        entries: [LearnerProgress.JournalEntry], progress: LearnerProgress
    ) {
        var progress = LearnerProgress()
        progress.attempts.reserveCapacity(attempts.count)
        var entries: [LearnerProgress.JournalEntry] = []
        entries.reserveCapacity(attempts.count)
        for attempt in attempts {
            let memory = progress.record(attempt, scheduler: scheduler)
            entries.append(LearnerProgress.JournalEntry(attempt: attempt, memory: memory))
        }
        return (entries, progress)
    }

    /// `mine` and `theirs` merged and replayed.
    public static func merge(_ mine: [Attempt], _ theirs: [Attempt], scheduler: FSRS) -> (
        entries: [LearnerProgress.JournalEntry], progress: LearnerProgress
    ) {
        replay(attempts(mine, theirs), scheduler: scheduler)
    }
}
