import Testing

@testable import QuizCore

/// Bank files are untrusted: each of these must end in one clear error, never a crash or a hang.
@Suite struct HostileInputTests {
    func load(_ bytes: [UInt8], _ format: BankFormat = .yaml, limits: BankLimits = .standard) -> LoadedBank {
        BankLoader.load(bytes, format: format, path: "hostile", limits: limits)
    }

    @Test(arguments: BankFormat.allCases)
    func binaryFileIsRefused(_ format: BankFormat) {
        let bytes: [UInt8] = Array("title: x\n".utf8) + [0x00, 0x01, 0x02, 0xFF]
        let bank = load(bytes, format)
        #expect(bank.diagnostics.count == 1)
        #expect(bank.diagnostics.first?.message.contains("binary file") == true)
        #expect(bank.diagnostics.first?.location == SourceLocation(line: 2, column: 1))
    }

    @Test(arguments: BankFormat.allCases)
    func nonUTF8FileIsRefusedWithItsPosition(_ format: BankFormat) {
        // "title: Caf\xE9" as Latin-1: a lone 0xE9 is not UTF-8.
        let bytes: [UInt8] = Array("sources: []\ntitle: Caf".utf8) + [0xE9, 0x0A]
        let bank = load(bytes, format)
        #expect(bank.diagnostics.map(\.message) == ["the file is not valid UTF-8 (save it as UTF-8)"])
        #expect(bank.diagnostics.first?.location == SourceLocation(line: 2, column: 11))
    }

    @Test(arguments: [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] as [[UInt8]])
    func malformedUTF8SequencesAreFound(_ sequence: [UInt8]) {
        let bytes = Array("title: ".utf8) + sequence
        #expect(load(bytes).diagnostics.first?.message.contains("not valid UTF-8") == true)
    }

    @Test func validMultibyteTextPasses() {
        let bytes = Array("title: Türkiye — 東京 🕌\n".utf8)
        #expect(!load(bytes).diagnostics.hasErrors)
    }

    @Test func oversizeFileIsRefusedBeforeParsing() {
        let bytes = Array(repeating: UInt8(ascii: "#"), count: 2_000)
        let bank = load(bytes, limits: BankLimits(maxBytes: 1_000))
        #expect(bank.diagnostics.count == 1)
        #expect(bank.diagnostics.first?.message.contains("limited to") == true)
    }

    @Test func aliasBombIsRefused() {
        var yaml = "title: bomb\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for (name, previous) in zip("bcdefghijk", "abcdefghij") {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        let bank = load(Array(yaml.utf8))
        #expect(bank.diagnostics.count == 1)
        #expect(bank.diagnostics.first?.message.contains("alias bomb") == true)
    }

    @Test func modestAliasesAreFine() {
        let yaml = """
            title: Reuse
            sources:
              - &src {id: s1, title: One}
            entities:
              - {id: a, kind: person, name: A, aliases: &names [Alpha, Al]}
              - {id: b, kind: person, name: B, aliases: *names}
            """
        let bank = load(Array(yaml.utf8))
        #expect(bank.diagnostics.map(\.description) == [])
        #expect(bank.record?.entities.last?.aliases == ["Alpha", "Al"])
    }

    @Test(arguments: BankFormat.allCases, [100, 10_000])
    func deepNestingIsRefused(_ format: BankFormat, depth: Int) {
        let text =
            format == .json
            ? "{\"title\": " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
            : "title: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let bank = load(Array(text.utf8), format)
        #expect(bank.diagnostics.count == 1)
        #expect(bank.diagnostics.first?.message.contains("nested") == true)
    }

    @Test func undefinedAliasIsAnError() {
        let bank = load(Array("title: *nowhere\n".utf8))
        #expect(bank.diagnostics.first?.message.contains("names no anchor") == true)
    }

    @Test func secondYAMLDocumentIsAnError() {
        let bank = load(Array("title: one\n---\ntitle: two\n".utf8))
        #expect(bank.diagnostics.map(\.location) == [SourceLocation(line: 2, column: 1)])
    }

    @Test(arguments: ["", "   \n", "# only a comment\n"])
    func emptyFileIsAnError(_ text: String) {
        let bank = load(Array(text.utf8))
        #expect(bank.diagnostics.hasErrors)
        #expect(bank.record == nil)
    }

    @Test func enormousStringsAreLoadedNotFeared() {
        let title = String(repeating: "x", count: 1_000_000)
        let bank = load(Array("title: \(title)\n".utf8))
        #expect(bank.record?.title.count == 1_000_000)
    }

    @Test func manyWarningsDoNotMakeABankUnusable() {
        // Each entity repeats its name among its aliases: a warning, 1,200 times over.
        let entities = (0..<1_200).map { "  - {id: e\($0), kind: country, name: N\($0), aliases: [N\($0)]}\n" }
        let bank = load(Array(("title: t\nsources: [{id: s, title: s}]\nentities:\n" + entities.joined()).utf8))
        #expect(bank.record?.entities.count == 1_200)
        #expect(bank.diagnostics.count == RecordDecoder.maxDiagnostics)
        #expect(bank.diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func manyErrorsStopTheReadingWithOneMessage() {
        let entities = String(repeating: "  - {x: 1}\n", count: 2_000)
        let bank = load(Array(("title: t\nentities:\n" + entities).utf8))
        #expect(bank.record == nil)
        #expect(bank.diagnostics.count == RecordDecoder.maxDiagnostics + 1)
        #expect(bank.diagnostics.last?.message == "too many problems: stopped after the first 1000; fix these first")
    }

    @Test func manyDanglingReferencesStayFast() {
        // Did-you-mean scans every id; it is bounded so a hostile file cannot make it quadratic.
        var yaml = "title: t\nsources: [{id: s, title: s}]\nentities:\n"
        for index in 0..<3_000 { yaml += "  - {id: e\(index), kind: person, name: n}\n" }
        yaml +=
            "events:\n  - id: ev\n    summary: s\n    place: [" + (0..<3_000).map { "x\($0)" }.joined(separator: ", ")
            + "]\n"
        let bank = load(Array(yaml.utf8))
        #expect(bank.diagnostics.count == 3_000)
    }

    @Test func controlCharactersInTextAreKeptForTheRendererToEscape() {
        // The loader keeps text as written; the terminal layer shows escapes harmlessly.
        let bank = load(Array("title: \"evil \\e]0;pwned\\a\"\n".utf8))
        #expect(bank.record?.title == "evil \u{1B}]0;pwned\u{07}")
    }
}
