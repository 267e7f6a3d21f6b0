import Foundation
import TestSupport
import Testing

/// Durability under faults: a full disk and a read-only folder give a clear message and leave
/// the progress already saved intact.
@Suite(.serialized) struct FaultTests {
    /// Runs quiz under a shell with a file-size limit (in 512-byte blocks), like a full disk.
    func runLimited(blocks: Int, arguments: [String], input: String) throws -> QuizBinary.Result {
        let quoted = ([QuizBinary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        return try QuizBinary.run(
            ["-c", "ulimit -f \(blocks); exec \(quoted)"], executable: "/bin/sh", input: input)
    }

    @Test func aFullDiskStopsTheQuizWithAMessageAndKeepsEarlierAnswers() throws {
        let folder = try TemporaryFolder("quiz-fault")
        defer { folder.remove() }
        let progress = folder.file("progress.json").path
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

    @Test func aSessionWhoseHistoryIsMovedAwaySaysSoAtOnce() throws {
        let folder = try TemporaryFolder("quiz-fault")
        defer { folder.remove() }
        let progress = folder.file("progress.json").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: QuizBinary.path)
        process.arguments = [
            "take", "pakistan-palestine-israel", "--count", "3", "--seed", "1", "--progress", progress,
        ]
        process.currentDirectoryURL = QuizBinary.repository
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        (process.standardInput, process.standardOutput, process.standardError) = (input, output, errors)
        try process.run()
        var seen: [UInt8] = []
        input.fileHandleForWriting.write(Data("a\n".utf8))
        KillTests.readOutput(output.fileHandleForReading, untilVerdicts: 1, into: &seen)
        // Another session sets the history aside while this one waits for its second answer.
        try FileManager.default.moveItem(atPath: progress + "l", toPath: folder.file("aside").path)
        input.fileHandleForWriting.write(Data("b\n".utf8))
        KillTests.readOutput(output.fileHandleForReading, untilVerdicts: 2, into: &seen)
        // Told before the next answer is asked for, not at the end nor at the next start.
        var told: [UInt8] = []
        let deadline = Date().addingTimeInterval(60)
        while !String(decoding: told, as: UTF8.self).contains("\n"), Date() < deadline {
            var descriptor = pollfd(fd: errors.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = read(errors.fileHandleForReading.fileDescriptor, &buffer, buffer.count)
            if count <= 0 { break }
            told += buffer[..<count]
        }
        #expect(
            String(decoding: told, as: UTF8.self).contains("replaced or cut short while this quiz ran"),
            "\(String(decoding: told, as: UTF8.self))")
        input.fileHandleForWriting.write(Data("c\n".utf8))
        try input.fileHandleForWriting.close()
        _ = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        // The new history reads, with no bytes of zeros where the old one was.
        let history = try Data(contentsOf: URL(fileURLWithPath: progress + "l"))
        #expect(!history.contains(0))
        #expect(try QuizBinary.run(["progress", "check", "--progress", progress]).status == 0)
        #expect(try ProgressOnDisk.read(progress).attempts.count == 2)
    }

    /// Runs a shell command; true when it succeeded.
    func shell(_ command: String) throws -> Bool {
        try QuizBinary.run(["-c", command], executable: "/bin/sh").status == 0
    }

    /// Whether this machine lets the test make a read-only folder: anyone but root can, by
    /// permissions; root needs to mount a small file system.
    static let canMakeReadOnlyFolder: Bool = {
        guard getuid() == 0 else { return true }
        guard let probe = try? TemporaryFolder("quiz-probe") else { return false }
        defer { probe.remove() }
        guard
            let mounted = try? QuizBinary.run(
                ["-c", "mount -t tmpfs -o size=1m quiz-probe '\(probe.path)' && umount '\(probe.path)'"],
                executable: "/bin/sh")
        else { return false }
        return mounted.status == 0
    }()

    @Test func anUncreatableFolderSaysSo() throws {
        let folder = try TemporaryFolder("quiz-fault")
        defer { folder.remove() }
        let blocker = folder.file("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let result = try QuizBinary.run(
            ["take", "pakistan-palestine-israel", "--count", "1", "--progress", blocker.path + "/progress.json"],
            input: "a\n")
        #expect(result.status == 1)
        #expect(result.errors.contains("not-a-folder: cannot create the progress folder"), "\(result.errors)")
        #expect(!result.output.contains("[1/1]"))
        #expect(try String(contentsOf: blocker, encoding: .utf8) == "x")
    }

    @Test(.enabled(if: canMakeReadOnlyFolder, "root without permission to mount cannot make a read-only folder"))
    func aReadOnlyFolderSaysSoAndLosesNothing() throws {
        let folder = try TemporaryFolder("quiz-fault")
        defer {
            _ = try? shell("umount '\(folder.path)' 2>/dev/null")
            chmod(folder.path, 0o755)
            folder.remove()
        }
        // Root writes through permissions, so as root the folder is a small file system that is
        // remounted read-only; otherwise its permissions are taken away.
        let mounted = try getuid() == 0 && shell("mount -t tmpfs -o size=4m quiz-fault '\(folder.path)'")
        let progress = folder.file("progress.json").path
        _ = try QuizBinary.run(
            ["take", "pakistan-palestine-israel", "--count", "1", "--seed", "1", "--progress", progress], input: "a\n")
        let saved = try Data(contentsOf: URL(fileURLWithPath: progress + "l"))
        #expect(try ProgressOnDisk.read(progress).attempts.count == 1)
        if mounted {
            #expect(try shell("mount -o remount,ro '\(folder.path)'"))
        } else {
            // The files too: a folder's permissions do not stop writes to files already in it.
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                chmod(folder.file(name).path, 0o400)
            }
            chmod(folder.path, 0o555)
        }
        let result = try QuizBinary.run(
            ["take", "pakistan-palestine-israel", "--count", "1", "--seed", "2", "--progress", progress], input: "a\n")
        #expect(result.status == 1)
        #expect(
            result.errors.contains("Read-only file system") || result.errors.contains("Permission denied"),
            "\(result.errors)")
        #expect(result.errors.contains("answers could not be saved"))
        // The learner hears of it before answering, not after.
        #expect(!result.output.contains("[1/1]"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: progress + "l")) == saved)
        #expect(try ProgressOnDisk.read(progress).attempts.count == 1)
        // The statistics still read.
        let stats = try QuizBinary.run(["stats", "--progress", progress])
        #expect(stats.status == 0, "\(stats.errors)")
    }
}
