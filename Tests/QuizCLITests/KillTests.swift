import Foundation
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

    @Test func killedSessionsNeverLoseAnAcknowledgedAnswer() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quiz-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("progress.json").path
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
            usleep(UInt32.random(in: 20_000...900_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try? input.fileHandleForWriting.close()
            let seen = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            // Each verdict line on screen follows the save of its answer.
            let acknowledged = seen.split(separator: "\n").filter {
                $0.hasPrefix("✔") || $0.hasPrefix("✘") || $0.hasPrefix("◐")
            }.count
            acknowledgedTotal += acknowledged
            expectedAtLeast += acknowledged
            // Both files must parse, an unfinished last line of the history excepted.
            let count = try ProgressOnDisk.read(path).attempts.count
            #expect(count >= expectedAtLeast, "round \(round): \(count) attempts, \(expectedAtLeast) acknowledged")
            expectedAtLeast = count  // what is on disk is the floor for the next round
        }
        #expect(acknowledgedTotal > 0, "no answer was ever acknowledged: the kills came too early")
        // The next session clears the temporary files the killed ones left.
        _ = try QuizBinary.run(["take", "pakistan-palestine-israel", "--count", "1", "--progress", path], input: "a\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers == [])
    }
}
