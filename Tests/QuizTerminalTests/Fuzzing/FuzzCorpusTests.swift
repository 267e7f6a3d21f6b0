import Foundation
import QuizFuzzing
import TestSupport
import Testing

/// Replays every fuzz target's seed corpus, and every input a fuzzer ever crashed on (kept in
/// Tests/Fuzz/Regressions once fixed), through the same code `make fuzz` runs.
///
/// What this replay guards is behaviour: no input crashes, traps or hangs. It runs without a
/// sanitizer, so it cannot see a leak or a bad memory access that happens not to crash; the
/// regression for the empty progress file (`progress/empty-progress-file-leak`) passes here
/// whether the leak is fixed or not. The leak is checked by `ProgressFileLeakTests`, and
/// `make fuzz` replays the same folders under AddressSanitizer and its leak checker.
@Suite struct FuzzCorpusTests {
    static func inputs(_ target: FuzzTarget, in kind: String) -> [URL] {
        Repository.files(in: "Tests/Fuzz/\(kind)/\(target.rawValue)")
    }

    init() {
        // The grader and REPL targets quiz on the seed bank; find it from here, not the working folder.
        setenv(
            "QUIZ_FUZZ_BANK", Repository.url("QuestionBanks/pakistan-palestine-israel.yaml").path, 0)
    }

    @Test(arguments: FuzzTarget.allCases)
    func seedCorpusReplays(_ target: FuzzTarget) throws {
        let inputs = Self.inputs(target, in: "Corpus")
        #expect(!inputs.isEmpty, "no seed corpus for \(target.rawValue)")
        for input in inputs + Self.inputs(target, in: "Regressions") {
            let data = try Data(contentsOf: input)
            data.withUnsafeBytes { target.run($0) }
        }
    }

    /// The progress target reaches the history: its seed inputs are read (a valid
    /// `progress.json` beside them), in the older form and in this version's, and a writer
    /// repairs one with a damaged line and an unfinished one.
    @Test func theProgressTargetReachesTheHistory() throws {
        func attempts(_ name: String) throws -> Int? {
            FuzzTarget.progress(Array(try Data(contentsOf: Repository.url("Tests/Fuzz/Corpus/progress/\(name)"))))
        }
        let lines = try Data(contentsOf: Repository.url("Tests/Fuzz/Corpus/progress/journal")).split(separator: 0x0A)
            .count
        #expect(lines > 1)
        #expect(try attempts("journal") == lines)
        #expect(try attempts("journal-current") == lines)
        // Every answer kept but the damaged line and the unfinished one, and one appended.
        #expect(try attempts("journal-repaired-by-a-writer") == lines + 1)
        #expect(try attempts("base") == 0)
    }

    /// The archive target reaches the questions: its seed input is a whole quiz, read back.
    @Test func theArchiveTargetReachesTheQuestions() throws {
        let seed = Array(try Data(contentsOf: Repository.url("Tests/Fuzz/Corpus/archive/seed-bank-quiz")))
        let count = try #require(FuzzTarget.archive(seed))
        #expect(count > 1)
        #expect(FuzzTarget.archive(Array(seed.dropLast())) == nil)
    }

    @Test(arguments: FuzzTarget.allCases)
    func emptyAndOneByteInputsAreHarmless(_ target: FuzzTarget) {
        [UInt8]().withUnsafeBytes { target.run($0) }
        for byte in [0x00, 0x0A, 0x1B, 0x22, 0x5B, 0x7B, 0xFF] as [UInt8] {
            [byte].withUnsafeBytes { target.run($0) }
        }
    }
}
