import Foundation
import TestSupport
import Testing

@testable import QuizCore
@testable import QuizTerminal

@Suite struct ProgressFileTests {
    static func attempt(_ id: String, at seconds: Double, fact: String = "f") -> Attempt {
        Attempt(
            questionID: id, facts: [fact], bank: "b", kind: .trueFalse, answer: "t", expected: "True",
            outcome: .correct,
            miss: nil, feedback: "Correct.", credit: 1, hints: 0, responseSeconds: 3,
            time: Date(timeIntervalSince1970: 1_700_000_000 + seconds))
    }

    static func lines(_ path: String) throws -> [Substring] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    }

    @Test func answersGoToTheHistoryAndComeBack() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/progress.json"
        let file = try ProgressFile(path: path)
        try file.append(Self.attempt("q1", at: 0))
        try file.append(Self.attempt("q2", at: 60))
        let reopened = try ProgressFile(path: path)
        #expect(reopened.attempts.map(\.questionID) == ["q1", "q2"])
        #expect(reopened.progress.memory["b/f"]?.reviews == 2)
        #expect(reopened.progress.memory == file.progress.memory)
        let lines = try Self.lines(path + "l")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix(#"{"generation":"#))
        // Every saved attempt has an id of its own.
        let ids = reopened.attempts.compactMap(\.id)
        #expect(ids.count == 2 && Set(ids).count == 2)
    }

    @Test func anUnfinishedLastLineIsDroppedNotFatal() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/progress.json"
        let file = try ProgressFile(path: path)
        try file.append(Self.attempt("q1", at: 0))
        // A session killed in the middle of writing its line.
        try appendText("{\"attempt\":{\"answer\":\"half", to: path + "l")
        let reopened = try ProgressFile(path: path)
        #expect(reopened.attempts.map(\.questionID) == ["q1"])
        #expect(reopened.notices.isEmpty)
        try reopened.append(Self.attempt("q3", at: 120))
        let text = try String(contentsOfFile: path + "l", encoding: .utf8)
        #expect(!text.contains("half"))
        #expect(try ProgressFile(path: path).attempts.map(\.questionID) == ["q1", "q3"])
    }

    @Test func aSessionSeesWhatAnotherAddedBeforeItWrites() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/progress.json"
        let first = try ProgressFile(path: path)
        let second = try ProgressFile(path: path)
        try first.append(Self.attempt("a", at: 0))
        try second.append(Self.attempt("b", at: 60))
        try first.append(Self.attempt("c", at: 120))
        #expect(try ProgressFile(path: path).attempts.map(\.questionID) == ["a", "b", "c"])
        #expect(first.progress.memory["b/f"]?.reviews == 3)
    }

    @Test func oldSingleFileProgressIsMovedIntoTheHistory() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/progress.json"
        let json = """
            {"schemaVersion": 1, "attempts": [{"answer":"a","bank":"b","expected":"x","facts":["f"],"feedback":"","hints":0,
            "kind":"true-false","outcome":"correct","questionID":"old","responseSeconds":1,"score":1,"time":"2026-01-01T00:00:00Z"}],
            "memory": {"b/g": {"lapses": 0, "reviews": 3, "state": {"phase": 2, "due": "2026-02-01T00:00:00Z"}}}}
            """
        try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        // A reader sees the old file as it is, and changes nothing.
        let read = try ProgressFile.open(path: path, access: .read)
        #expect(read.attempts.map(\.questionID) == ["old"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == json)
        // A writer moves the attempts and memory into the history, once.
        let file = try ProgressFile.open(path: path, access: .write)
        try file.append(Self.attempt("new", at: 0))
        let reopened = try ProgressFile(path: path)
        #expect(reopened.attempts.map(\.questionID) == ["old", "new"])
        #expect(reopened.progress.memory["b/g"]?.reviews == 3)
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
        #expect((document as? [String: Any])?["schemaVersion"] as? Int == 3)
        #expect((document as? [String: Any])?["attempts"] == nil)
    }

    @Test func aCheckpointStandsForTheHistoryItFoldsAndNothingIsDropped() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/progress.json"
        let file = try ProgressFile.open(path: path, access: .write, compactionBytes: 2_000)
        for index in 0..<30 {
            try file.append(Self.attempt("q\(index)", at: Double(index) * 60, fact: "f\(index % 7)"))
        }
        let checkpoint = try #require(try ProgressFile(path: path).state.document?.checkpoint)
        #expect(checkpoint.lines > 1)
        // Every attempt is still in the history; the memory read through the checkpoint is the
        // memory of reading every line.
        let everything = try ProgressFile.open(path: path, access: .read, attempts: true)
        #expect(everything.attempts.map(\.questionID) == (0..<30).map { "q\($0)" })
        let session = try ProgressFile.open(path: path, access: .read, attempts: false)
        #expect(session.state.checkpointBytes == checkpoint.bytes)
        #expect(session.attempts.isEmpty)
        var replayed = LearnerProgress()
        for attempt in everything.attempts { replayed.record(attempt, scheduler: FSRS()) }
        #expect(session.progress.memory == replayed.memory)
        #expect(everything.progress.memory == replayed.memory)
        // The attempts added up for the statistics: from the checkpoint and the lines after it,
        // as from every attempt.
        #expect(session.summary == ProgressSummary(everything.attempts))
        #expect(checkpoint.summary.banks["b"]?.attempts == checkpoint.lines - 1)
    }

    @Test func aCheckpointOfAnotherHistoryIsNotApplied() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/progress.json"
        let file = try ProgressFile.open(path: path, access: .write, compactionBytes: 1)
        try file.append(Self.attempt("a", at: 0))
        let staleDocument = try Data(contentsOf: URL(fileURLWithPath: path))
        // The history is rewritten (as a merge does) and the process dies before progress.json
        // follows: the old checkpoint names another generation.
        let other = try TemporaryFolder()
        defer { other.remove() }
        let otherFile = try ProgressFile.open(path: other.path + "/progress.json", access: .write)
        try otherFile.append(Self.attempt("x", at: 0, fact: "g"))
        try FileManager.default.removeItem(atPath: path + "l")
        try FileManager.default.copyItem(atPath: other.path + "/progress.jsonl", toPath: path + "l")
        try staleDocument.write(to: URL(fileURLWithPath: path))
        let reopened = try ProgressFile.open(path: path, access: .read, attempts: false)
        #expect(reopened.state.checkpointBytes == 0)
        #expect(reopened.progress.memory.keys.sorted() == ["b/g"])
    }
}

@Suite struct UnreadableProgressTests {
    @Test func anUnreadableProgressFileIsLeftAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A folder where the file should be: there, but not readable as a file (a permission
        // test would not do: the tests may run as root).
        let path = folder.path + "/progress.json"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for access in [ProgressFile.Access.read, .write] {
            #expect(throws: ProgressFile.Failure.self) { try ProgressFile.open(path: path, access: access) }
        }
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue)
    }
}
