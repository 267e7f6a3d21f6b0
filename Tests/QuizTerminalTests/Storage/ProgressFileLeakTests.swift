import Foundation
import TestSupport
import Testing

@testable import QuizTerminal

/// The leak that fuzzing found (the input kept in Tests/Fuzz/Regressions/progress): read through
/// `FileManager.contents(atPath:)`, an empty progress file left a 4 KiB buffer behind on every
/// read. The fuzz corpus replay cannot see a leak; this test can.
///
/// Memory is measured in a child process of its own (an exit test), where no other test
/// allocates: 10,000 reads of an empty file grew that process's data segment by about 40 MB
/// when the reader leaked, and grow it by next to nothing when the reader frees what it takes.
@Suite struct ProgressFileLeakTests {
    /// The process's data segment (heap and anonymous mappings), in KiB, from /proc.
    static func dataSegment() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmData:") {
            return line.split(separator: " ").lazy.compactMap { Int($0) }.first
        }
        return nil
    }

    /// Opens the progress 10,000 times, with `contents` in `file`, and prints by how many KiB
    /// the data segment grew.
    static func readManyTimes(_ file: String, contents: String) throws {
        let folder = try TemporaryFolder("quiz-leak")
        defer { folder.remove() }
        try folder.write(file, contents)
        // A valid progress.json beside the history, so that the history is read.
        if file != "progress.json" { try folder.write("progress.json", #"{"schemaVersion":3}"#) }
        let base = folder.file("progress.json").path
        // With a valid progress.json the history must be read (a damaged one stops before it).
        if file != "progress.json" { _ = try ProgressFile(path: base) }
        for _ in 0..<100 { _ = try? ProgressFile(path: base) }  // let the allocator settle
        let before = try #require(dataSegment())
        for _ in 0..<10_000 { _ = try? ProgressFile(path: base) }
        let after = try #require(dataSegment())
        print(after - before)
    }

    /// How much the child's data segment grew, in KiB; 10 MB is a quarter of what the leak took.
    static func expectNoGrowth(_ result: ExitTest.Result?) {
        guard let result else { return }  // the child failed: `#expect` said so
        let output = String(decoding: result.standardOutputContent, as: UTF8.self)
        let grown = output.split(separator: "\n").last.flatMap { Int($0) }
        #expect(
            grown.map { $0 < 10_000 } == true,
            "the data segment grew by \(output.trimmingCharacters(in: .whitespacesAndNewlines)) KiB over 10,000 reads")
    }

    @Test func readingAnEmptyProgressFileDoesNotLeak() async {
        Self.expectNoGrowth(
            await #expect(processExitsWith: .success, observing: [\.standardOutputContent]) {
                try ProgressFileLeakTests.readManyTimes("progress.json", contents: "")
            })
    }

    @Test func readingAnEmptyHistoryDoesNotLeak() async {
        Self.expectNoGrowth(
            await #expect(processExitsWith: .success, observing: [\.standardOutputContent]) {
                try ProgressFileLeakTests.readManyTimes("progress.jsonl", contents: "")
            })
    }
}
