import Foundation
import TestSupport
import Testing

@Suite struct BanksCommandTests {
    static let extraBank = """
        title: An extra bank
        sources: [{id: s, title: S}]
        events: [{id: e, summary: Something happened.}]
        """

    func folderWithExtraBank() throws -> TemporaryFolder {
        let folder = try TemporaryFolder("quiz-banks")
        try folder.write("extra.yaml", Self.extraBank)
        return folder
    }

    @Test func noArgumentsGreetsAndListsTheBundledBanks() throws {
        let result = try QuizBinary.run([], directory: URL(fileURLWithPath: "/"))
        #expect(result.output.hasPrefix("Welcome to quiz"))
        // No input at all: a script is told that no quiz was started, and the status says so.
        #expect(result.status == 1)
        #expect(result.errors == "quiz: input ended in the start menu; no quiz was started\n")
        #expect(result.output.contains(". Pakistan, the Palestinians and Israel [pakistan-palestine-israel]"))
    }

    @Test func banksOptionAddsAFolder() throws {
        let folder = try folderWithExtraBank()
        defer { folder.remove() }
        let result = try QuizBinary.run(["banks", "--banks", folder.path])
        #expect(result.status == 0)
        #expect(result.output.contains(". An extra bank [extra]: 1 event, 0 statements, 0 authored questions"))
    }

    @Test func aFolderOfOtherFilesListsItsBanksOnceAndNothingElse() throws {
        let folder = try folderWithExtraBank()
        defer { folder.remove() }
        try folder.write("progress.json", "{\"schemaVersion\": 2, \"memory\": {}}")
        try folder.write("notes.yaml", "- a shopping list\n- of things\n")
        try folder.write("broken.yaml", "title: [unclosed\n")
        let result = try QuizBinary.run(["banks", "--banks", folder.path, "--banks", folder.path + "/"])
        #expect(result.status == 0)
        #expect(result.output.components(separatedBy: "An extra bank").count == 2, "\(result.output)")
        #expect(!result.output.contains("progress.json"))
        #expect(!result.output.contains("notes.yaml"))
        // A file meant as a bank but broken is still named, so its author knows why it is missing.
        #expect(result.output.contains("Skipped (has errors; run quiz lint): \(folder.path)/broken.yaml:"))
    }

    @Test func environmentAddsAFolder() throws {
        let folder = try folderWithExtraBank()
        defer { folder.remove() }
        let result = try QuizBinary.run([], environment: ["QUIZ_BANKS": folder.path])
        #expect(result.output.contains("An extra bank"))
    }

    @Test func anInstalledBinaryFindsTheInstalledBanks() throws {
        // The layout `make install PREFIX=…` creates: bin/quiz and share/quiz/QuestionBanks.
        let prefix = try TemporaryFolder("quiz-prefix")
        defer { prefix.remove() }
        let bin = prefix.file("bin")
        let banks = prefix.file("share/quiz/QuestionBanks")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: banks.deletingLastPathComponent(), withIntermediateDirectories: true)
        try QuizBinary.install(at: bin.appendingPathComponent("quiz").path)
        try FileManager.default.copyItem(at: Repository.url("QuestionBanks"), to: banks)
        let result = try QuizBinary.run(
            ["banks"], executable: bin.appendingPathComponent("quiz").path, directory: prefix.url)
        #expect(result.status == 0)
        #expect(result.output.contains("Pakistan, the Palestinians and Israel"))
    }

    @Test func noBanksAnywhereIsAnError() throws {
        let lonely = try TemporaryFolder("quiz-lonely")
        defer { lonely.remove() }
        try QuizBinary.install(at: lonely.file("quiz").path)
        let result = try QuizBinary.run([], executable: lonely.file("quiz").path, directory: lonely.url)
        #expect(result.status == 1)
        #expect(result.output.contains("No question banks found"))
        let review = try QuizBinary.run(
            ["review", "--progress", lonely.file("p.json").path], executable: lonely.file("quiz").path,
            directory: lonely.url)
        #expect(review.status == 1)
        #expect(review.errors.hasPrefix("quiz: no question banks found (looked in: "), "\(review.errors)")
    }

    @Test func versionIsPrinted() throws {
        let result = try QuizBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("0.1.0 (GNU readline 8."))
    }
}
