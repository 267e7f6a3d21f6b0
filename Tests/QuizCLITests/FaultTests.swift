import Foundation
import Testing

/// Durability under faults: a full disk and a read-only folder give a clear message and leave
/// the progress already saved intact.
@Suite(.serialized) struct FaultTests {
    func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quiz-fault-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs quiz under a shell with a file-size limit (in 512-byte blocks), like a full disk.
    func runLimited(blocks: Int, arguments: [String], input: String) throws -> QuizBinary.Result {
        let quoted = ([QuizBinary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        return try QuizBinary.run(
            ["-c", "ulimit -f \(blocks); exec \(quoted)"], executable: "/bin/sh", input: input)
    }

    @Test func aFullDiskStopsTheQuizWithAMessageAndKeepsEarlierAnswers() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let progress = folder.appendingPathComponent("progress.json").path
        // A first session saves normally.
        _ = try QuizBinary.run(
            ["take", "pakistan-palestine-israel", "--count", "2", "--seed", "1", "--progress", progress],
            input: "a\nb\n")
        let before = try ProgressOnDisk.read(progress).attempts.count
        #expect(before == 2)
        // The history is already past the limit: the next append cannot be written.
        let size = (try FileManager.default.attributesOfItem(atPath: progress + "l")[.size] as? Int) ?? 0
        let result = try runLimited(
            blocks: max(1, size / 512),
            arguments: ["take", "pakistan-palestine-israel", "--count", "3", "--seed", "2", "--progress", progress],
            input: "a\nb\nc\n")
        #expect(result.status == 1)
        #expect(result.errors.contains("could not save the answer"))
        #expect(result.errors.contains("earlier answers are intact"))
        #expect(try ProgressOnDisk.read(progress).attempts.count == before)
    }

    @Test func aReadOnlyFolderSaysSoAndLosesNothing() throws {
        guard getuid() != 0 else {
            // Root writes through permissions; a read-only bind is not available here. Use a
            // folder replaced by a file instead: the progress path cannot be created.
            let folder = try folder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let blocker = folder.appendingPathComponent("not-a-folder")
            try Data("x".utf8).write(to: blocker)
            let result = try QuizBinary.run(
                ["take", "pakistan-palestine-israel", "--count", "1", "--progress", blocker.path + "/progress.json"],
                input: "a\n")
            #expect(result.status == 1)
            #expect(result.errors.contains("cannot create the progress folder") || result.errors.contains("cannot"))
            #expect(try String(contentsOf: blocker, encoding: .utf8) == "x")
            return
        }
        let folder = try folder()
        defer {
            chmod(folder.path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        let progress = folder.appendingPathComponent("progress.json").path
        _ = try QuizBinary.run(
            ["take", "pakistan-palestine-israel", "--count", "1", "--progress", progress], input: "a\n")
        chmod(folder.path, 0o555)
        let result = try QuizBinary.run(
            ["take", "pakistan-palestine-israel", "--count", "1", "--progress", progress], input: "a\n")
        #expect(result.status == 1)
        #expect(try ProgressOnDisk.read(progress).attempts.count == 1)
    }
}
