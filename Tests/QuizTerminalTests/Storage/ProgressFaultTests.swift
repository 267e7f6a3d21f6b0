import Foundation
import TestSupport
import Testing

@testable import QuizCore
@testable import QuizTerminal

/// The progress files changing, failing or damaged under a session: each fault gets a message
/// and loses nothing that was saved.
@Suite struct ProgressFaultTests {
    static func attempt(_ id: String, at seconds: Double) -> Attempt { ProgressFileTests.attempt(id, at: seconds) }

    func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

    @Test func aHistoryMovedAwayUnderASessionIsReadAgainNotPaddedWithZeros() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/progress.json"
        let session = try ProgressFile.open(path: path, access: .write, attempts: false)
        try session.append(Self.attempt("a", at: 0))
        try session.append(Self.attempt("b", at: 60))
        // Another session sets the history aside while this one runs.
        try FileManager.default.moveItem(atPath: path + "l", toPath: folder.path + "/aside.jsonl")
        let notices = try session.append(Self.attempt("c", at: 120))
        #expect(notices.count == 1)
        #expect(notices.first?.contains("replaced or cut short while this quiz ran") == true)
        #expect(!(try bytes(path + "l")).contains(0))
        let reopened = try ProgressFile.open(path: path, access: .read)
        #expect(reopened.notices.isEmpty)
        #expect(reopened.attempts.map(\.questionID) == ["c"])
    }

    @Test func aHistoryCutShortUnderASessionIsReadAgain() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/progress.json"
        let session = try ProgressFile.open(path: path, access: .write, attempts: false)
        for (index, id) in ["a", "b", "c"].enumerated() { try session.append(Self.attempt(id, at: Double(index))) }
        let lines = try ProgressFileTests.lines(path + "l")
        try Data((lines[0...1].joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path + "l"))
        let notices = try session.append(Self.attempt("d", at: 200))
        #expect(notices.first?.contains("replaced or cut short") == true)
        #expect(try ProgressFile(path: path).attempts.map(\.questionID) == ["a", "d"])
        #expect(session.progress.memory["b/f"]?.reviews == 2)
    }

    @Test func aHistoryReplacedByACopyIsNotReadTwice() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/progress.json"
        let session = try ProgressFile.open(path: path, access: .write, attempts: true)
        try session.append(Self.attempt("a", at: 0))
        // The same bytes in another file (a restore from a backup): same size, another inode.
        try FileManager.default.copyItem(atPath: path + "l", toPath: folder.path + "/copy")
        _ = rename(folder.path + "/copy", path + "l")
        try session.append(Self.attempt("b", at: 60))
        #expect(session.attempts.map(\.questionID) == ["a", "b"])
        #expect(try ProgressFile(path: path).attempts.map(\.questionID) == ["a", "b"])
    }

    @Test(arguments: [ENOLCK, EIO, EBADF])
    func aLockThatFailsStopsTheSaveWithAMessage(_ code: Int32) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/progress.json"
        let recorder = RecordingFileSystem()
        let session = try ProgressFile.open(path: path, access: .write, fileSystem: recorder)
        try session.append(Self.attempt("a", at: 0))
        let before = try bytes(path + "l")
        recorder.fault = { call, _ in call == "flock" ? code : nil }
        func changes() -> [RecordingFileSystem.Event] { recorder.changes.filter { $0.path != path + ".lock" } }
        let changesBefore = changes().count
        #expect {
            try session.append(Self.attempt("b", at: 60))
        } throws: { error in
            (error as? ProgressFile.Failure)?.description.contains("cannot lock the progress file") == true
        }
        #expect(try bytes(path + "l") == before)
        #expect(changes().count == changesBefore, "\(changes().suffix(3))")
    }

    @Test func anInterruptedLockIsTakenAgain() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let recorder = RecordingFileSystem()
        var interruptions = 2
        recorder.fault = { call, _ in
            guard call == "flock", interruptions > 0 else { return nil }
            interruptions -= 1
            return EINTR
        }
        let session = try ProgressFile.open(path: folder.path + "/progress.json", access: .write, fileSystem: recorder)
        try session.append(Self.attempt("a", at: 0))
        #expect(try ProgressFile(path: folder.path + "/progress.json").attempts.count == 1)
    }

    @Test func aReadErrorIsAnErrorNeverAnEmptyHistory() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/progress.json"
        let writer = try ProgressFile.open(path: path, access: .write)
        try writer.append(Self.attempt("a", at: 0))
        let recorder = RecordingFileSystem()
        recorder.fault = { call, file in call == "read" && file.hasSuffix(".jsonl") ? EIO : nil }
        for access in [ProgressFile.Access.read, .write] {
            #expect {
                try ProgressFile.open(path: path, access: access, fileSystem: recorder)
            } throws: { error in
                (error as? ProgressFile.Failure)?.description.contains("cannot read the progress history") == true
            }
        }
        #expect(try ProgressFile(path: path).attempts.count == 1)
    }

    @Test func aReadErrorWhileSavingTruncatesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/progress.json"
        let recorder = RecordingFileSystem()
        let session = try ProgressFile.open(path: path, access: .write, fileSystem: recorder)
        try session.append(Self.attempt("a", at: 0))
        // Another session adds a line; reading it fails.
        try ProgressFile(path: path).append(Self.attempt("b", at: 30))
        let before = try bytes(path + "l")
        recorder.fault = { call, file in call == "read" && file.hasSuffix(".jsonl") ? EIO : nil }
        #expect(throws: ProgressFile.Failure.self) { try session.append(Self.attempt("c", at: 60)) }
        #expect(try bytes(path + "l") == before)
        #expect(!recorder.changes.contains { $0.call == "ftruncate" })
    }

    @Test func aDamagedLineCostsThatLineAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/progress.json"
        let writer = try ProgressFile.open(path: path, access: .write)
        for (index, id) in ["a", "b", "c"].enumerated() { try writer.append(Self.attempt(id, at: Double(index))) }
        var lines = try ProgressFileTests.lines(path + "l").map(String.init)
        lines.insert("{\"attempt\": not json", at: 2)
        lines.insert("\u{0}\u{0}garbage", at: 4)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path + "l"))

        // A reader skips them, says so, and moves nothing.
        let reader = try ProgressFile.open(path: path, access: .read)
        #expect(reader.attempts.map(\.questionID) == ["a", "b", "c"])
        #expect(
            reader.notices == [
                "\(path)l: 2 damaged lines skipped (lines 3 and 5); the next quiz moves them to a side file"
            ])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                "progress.json", "progress.json.lock", "progress.jsonl",
            ])

        // A writer moves them, with their numbers, to a side file and keeps every other line.
        let repaired = try ProgressFile.open(path: path, access: .write, now: { Date(timeIntervalSince1970: 0) })
        let aside = path + "l.damaged-19700101-000000"
        #expect(
            repaired.notices == [
                "\(path)l: 2 damaged lines (lines 3 and 5) moved to \(aside); 3 answers kept"
            ])
        #expect(
            try String(contentsOfFile: aside, encoding: .utf8) == "3\t{\"attempt\": not json\n5\t\u{0}\u{0}garbage\n")
        #expect(try ProgressFile(path: path).attempts.map(\.questionID) == ["a", "b", "c"])
        #expect(try ProgressFile(path: path).notices.isEmpty)
    }

    @Test func aDamagedLineFoundWhileSavingIsToldAtOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/progress.json"
        let session = try ProgressFile.open(path: path, access: .write)
        try session.append(Self.attempt("a", at: 0))
        try appendText("damage\n", to: path + "l")
        let notices = try session.append(Self.attempt("b", at: 60))
        #expect(notices.count == 1)
        #expect(notices.first?.contains("1 damaged line (line 3) moved to") == true)
        #expect(try ProgressFile(path: path).attempts.map(\.questionID) == ["a", "b"])
    }

    @Test func readersCreateRenameAndRemoveNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // No folder at all: a reader reads an empty history and creates nothing.
        let recorder = RecordingFileSystem()
        let missing = folder.path + "/not/there/progress.json"
        let empty = try ProgressFile.open(path: missing, access: .read, fileSystem: recorder)
        #expect(empty.attempts.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/not"))
        // A damaged history, an unfinished line, a killed session's temporary file: all left.
        let path = folder.path + "/progress.json"
        try ProgressFile.open(path: path, access: .write).append(Self.attempt("a", at: 0))
        try FileManager.default.removeItem(atPath: path + ".lock")
        try appendText("bad\n{\"attempt\":", to: path + "l")
        try folder.write(".progress-\(try endedProcessID())-1.tmp", "left by a killed session")
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let history = try bytes(path + "l")
        _ = try ProgressFile.open(path: path, access: .read, fileSystem: recorder)
        _ = try ProgressFile.check(path: path, fileSystem: recorder)
        #expect(recorder.changes == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == before)
        #expect(try bytes(path + "l") == history)
    }

    @Test func writersRemoveKilledSessionsTemporaryFilesUnderTheLock() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dead = ".progress-\(try endedProcessID())-7.tmp"
        let alive = ".progress-\(getppid())-7.tmp"  // a process that is running: never removed
        try folder.write(dead, "x")
        try folder.write(alive, "x")
        let recorder = RecordingFileSystem()
        _ = try ProgressFile.open(path: folder.path + "/progress.json", access: .write, fileSystem: recorder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!names.contains(dead))
        #expect(names.contains(alive))
        let lock = try #require(recorder.events.firstIndex { $0.call == "flock" })
        let removal = try #require(recorder.events.firstIndex { $0.call == "unlink" })
        #expect(lock < removal)
    }

    @Test func aDamagedProgressFileIsSetAsideByAWriterOnly() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/progress.json"
        try ProgressFile.open(path: path, access: .write).append(Self.attempt("a", at: 0))
        try Data("not json".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: ProgressFile.Failure.self) { try ProgressFile.open(path: path, access: .read) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "not json")
        let writer = try ProgressFile.open(path: path, access: .write)
        #expect(writer.notices.first?.contains("the progress file was damaged; it is kept as") == true)
        // The history holds every answer: nothing is lost with the document.
        #expect(try ProgressFile(path: path).attempts.map(\.questionID) == ["a"])
    }

    @Test func aFoldThatFailsLosesNoAnswer() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/progress.json"
        let recorder = RecordingFileSystem()
        let session = try ProgressFile.open(path: path, access: .write, fileSystem: recorder, compactionBytes: 1)
        try session.append(Self.attempt("a", at: 0))
        recorder.fault = { call, file in call == "rename" && file == path ? ENOSPC : nil }
        let notices = try session.append(Self.attempt("b", at: 60))
        #expect(notices.first?.contains("could not be folded") == true)
        #expect(try ProgressFile(path: path).attempts.map(\.questionID) == ["a", "b"])
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: folder.path)).contains { $0.hasSuffix(".tmp") })
    }
}
