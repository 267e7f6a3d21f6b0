import Foundation
import Testing

/// QuizCore computes; the edges read, print and store. This keeps it honest.
@Suite struct PurityTests {
    @Test func coreHasNoEffects() throws {
        let forbidden = [
            "FileManager", "print(", "Date()", "ProcessInfo", "exit(", "FileHandle", "readLine(", "getenv",
        ]
        let folder = Repository.url("Sources/QuizCore")
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        var checked = 0
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".swift") else { continue }
            let text = try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                guard !code.hasPrefix("//") else { continue }
                for word in forbidden where code.contains(word) {
                    Issue.record("Sources/QuizCore/\(relative):\(number + 1) uses \(word)")
                }
            }
            checked += 1
        }
        #expect(checked > 10)
    }
}

/// The shipped binary links FoundationEssentials only: full Foundation brings ICU's data, which
/// triples the binary's size.
@Suite struct BinarySizeGuardTests {
    @Test func shippedModulesDoNotImportFullFoundation() throws {
        var checked = 0
        for module in ["QuizCore", "QuizTerminal", "quiz"] {
            let folder = Repository.url("Sources/\(module)")
            let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
            while let relative = enumerator.nextObject() as? String {
                guard relative.hasSuffix(".swift") else { continue }
                let text = try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
                for line in text.split(separator: "\n") {
                    let words = line.split(separator: " ")
                    if words.contains("import"), words.contains("Foundation") || words.contains("Yams") {
                        Issue.record("Sources/\(module)/\(relative): \(line)")
                    }
                }
                checked += 1
            }
        }
        #expect(checked > 30)
    }
}
