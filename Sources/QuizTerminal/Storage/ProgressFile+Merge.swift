import FoundationEssentials
import Glibc
import QuizCore

extension ProgressFile {
    /// What a merge did.
    package struct MergeResult: Sendable, Equatable {
        /// Attempts that were not in this file before.
        package var added: Int
        /// Attempts in the merged history.
        package var total: Int
        /// Whether the files were rewritten (false when the merge changed nothing).
        package var changed: Bool
    }

    /// Merges `other` (another progress file's attempts) into this one, under the lock: every
    /// attempt of either once, in time order, and the memory of every fact recomputed by
    /// replaying them through the scheduler (`ProgressMerge`). The history is written whole to
    /// a temporary file and renamed into place, then `progress.json` rewritten: a kill at any
    /// instant leaves the files before the merge or after it. When the merge would change
    /// nothing, nothing is written.
    package func merge(_ other: [Attempt]) throws(Failure) -> MergeResult {
        guard readsAttempts else { fatalError("a merge needs the progress opened with its attempts") }
        var result = MergeResult(added: 0, total: 0, changed: false)
        try withLock(failing: "the merge could not be saved") { () throws(Failure) in
            try catchUp()
            let known = Set(progress.attempts.map(\.stableID))
            let merged = ProgressMerge.merge(progress.attempts, other, scheduler: scheduler)
            result.total = merged.progress.attempts.count
            result.added = merged.progress.attempts.count { !known.contains($0.stableID) }
            guard merged.progress.attempts != progress.attempts || merged.progress.memory != progress.memory else {
                return
            }
            let header = JournalHeader(generation: Self.randomHex())
            var bytes = try Self.encode(header, to: journalPath) + [0x0A]
            for entry in merged.entries {
                bytes += try Self.encode(entry, to: journalPath)
                bytes.append(0x0A)
            }
            try writeJournal(bytes, header: header, lines: merged.entries.count + 1)
            progress = merged.progress
            summary = ProgressSummary(merged.progress.attempts)
            try writeCheckpoint()
            result.changed = true
        }
        return result
    }
}
