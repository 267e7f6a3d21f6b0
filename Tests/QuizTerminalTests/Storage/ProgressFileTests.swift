import Foundation
import TestSupport
import Testing

@testable import QuizCore
@testable import QuizTerminal

@Suite struct ProgressFileTests {
    static func attempt(_ id: String, at seconds: Double) -> Attempt {
        Attempt(
            questionID: id, facts: ["f"], bank: "b", kind: .trueFalse, answer: "t", expected: "True",
            outcome: .correct,
            miss: nil, feedback: "Correct.", credit: 1, hints: 0, responseSeconds: 3,
            time: Date(timeIntervalSince1970: 1_700_000_000 + seconds))
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
        let lines = try String(contentsOfFile: path + "l", encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
    }

    @Test func anUnfinishedLastLineIsDroppedNotFatal() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/progress.json"
        let file = try ProgressFile(path: path)
        try file.append(Self.attempt("q1", at: 0))
        // A session killed in the middle of writing its line.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path + "l"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"attempt\":{\"answer\":\"half".utf8))
        try handle.close()
        let reopened = try ProgressFile(path: path)
        #expect(reopened.attempts.map(\.questionID) == ["q1"])
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

    @Test func aDamagedHistoryIsKeptAside() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/progress.json"
        try ProgressFile(path: path).append(Self.attempt("q1", at: 0))
        try Data("not json\n".utf8).write(to: URL(fileURLWithPath: path + "l"))
        let opened = try ProgressFile.open(path: path)
        #expect(opened.notice?.contains("was damaged; it is kept as") == true)
        #expect(opened.file.attempts.isEmpty)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.contains { $0.hasPrefix("progress.jsonl.damaged-") })
    }

    @Test func oldSingleFileProgressIsStillRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/progress.json"
        let json = """
            {"schemaVersion": 1, "attempts": [{"answer":"a","bank":"b","expected":"x","facts":["f"],"feedback":"","hints":0,
            "kind":"true-false","outcome":"correct","questionID":"old","responseSeconds":1,"score":1,"time":"2026-01-01T00:00:00Z"}]}
            """
        try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        let file = try ProgressFile(path: path)
        try file.append(Self.attempt("new", at: 0))
        #expect(try ProgressFile(path: path).attempts.map(\.questionID) == ["old", "new"])
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
        #expect(throws: ProgressFile.Failure.self) { try ProgressFile.open(path: path) }
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue)
    }
}
