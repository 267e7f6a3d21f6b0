import Foundation
import TestSupport
import Testing

/// Fault injection: sessions killed with SIGKILL at random moments, many times. The progress file
/// must always parse and hold every answer the screen acknowledged.
@Suite struct KillTests {
    /// A progress file with many attempts, so that each save takes long enough to be interrupted.
    static func largeProgress(attempts: Int) -> Data {
        let attempt = """
            {"answer":"a","bank":"old","expected":"b","facts":["f"],"feedback":"x","hints":0,"kind":"true-false",\
            "outcome":"incorrect","questionID":"q","responseSeconds":1,"score":0,"time":"2026-01-01T00:00:00Z"}
            """
        let list = Array(repeating: attempt, count: attempts).joined(separator: ",")
        return Data("{\"schemaVersion\":1,\"attempts\":[\(list)]}".utf8)
    }

    /// Lines that report a verdict: each is printed after its answer was saved.
    static func verdicts(_ bytes: [UInt8]) -> Int {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n").filter {
            $0.hasPrefix("✔") || $0.hasPrefix("✘") || $0.hasPrefix("◐")
        }.count
    }

    /// Reads the child's output into `seen` until it shows `count` verdicts, or the output ends.
    /// The minute allowed is only a guard against a hung child.
    static func readOutput(_ handle: FileHandle, untilVerdicts count: Int, into seen: inout [UInt8]) {
        let deadline = Date().addingTimeInterval(60)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while verdicts(seen) < count, Date() < deadline {
            var descriptor = pollfd(fd: handle.fileDescriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            let received = read(handle.fileDescriptor, &buffer, buffer.count)
            if received <= 0 { return }
            seen += buffer[..<received]
        }
    }

    @Test func killedSessionsNeverLoseAnAcknowledgedAnswer() throws {
        let folder = try TemporaryFolder("quiz-kill")
        defer { folder.remove() }
        let path = folder.file("progress.json").path
        try Self.largeProgress(attempts: 3_000).write(to: URL(fileURLWithPath: path))
        var generator = SystemRandomNumberGenerator()
        var acknowledgedTotal = 0
        var expectedAtLeast = 3_000
        for round in 0..<20 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: QuizBinary.path)
            process.arguments = [
                "take", "pakistan-palestine-israel", "--count", "50", "--seed", String(round), "--progress", path,
            ]
            process.currentDirectoryURL = QuizBinary.repository
            let input = Pipe()
            let output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            try process.run()
            input.fileHandleForWriting.write(Data(String(repeating: "a\n", count: 50).utf8))
            // Two rounds in three first wait for one or two answers to be acknowledged, so that
            // kills land after saves however slowly the machine runs; every round then waits a
            // random moment. The delay only picks when to kill: nothing depends on its length.
            var seen: [UInt8] = []
            Self.readOutput(output.fileHandleForReading, untilVerdicts: round % 3, into: &seen)
            usleep(UInt32.random(in: round % 3 == 0 ? 20_000...900_000 : 0...300_000, using: &generator))
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            try? input.fileHandleForWriting.close()
            seen += output.fileHandleForReading.readDataToEndOfFile()
            // Each verdict line on screen follows the save of its answer.
            let acknowledged = Self.verdicts(seen)
            acknowledgedTotal += acknowledged
            expectedAtLeast += acknowledged
            // Both files must parse, an unfinished last line of the history excepted.
            let count = try ProgressOnDisk.read(path).attempts.count
            #expect(count >= expectedAtLeast, "round \(round): \(count) attempts, \(expectedAtLeast) acknowledged")
            expectedAtLeast = count  // what is on disk is the floor for the next round
        }
        #expect(acknowledgedTotal > 0, "no answer was ever acknowledged: the kills came too early")
        // The next session clears the temporary files the killed ones left (the first round moved
        // the old file's 3,000 answers into the history through one, so kills may have left some),
        // and one planted for a process that has ended; never one of a process still running.
        let abandoned = ".progress-\(try endedProcessID())-1.tmp"
        let running = ".progress-\(getpid())-1.tmp"
        for name in [abandoned, running] { try Data("x".utf8).write(to: folder.file(name)) }
        _ = try QuizBinary.run(["take", "pakistan-palestine-israel", "--count", "1", "--progress", path], input: "a\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers == [running])
        #expect(try ProgressOnDisk.read(path).attempts.count >= expectedAtLeast)
    }
}
