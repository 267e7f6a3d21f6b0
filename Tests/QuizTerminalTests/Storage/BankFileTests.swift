import Foundation
import TestSupport
import Testing

@testable import QuizTerminal

@Suite struct BankFileTests {
    @Test func oversizeFileIsRefusedWithoutReadingIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("huge.yaml", "")
        // A sparse 4 GiB file: reading it would take long and use the memory; stat says enough.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
        try handle.truncate(atOffset: 4 << 30)
        try handle.close()
        let bank = BankFile.load(path: file)
        #expect(
            bank.diagnostics.map(\.description) == [
                "\(file):1:1: error: the file is 4096.0 MiB; bank files are limited to 128.0 MiB"
            ])
    }

    @Test func folderIsNotABankFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bank = BankFile.load(path: folder.path)
        #expect(bank.diagnostics.first?.message == "not a regular file")
    }

    @Test func missingFileSaysSo() {
        let bank = BankFile.load(path: "/nonexistent/x.yaml")
        #expect(bank.diagnostics.first?.message == "cannot open: no such file or directory")
    }

    @Test func jsonIsChosenByExtension() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("bank.JSON", #"{"title": "J"}"#)
        #expect(BankFile.load(path: file).record?.title == "J")
    }

    @Test func bankFilesAreFoundRecursivelyAndSorted() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("z.yaml", "")
        try folder.write("a/b.json", "")
        try folder.write("README.md", "")
        try folder.write(".git/c.yaml", "")
        let names = BankDirectory.bankFiles(in: folder.path).map { String($0.dropFirst(folder.path.count + 1)) }
        #expect(names == ["a/b.json", "z.yaml"])
    }

    @Test func searchPathsAddFoldersFromOptionsAndEnvironmentWithoutRepeats() {
        let paths = BankDirectory.searchPaths(
            extra: ["/tmp/one", "/tmp/one/"], environment: ["QUIZ_BANKS": "/tmp/two:/tmp/one"])
        #expect(paths.suffix(2) == ["/tmp/one", "/tmp/two"])
    }
}
