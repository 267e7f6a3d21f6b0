import Foundation
import QuizCore
import QuizTerminal
import TestSupport
import Testing

/// `quiz take` and its cache, as a learner meets them: a quiz asked again is the one cached, a
/// run without `--seed` takes the quiz the last one prepared, and a changed bank, a cache turned
/// off or a folder that cannot be written change nothing a learner sees.
@Suite struct QuizCacheCommandTests {
    static let bank = "pakistan-palestine-israel"
    static let bankPath = Repository.url("QuestionBanks/\(bank).yaml").path

    /// The cache as the binary under test sees it, in `folder`.
    static func cache(_ folder: TemporaryFolder) throws -> QuizCache {
        QuizCache(
            folder: folder.path + "/cache/quiz/quizzes",
            program: try #require(QuizCache.identity(ofProgramAt: QuizBinary.path)))
    }

    static func key(_ cache: QuizCache, bank: String = bankPath, seed: UInt64?) throws -> QuestionArchive.Key {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: bank)))
        return cache.key(bank: bytes, count: 4, kinds: [], topics: [], seed: seed)
    }

    /// A quiz of four, each question skipped, saved to a progress file of its own; the ids of
    /// the questions asked, in order, and what was shown.
    static func take(_ folder: TemporaryFolder, bank: String = bank, seed: UInt64?) throws -> (
        ids: [String], output: String
    ) {
        let progress = folder.path + "/progress-\(UUID().uuidString).json"
        let result = try QuizBinary.run(
            ["take", bank, "--count", "4", "--progress", progress] + (seed.map { ["--seed", String($0)] } ?? []),
            environment: ["XDG_CACHE_HOME": folder.path + "/cache"], input: String(repeating: ":skip\n", count: 4))
        #expect(result.status == 0, "\(result.errors)")
        let attempts = try ProgressOnDisk.read(progress).attempts
        return (
            attempts.compactMap { $0["questionID"] as? String },
            // Up to the path of the progress file, which is the run's own.
            result.output.components(separatedBy: "Progress saved")[0]
        )
    }

    @Test func aQuizAskedAgainIsTheOneCachedForItsBankAndSeed() throws {
        let folder = try TemporaryFolder("quiz-cache-take")
        defer { folder.remove() }
        let first = try Self.take(folder, seed: 3)
        #expect(first.ids.count == 4)
        let cache = try Self.cache(folder)
        let key = try Self.key(cache, seed: 3)
        let cached = try #require(cache.quiz(for: key), "the quiz is cached")
        #expect(cached.seed == 3)
        #expect(cached.questions.map(\.id) == first.ids)
        // Asked again: the same quiz, word for word.
        let again = try Self.take(folder, seed: 3)
        #expect(again.ids == first.ids)
        #expect(again.output == first.output)
        // The cached file is what is asked: put the quiz in another order there, and it is asked so.
        var reversed = cached
        reversed.questions.reverse()
        cache.store(reversed, for: key)
        #expect(try Self.take(folder, seed: 3).ids == first.ids.reversed())
        // The same bank changed by a comment is another bank: made anew, as at first.
        let copy = try folder.write(
            "\(Self.bank).yaml", String(contentsOfFile: Self.bankPath, encoding: .utf8) + "# edited\n")
        #expect(try Self.take(folder, bank: copy, seed: 3).ids == first.ids)
        // A damaged file is made again.
        let path = cache.folder + "/" + key.name + ".quiz"
        try Data("damaged".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try Self.take(folder, seed: 3).ids == first.ids)
        #expect(cache.quiz(for: key)?.questions.map(\.id) == first.ids)
    }

    @Test func aRunWithoutSeedTakesTheQuizTheLastOnePrepared() throws {
        let folder = try TemporaryFolder("quiz-cache-next")
        defer { folder.remove() }
        _ = try Self.take(folder, seed: nil)
        let cache = try Self.cache(folder)
        let key = try Self.key(cache, seed: nil)
        let prepared = try #require(cache.quiz(for: key), "a session that ended prepared the next")
        let next = try Self.take(folder, seed: nil)
        #expect(next.ids == prepared.questions.map(\.id))
        #expect(next.output.contains("(seed \(prepared.seed);"))
        // It is the quiz that seed makes, and it is taken once: another is prepared in its place.
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.bankPath)))
        let record = try #require(BankLoader.load(bytes, format: .yaml, path: Self.bankPath).record)
        let made = QuestionGenerator(record: record, options: GenerationOptions(count: 4)).questions(
            seed: prepared.seed)
        #expect(made == prepared.questions)
        let following = try #require(cache.quiz(for: key))
        #expect(following.seed != prepared.seed)
    }

    @Test func aCacheTurnedOffOrUnwritableChangesNothingSeen() throws {
        let folder = try TemporaryFolder("quiz-cache-off")
        defer { folder.remove() }
        let arguments = { (progress: String) in
            ["take", Self.bank, "--count", "3", "--seed", "8", "--progress", folder.path + "/" + progress]
        }
        let plain = try QuizBinary.run(arguments("p1.json"), input: "a\nb\nc\n")
        let off = try QuizBinary.run(
            arguments("p2.json"), environment: ["XDG_CACHE_HOME": folder.path + "/cache", "QUIZ_CACHE": "off"],
            input: "a\nb\nc\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/cache"))
        // A cache folder inside a file cannot be made: the quiz goes on, silently.
        let file = try folder.write("file", "x")
        let blocked = try QuizBinary.run(
            arguments("p3.json"), environment: ["XDG_CACHE_HOME": file], input: "a\nb\nc\n")
        for result in [plain, off, blocked] {
            #expect(result.status == 0)
            #expect(result.errors.isEmpty, "\(result.errors)")
        }
        let quiz = { (output: String) in output.components(separatedBy: "Progress saved")[0] }
        #expect(quiz(off.output) == quiz(plain.output))
        #expect(quiz(blocked.output) == quiz(plain.output))
    }

    /// A relative HOME puts the cache under the working folder, never under the root.
    @Test func aRelativeHomeStaysRelative() throws {
        let folder = try TemporaryFolder("quiz-cache-home")
        defer { folder.remove() }
        let result = try QuizBinary.run(
            ["take", Self.bankPath, "--count", "2", "--seed", "1", "--progress", folder.path + "/p.json"],
            environment: ["HOME": "home"], directory: folder.url, input: "a\na\n")
        #expect(result.status == 0, "\(result.errors)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/home/.cache/quiz/quizzes")
        #expect(names.filter { $0.hasSuffix(".quiz") }.count == 2, "the quiz and the next one: \(names)")
    }

    /// The progress file is opened while the bank is read: a bank that does not load still
    /// hears of what opening the progress file repaired. A bank name that names no bank stops
    /// before the progress file is touched.
    @Test func aBrokenBankStillReportsTheProgressRepair() throws {
        let folder = try TemporaryFolder("quiz-cache-repair")
        defer { folder.remove() }
        let path = folder.file("progress.json").path
        let quiz = try QuizBinary.run(
            ["take", Self.bank, "--count", "2", "--seed", "1", "--progress", path], input: "a\na\n")
        #expect(quiz.status == 0)
        try appendText("not an answer\n", to: path + "l")
        let before = try Data(contentsOf: URL(fileURLWithPath: path + "l"))
        let missing = try QuizBinary.run(["take", "no-such-bank", "--progress", path])
        #expect(missing.status == 1)
        #expect(missing.errors.contains("no bank file or bank named 'no-such-bank'"), "\(missing.errors)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path + "l")) == before, "the history is as it was")
        let broken = try folder.write("broken.yaml", "title: [unclosed\n")
        let unreadable = try QuizBinary.run(["take", broken, "--progress", path])
        #expect(unreadable.status == 1)
        #expect(unreadable.errors.contains("broken.yaml:"), "\(unreadable.errors)")
        #expect(unreadable.errors.contains("1 damaged line (line 4) moved to"), "\(unreadable.errors)")
        // A first-time learner who mistypes a bank's name has no progress folder made for them.
        let fresh = folder.path + "/fresh/progress.json"
        _ = try QuizBinary.run(["take", "no-such-bank", "--progress", fresh])
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/fresh"))
    }
}
