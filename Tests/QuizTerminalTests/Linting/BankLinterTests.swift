import Foundation
import TestSupport
import Testing

@testable import QuizTerminal

@Suite struct BankLinterTests {
    static let cleanBank = """
        title: A clean bank
        sources:
          - id: s
            title: A source
        entities:
          - id: plo
            kind: organisation
            name: Palestine Liberation Organization
        events:
          - id: e
            date: "1982"
            summary: Something happened.
        """

    @Test func cleanFileExitsZeroWithASummary() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("clean.yaml", Self.cleanBank)
        let report = BankLinter.lint(paths: [file])
        #expect(report.exitCode == 0)
        #expect(report.lines == ["\(file): ok: 1 source, 1 entity, 1 event, 0 statements, 0 questions"])
    }

    @Test func fileWithErrorsExitsOneAndListsEveryError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write(
            "broken.yaml",
            Self.cleanBank.replacingOccurrences(of: "kind: organisation", with: "kind: club") + "\nextra: 1\n"
        )
        let report = BankLinter.lint(paths: [file])
        #expect(report.exitCode == 1)
        #expect(report.errorCount == 2)
        #expect(report.lines.count == 3)
        #expect(report.lines[0].hasPrefix("\(file):7:11: error: 'club' is not a valid kind"))
        #expect(report.lines[1].hasPrefix("\(file):13:1: error: unknown key 'extra'"))
        #expect(report.lines[2] == "\(file): 2 errors: 1 source, 0 entities, 1 event, 0 statements, 0 questions")
    }

    @Test func folderIsLintedFileByFileAndOtherFilesAreIgnored() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("b.yaml", Self.cleanBank)
        try folder.write("a.json", #"{"title": "J", "sources": [{"id": "s", "title": "S"}]}"#)
        try folder.write("notes.txt", "not a bank")
        try folder.write(".hidden/c.yaml", "broken: [")
        try folder.write("nested/d.yml", Self.cleanBank)
        let report = BankLinter.lint(paths: [folder.path])
        #expect(report.fileCount == 3)
        #expect(report.exitCode == 0)
        #expect(
            report.lines.map { ($0 as NSString).lastPathComponent.components(separatedBy: ":")[0] } == [
                "a.json", "b.yaml", "d.yml",
            ])
    }

    @Test func missingPathIsAUsageError() throws {
        let report = BankLinter.lint(paths: ["/nonexistent/bank.yaml"])
        #expect(report.exitCode == 2)
        #expect(report.usageErrors == ["quiz: /nonexistent/bank.yaml: no such file or folder"])
    }

    @Test func escapeSequencesInBankTextNeverReachTheOutput() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("evil.yaml", "title: t\nsources: []\n\"\\e]0;owned\\a\": 1\n")
        let report = BankLinter.lint(paths: [file])
        #expect(report.exitCode == 1)
        #expect(report.lines.joined().unicodeScalars.allSatisfy { !TerminalText.isUnsafe($0) })
        #expect(report.lines[0].contains("\\u{1B}]0;owned\\u{7}"))
    }

    @Test func summaryCountsAreWordedForOneAndMany() {
        #expect(BankLinter.plural(1, "entity", "entities") == "1 entity")
        #expect(BankLinter.plural(2, "entity", "entities") == "2 entities")
        #expect(BankLinter.summary(errors: 0, warnings: 1, counts: nil) == "ok, 1 warning")
    }
}
