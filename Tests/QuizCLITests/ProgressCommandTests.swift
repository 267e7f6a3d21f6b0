import Foundation
import TestSupport
import Testing

/// `quiz progress merge`, `check` and `export`, and the readers that must change nothing.
@Suite struct ProgressCommandTests {
    static let bank = "pakistan-palestine-israel"

    /// A quiz of `answers` saved into `path`.
    static func quiz(_ path: String, seed: Int, answers: [String]) throws {
        let result = try QuizBinary.run(
            ["take", bank, "--count", String(answers.count), "--seed", String(seed), "--progress", path],
            input: answers.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.errors)")
    }

    static func ids(_ path: String) throws -> [String] {
        try ProgressOnDisk.read(path).attempts.compactMap { $0["id"] as? String }
    }

    static func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func mergingEitherWayGivesTheSameHistoryAndMergingAgainChangesNothing() throws {
        let folder = try TemporaryFolder("quiz-merge")
        defer { folder.remove() }
        let laptop = folder.file("laptop/progress.json").path
        let desktop = folder.file("desktop/progress.json").path
        // Passing is an answer to a question of any type: the histories do not depend on which
        // types the seeds deal.
        try Self.quiz(laptop, seed: 1, answers: [":skip", ":skip", ":skip"])
        // The desktop starts from a copy of the laptop's files, then each goes its own way.
        try FileManager.default.createDirectory(atPath: folder.file("desktop").path, withIntermediateDirectories: true)
        for suffix in ["", "l"] { try FileManager.default.copyItem(atPath: laptop + suffix, toPath: desktop + suffix) }
        try Self.quiz(laptop, seed: 2, answers: [":skip", ":skip"])
        try Self.quiz(desktop, seed: 3, answers: [":skip", ":skip", ":skip", ":skip"])
        let all = Set(try Self.ids(laptop) + Self.ids(desktop))
        #expect(all.count == 9)

        // A copy of each, to merge the other way round.
        let laptop2 = folder.file("laptop2/progress.json").path
        let desktop2 = folder.file("desktop2/progress.json").path
        for (from, to) in [(laptop, laptop2), (desktop, desktop2)] {
            try FileManager.default.createDirectory(
                atPath: (to as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            for suffix in ["", "l"] { try FileManager.default.copyItem(atPath: from + suffix, toPath: to + suffix) }
        }
        let theirs = try Self.bytes(desktop + "l")
        let merged = try QuizBinary.run(["progress", "merge", desktop, "--progress", laptop])
        #expect(merged.status == 0, "\(merged.errors)")
        #expect(merged.output.contains("6 new answers") || merged.output.contains("4 new answers"), "\(merged.output)")
        #expect(try Self.bytes(desktop + "l") == theirs, "the other file is only read")
        let other = try QuizBinary.run(["progress", "merge", laptop2, "--progress", desktop2])
        #expect(other.status == 0, "\(other.errors)")

        let one = try ProgressOnDisk.read(laptop)
        let two = try ProgressOnDisk.read(desktop2)
        #expect(Set(try Self.ids(laptop)) == all)
        #expect(try Self.ids(laptop) == Self.ids(desktop2))
        #expect(NSDictionary(dictionary: one.memory) == NSDictionary(dictionary: two.memory))
        // In time order.
        let times = one.attempts.compactMap { $0["time"] as? String }
        #expect(times == times.sorted())

        // Twice: nothing changes, not a byte.
        let before = (try Self.bytes(laptop), try Self.bytes(laptop + "l"))
        let again = try QuizBinary.run(["progress", "merge", desktop, "--progress", laptop])
        #expect(again.status == 0)
        #expect(again.output.contains("Nothing to merge"))
        #expect(try Self.bytes(laptop) == before.0 && Self.bytes(laptop + "l") == before.1)
        // And the merged file reads clean and quizzes on.
        #expect(try QuizBinary.run(["progress", "check", "--progress", laptop]).status == 0)
        try Self.quiz(laptop, seed: 4, answers: [":skip"])
        #expect(try Self.ids(laptop).count == 10)
    }

    @Test func aMergeOfAFileThatDoesNotReadChangesNothing() throws {
        let folder = try TemporaryFolder("quiz-merge")
        defer { folder.remove() }
        let mine = folder.file("progress.json").path
        try Self.quiz(mine, seed: 1, answers: ["a"])
        let other = try folder.write("other.json", "{ not json")
        let before = try Self.bytes(mine + "l")
        let result = try QuizBinary.run(["progress", "merge", other, "--progress", mine])
        #expect(result.status == 1)
        #expect(result.errors.contains("other.json: the progress file is damaged"), "\(result.errors)")
        #expect(try Self.bytes(mine + "l") == before)
        #expect(try String(contentsOfFile: other, encoding: .utf8) == "{ not json")
    }

    @Test func checkReportsEachDamagedLineByNumberAndExitsOne() throws {
        let folder = try TemporaryFolder("quiz-check")
        defer { folder.remove() }
        let path = folder.file("progress.json").path
        try Self.quiz(path, seed: 1, answers: ["a", "b"])
        let clean = try QuizBinary.run(["progress", "check", "--progress", path])
        #expect(clean.status == 0, "\(clean.errors)")
        #expect(clean.output.contains("2 answers"))
        try appendText("not an answer\n", to: path + "l")
        let damaged = try QuizBinary.run(["progress", "check", "--progress", path])
        #expect(damaged.status == 1)
        #expect(
            damaged.output.contains("\(path)l:4:1: error: the line does not read as an answer"), "\(damaged.output)")
        // Check only reads; the next quiz moves the line aside and says so, and check is clean again.
        let quiz = try QuizBinary.run(
            ["take", Self.bank, "--count", "1", "--progress", path], input: "a\n")
        #expect(quiz.errors.contains("1 damaged line (line 4) moved to"), "\(quiz.errors)")
        #expect(quiz.status == 1, "a script hears of the repair")
        let repaired = try QuizBinary.run(["progress", "check", "--progress", path])
        #expect(repaired.status == 0)
        #expect(repaired.output.contains("lines set aside by an earlier quiz"))
    }

    @Test func exportWritesOneRowPerAnswer() throws {
        let folder = try TemporaryFolder("quiz-export")
        defer { folder.remove() }
        let path = folder.file("progress.json").path
        // Seed 5: true/false, a blank, several answers.
        try Self.quiz(path, seed: 5, answers: ["t", ":skip", "b"])
        let result = try QuizBinary.run(["progress", "export", "--to", "csv", "--progress", path])
        #expect(result.status == 0)
        let rows = result.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 4)
        #expect(rows[0].hasPrefix("id,time,bank,questionID,kind"))
        let ids = try Self.ids(path)
        for (row, id) in zip(rows.dropFirst(), ids) { #expect(row.hasPrefix(id + ",")) }
        #expect(rows[2].contains(",skipped,"))
    }

    @Test func readersCreateNoFolderNoLockAndRemoveNothing() throws {
        let folder = try TemporaryFolder("quiz-readers")
        defer { folder.remove() }
        let missing = folder.file("nowhere/progress.json").path
        for arguments in [
            ["stats"], ["stats", "--json"], ["review", Self.bank, "--list"], ["progress", "check"],
            ["progress", "export", "--to", "csv"],
        ] {
            let result = try QuizBinary.run(arguments + ["--progress", missing])
            #expect(result.status == 0, "\(arguments): \(result.errors)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("nowhere").path))

        // With files there: a damaged line, a killed session's temporary file, no lock file.
        let path = folder.file("progress.json").path
        try Self.quiz(path, seed: 1, answers: ["a"])
        try FileManager.default.removeItem(atPath: path + ".lock")
        try appendText("damaged\n", to: path + "l")
        try folder.write(".progress-999999999-1.tmp", "x")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let history = try Self.bytes(path + "l")
        for arguments in [["stats"], ["review", Self.bank, "--list"], ["progress", "export", "--to", "csv"]] {
            let result = try QuizBinary.run(arguments + ["--progress", path])
            #expect(result.status == 0, "\(arguments): \(result.errors)")
            #expect(result.errors.contains("1 damaged line skipped (line 3)"), "\(arguments): \(result.errors)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == names)
        #expect(try Self.bytes(path + "l") == history)
    }
}
