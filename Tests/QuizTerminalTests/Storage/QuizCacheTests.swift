import Foundation
import TestSupport
import Testing

@testable import QuizCore
@testable import QuizTerminal

/// The quiz cache on disk: what is stored is found again under its key alone; a damaged,
/// foreign or missing file is a miss; the folder keeps only the newest quizzes; and a cache that
/// cannot be written costs nothing but time.
@Suite struct QuizCacheTests {
    static let questions: [Question] = {
        (0..<3).map { index in
            Question(
                id: "q\(index)", kind: .trueFalse, prompt: "Statement \(index).", options: ["True", "False"], left: [],
                answer: .truth(index % 2 == 0), accepted: [], explanation: "Why \(index).", source: nil,
                statementKind: .fact, facts: ["e\(index)"], template: "statement-true", tags: [])
        }
    }()

    static func quiz(_ seed: UInt64, _ questions: [Question] = questions) -> QuestionArchive.Quiz {
        QuestionArchive.Quiz(seed: seed, title: "Title", questions: questions)
    }

    static func key(_ cache: QuizCache, seed: UInt64? = 5, bank: String = "bank bytes") -> QuestionArchive.Key {
        cache.key(bank: Array(bank.utf8), count: 3, kinds: [], topics: [], seed: seed)
    }

    @Test func whatIsStoredIsFoundUnderItsKeyOnly() throws {
        let folder = try TemporaryFolder("quiz-cache")
        defer { folder.remove() }
        let cache = QuizCache(folder: folder.path + "/deep/er/quizzes", program: [9, 9])
        let key = Self.key(cache)
        #expect(cache.quiz(for: key) == nil)
        cache.store(Self.quiz(5), for: key)
        #expect(cache.quiz(for: key) == Self.quiz(5))
        #expect(cache.quiz(for: Self.key(cache, seed: 6)) == nil)
        #expect(cache.quiz(for: Self.key(cache, bank: "other bytes")) == nil)
        let otherBuild = QuizCache(folder: cache.folder, program: [9, 8])
        #expect(otherBuild.quiz(for: Self.key(otherBuild)) == nil)
        // Readable by the learner alone, and no temporary file left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: cache.folder)
        #expect(names == [key.name + ".quiz"])
        let mode = try FileManager.default.attributesOfItem(atPath: cache.folder)[.posixPermissions] as? Int
        #expect(mode == 0o700)
        cache.remove(key)
        #expect(cache.quiz(for: key) == nil)
    }

    @Test func aDamagedFileIsAMissAndIsReplaced() throws {
        let folder = try TemporaryFolder("quiz-cache")
        defer { folder.remove() }
        let cache = QuizCache(folder: folder.path, program: [1])
        let key = Self.key(cache)
        cache.store(Self.quiz(5), for: key)
        let path = folder.path + "/" + key.name + ".quiz"
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        bytes.removeLast()
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(cache.quiz(for: key) == nil)
        try Data("not a quiz".utf8).write(to: URL(fileURLWithPath: path))
        #expect(cache.quiz(for: key) == nil)
        cache.store(Self.quiz(5), for: key)
        #expect(cache.quiz(for: key)?.questions == Self.questions)
    }

    @Test func onlyTheNewestAreKept() throws {
        let folder = try TemporaryFolder("quiz-cache")
        defer { folder.remove() }
        var cache = QuizCache(folder: folder.path, program: [1])
        cache.limit = 3
        // A temporary file left by a run that stopped mid-write an hour ago goes; a fresh one,
        // perhaps another run's, stays.
        let stale = try folder.write(".left.123.tmp", "x")
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -3_600)], ofItemAtPath: stale)
        let fresh = try folder.write(".busy.456.tmp", "x")
        let keys = (0..<5).map { Self.key(cache, seed: UInt64($0)) }
        for (index, key) in keys.enumerated() {
            cache.store(Self.quiz(UInt64(index)), for: key)
            // Each file older than the next by a second, whatever the clock's grain.
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: Double(index - 10))],
                ofItemAtPath: folder.path + "/" + key.name + ".quiz")
        }
        cache.store(Self.quiz(9), for: Self.key(cache, seed: 9))
        let kept = Set(keys.indices.filter { cache.quiz(for: keys[$0]) != nil })
        #expect(kept == [3, 4])
        #expect(cache.quiz(for: Self.key(cache, seed: 9)) != nil)
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: fresh))
    }

    @Test func aCacheThatCannotBeWrittenIsLeftAlone() throws {
        let folder = try TemporaryFolder("quiz-cache")
        defer { folder.remove() }
        // The cache's folder would be inside a file.
        let file = try folder.write("file", "x")
        let cache = QuizCache(folder: file + "/quizzes", program: [1])
        cache.store(Self.quiz(5), for: Self.key(cache))
        #expect(cache.quiz(for: Self.key(cache)) == nil)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "x")
    }

    @Test func theFolderFollowsXDGAndCanBeTurnedOff() throws {
        #expect(QuizCache.standard(environment: ["HOME": "/h"])?.folder == "/h/.cache/quiz/quizzes")
        #expect(
            QuizCache.standard(environment: ["HOME": "/h", "XDG_CACHE_HOME": "/c"])?.folder == "/c/quiz/quizzes")
        // XDG: a relative XDG_CACHE_HOME is ignored.
        #expect(
            QuizCache.standard(environment: ["HOME": "/h", "XDG_CACHE_HOME": "c"])?.folder == "/h/.cache/quiz/quizzes")
        #expect(QuizCache.standard(environment: ["HOME": "/h", "QUIZ_CACHE": "off"]) == nil)
        #expect(QuizCache.standard(environment: [:]) == nil)
        // The program is this one, and another binary is another program.
        let cache = try #require(QuizCache.standard(environment: ["HOME": "/h"]))
        #expect(cache.program == QuizCache.identity(ofProgramAt: CommandLine.arguments[0]))
        #expect(cache.program != QuizCache.identity(ofProgramAt: "/bin/sh"))
        #expect(QuizCache.identity(ofProgramAt: "/nonexistent") == nil)
    }
}
