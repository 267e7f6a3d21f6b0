import Foundation
import QuizFuzzing
import Testing

/// Replays every fuzz target's seed corpus, and every input a fuzzer ever crashed on (kept in
/// Tests/Fuzz/Regressions once fixed), through the same code `make fuzz` runs.
@Suite struct FuzzCorpusTests {
    static let root: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
            folder = folder.deletingLastPathComponent()
        }
        return folder
    }()

    static func inputs(_ target: FuzzTarget, in kind: String) -> [URL] {
        let folder = root.appendingPathComponent("Tests/Fuzz/\(kind)/\(target.rawValue)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    init() {
        // The grader and REPL targets quiz on the seed bank; find it from here, not the working folder.
        setenv(
            "QUIZ_FUZZ_BANK", Self.root.appendingPathComponent("QuestionBanks/pakistan-palestine-israel.yaml").path, 0)
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

    @Test(arguments: FuzzTarget.allCases)
    func emptyAndOneByteInputsAreHarmless(_ target: FuzzTarget) {
        [UInt8]().withUnsafeBytes { target.run($0) }
        for byte in [0x00, 0x0A, 0x1B, 0x22, 0x5B, 0x7B, 0xFF] as [UInt8] {
            [byte].withUnsafeBytes { target.run($0) }
        }
    }
}
