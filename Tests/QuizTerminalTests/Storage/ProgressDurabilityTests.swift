import Foundation
import TestSupport
import Testing

@testable import QuizCore
@testable import QuizTerminal

/// Durability, tested rather than assumed: through a file system that records its calls in
/// order, every answer is written and fsynced (and on creation the folder too) before `append`
/// returns, and in a whole session before its verdict reaches the screen. Take an fsync out of
/// `ProgressFile` and these fail.
@Suite struct ProgressDurabilityTests {
    typealias Event = RecordingFileSystem.Event

    /// Whether `events` hold `call` on `path` after index `start`; the index found.
    static func find(_ events: [Event], _ call: String, _ path: String, after start: Int) -> Int? {
        events.indices.first { $0 > start && events[$0] == Event(call: call, path: path) }
    }

    /// The last write of `path` before `end` is followed by an fsync of `path` before `end`.
    static func syncedBefore(_ events: [Event], _ path: String, end: Int) -> Bool {
        guard let write = events[..<end].lastIndex(where: { $0 == Event(call: "write", path: path) }) else {
            return false
        }
        return find(events, "fsync", path, after: write).map { $0 < end } ?? false
    }

    @Test func everyAnswerIsWrittenAndFsyncedBeforeTheSaveReturns() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/new/progress.json"
        let recorder = RecordingFileSystem()
        let file = try ProgressFile.open(path: path, access: .write, fileSystem: recorder)
        for index in 0..<3 {
            let start = recorder.events.count
            try file.append(ProgressFileTests.attempt("q\(index)", at: Double(index)))
            let events = Array(recorder.events[start...])
            #expect(
                events.contains(Event(call: "write", path: path + "l"))
                    || events.contains(Event(call: "rename", path: path + "l")), "\(events)")
            #expect(Self.syncedBefore(recorder.events, path + "l", end: recorder.events.count) || index == 0)
            // The line is the last thing written, and it is fsynced after its write.
            let write = try #require(events.lastIndex { $0.call == "write" })
            #expect(Self.find(events, "fsync", events[write].path, after: write) != nil, "\(events)")
        }
        // Created: the folder by mkdir, then fsync of the folder holding it; the history through
        // a temporary file, fsynced, renamed, and the folder fsynced after the rename.
        let events = recorder.events
        let made = try #require(events.firstIndex(of: Event(call: "mkdir", path: folder.path + "/new")))
        #expect(Self.find(events, "fsync", folder.path, after: made) != nil, "\(events)")
        let renamed = try #require(events.firstIndex(of: Event(call: "rename", path: path + "l")))
        let temporary = try #require(events[..<renamed].last { $0.call == "write" }?.path)
        #expect(Self.syncedBefore(events, temporary, end: renamed))
        #expect(Self.find(events, "fsync", folder.path + "/new", after: renamed) != nil, "\(events)")
    }

    /// A reader that gives the session its answers one by one.
    final class ScriptedReader: LineReader {
        var lines: [String]
        init(_ lines: [String]) { self.lines = lines }
        var isInteractive: Bool { false }
        func readLine(prompt: String, completions: [String], remember: Bool) -> String? {
            lines.isEmpty ? nil : lines.removeFirst()
        }
        func saveHistory() {}
    }

    @Test func eachVerdictReachesTheScreenAfterItsAnswerIsOnDisk() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/progress.json"
        let bank = Repository.url("QuestionBanks/pakistan-palestine-israel.yaml").path
        let record = try #require(BankFile.load(path: bank).record)
        let questions = QuestionGenerator(record: record, options: GenerationOptions(count: 4)).questions(seed: 3)
        let recorder = RecordingFileSystem()
        let progress = try ProgressFile.open(path: path, access: .write, attempts: false, fileSystem: recorder)
        let repl = REPL(
            reader: ScriptedReader(["a", "b", ":skip", "1948"]), renderer: Renderer(color: false, width: 80),
            write: { text in
                // A verdict: what the screen shows once an answer is graded.
                if ["✔", "✘", "◐", "– Skipped"].contains(where: { text.hasPrefix($0) }) {
                    recorder.note("screen", "verdict")
                }
            })
        var session = Session(bank: "seed", record: record, questions: questions)
        #expect(repl.run(&session, progress: progress) == 0)
        let events = recorder.events
        let verdicts = events.indices.filter { events[$0].call == "screen" }
        #expect(verdicts.count == questions.count)
        var previous = -1
        for verdict in verdicts {
            // Between the previous verdict and this one: the answer's line written and fsynced.
            let window = Array(events[(previous + 1)..<verdict])
            let write = try #require(
                window.lastIndex { $0 == Event(call: "write", path: path + "l") },
                "no write before a verdict: \(window)")
            #expect(Self.find(window, "fsync", path + "l", after: write) != nil, "no fsync before a verdict: \(window)")
            previous = verdict
        }
    }
}
