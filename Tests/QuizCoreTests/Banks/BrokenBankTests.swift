import Foundation
import TestSupport
import Testing

@testable import QuizCore

/// Each file in Fixtures/Broken ends with `# expect: line:column: severity: message` comments; the
/// loader must report exactly those diagnostics, at exactly those places.
@Suite struct BrokenBankTests {
    static let fixtures = Repository.files(in: "Tests/QuizCoreTests/Fixtures/Broken", extensions: ["yaml", "json"])

    @Test func thereAreFixturesForEveryRule() {
        #expect(Self.fixtures.count >= 15)
    }

    @Test(arguments: fixtures)
    func reportsTheExpectedDiagnostics(_ fixture: URL) throws {
        let text = try String(contentsOf: fixture, encoding: .utf8)
        let expected = text.split(separator: "\n").compactMap { line -> String? in
            line.hasPrefix("# expect: ") ? String(line.dropFirst("# expect: ".count)) : nil
        }
        try #require(!expected.isEmpty, "the fixture lists no expected diagnostics")

        let bank = BankLoader.load(Array(text.utf8), format: .yaml, path: fixture.lastPathComponent)
        let actual = bank.diagnostics.map { "\($0.location): \($0.severity.rawValue): \($0.message)" }
        #expect(actual == expected)
        #expect(bank.record == nil)
    }
}
