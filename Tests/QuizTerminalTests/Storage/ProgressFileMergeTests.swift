import Foundation
import PropertyBased
import TestSupport
import Testing

@testable import QuizCore
@testable import QuizTerminal

/// Merging progress files: random histories split across two files (each answer saved on one
/// machine, the other, or both) merge to the attempts and memory of one file that saw them all,
/// in either order, and merging again changes nothing, not a byte.
@Suite struct ProgressFileMergeTests {
    /// Writes `attempts` as a history an older version saved them in (attempts without an id
    /// stand for answers saved before ids were kept), then opens it as a writer, which brings it
    /// to this version's form with a checkpoint.
    static func save(_ attempts: [Attempt], to path: String) throws {
        guard !attempts.isEmpty else { return }
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        var progress = LearnerProgress()
        var lines = Data()
        for attempt in attempts {
            let memory = progress.record(attempt, scheduler: FSRS())
            lines += Data(
                try ProgressFile.encode(LearnerProgress.JournalEntry(attempt: attempt, memory: memory), to: path))
            lines.append(0x0A)
        }
        try Data(#"{"schemaVersion":2,"attempts":[]}"#.utf8).write(to: URL(fileURLWithPath: path))
        try lines.write(to: URL(fileURLWithPath: path + "l"))
        _ = try ProgressFile.open(path: path, access: .write, compactionBytes: 700)
    }

    /// Both files' bytes; nil for a file not there (a side that saved no answer has none).
    static func bytes(_ path: String) -> [Data?] {
        [path, path + "l"].map { FileManager.default.contents(atPath: $0) }
    }

    static func check(_ history: RandomHistory) throws {
        let folder = try TemporaryFolder("quiz-merge")
        defer { folder.remove() }
        let (a, b) = history.split
        let one = history.oneFile(scheduler: FSRS())
        // A into B, and B into A, each in its own pair of files.
        var merged: [LearnerProgress] = []
        for (name, mine, theirs) in [("ab", a, b), ("ba", b, a)] {
            let minePath = folder.path + "/\(name)/mine.json"
            let theirPath = folder.path + "/\(name)/theirs.json"
            try save(mine, to: minePath)
            try save(theirs, to: theirPath)
            let theirBytes = bytes(theirPath)
            let file = try ProgressFile.open(path: minePath, access: .write)
            let result = try file.merge(try ProgressFile(path: theirPath).attempts)
            #expect(result.total == one.attempts.count)
            #expect(bytes(theirPath) == theirBytes)
            let reread = try ProgressFile(path: minePath)
            #expect(reread.notices.isEmpty)
            merged.append(reread.progress)
            // Twice: nothing written.
            let after = bytes(minePath)
            let again = try ProgressFile.open(path: minePath, access: .write).merge(
                try ProgressFile(path: theirPath).attempts)
            #expect(!again.changed && again.added == 0)
            #expect(bytes(minePath) == after)
            // Opened for a quiz (through its checkpoint), the memory is the same.
            #expect(try ProgressFile.open(path: minePath, access: .read, attempts: false).progress.memory == one.memory)
        }
        #expect(merged[0].attempts == one.attempts)
        #expect(merged[0].memory == one.memory)
        #expect(merged[1] == merged[0])
    }

    @Test func splitHistoriesMergeToWhatOneFileThatSawThemAllHolds() async {
        await propertyCheck(count: 25, input: RandomHistory.history) { history in
            #expect(throws: Never.self) { try Self.check(history) }
        }
    }
}
