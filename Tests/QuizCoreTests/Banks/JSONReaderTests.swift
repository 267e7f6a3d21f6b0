import Testing

@testable import QuizCore

@Suite struct JSONReaderTests {
    func read(_ text: String) throws(SyntaxError) -> Node {
        try Array(text.utf8).withUnsafeBufferPointer { buffer throws(SyntaxError) in
            try JSONReader.read(buffer, limits: .standard)
        }
    }

    func error(_ text: String) -> SyntaxError? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error
        }
    }

    // The node's content of one shape, or nil: for `#require`, so that a wrong shape fails.
    func asScalar(_ node: Node) -> Node.Scalar? {
        guard case .scalar(let scalar) = node.content else { return nil }
        return scalar
    }

    func asList(_ node: Node) -> [Node]? {
        guard case .sequence(let items) = node.content else { return nil }
        return items
    }

    func asMapping(_ node: Node) -> [Node.Entry]? {
        guard case .mapping(let entries) = node.content else { return nil }
        return entries
    }

    @Test func valuesRememberTheirLineAndColumn() throws {
        let node = try read("{\n  \"a\": [1,\n    \"ü\", \"x\"]\n}")
        let entries = try #require(asMapping(node), "not a mapping: \(node.content)")
        let first = try #require(entries.first)
        let items = try #require(asList(first.value), "not a list: \(first.value.content)")
        #expect(entries[0].keyLocation == SourceLocation(line: 2, column: 3))
        #expect(
            items.map(\.location) == [.init(line: 2, column: 9), .init(line: 3, column: 5), .init(line: 3, column: 10)])
    }

    @Test func stringsDecodeEveryEscape() throws {
        let node = try read(#""a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\udd4c""#)
        let scalar = try #require(asScalar(node), "not a scalar: \(node.content)")
        #expect(scalar.text == "a\"b\\c/d\u{08}\u{0C}\n\r\té🕌")
        #expect(scalar.isQuoted)
    }

    @Test func literalsAndNumbersArePlainScalars() throws {
        let node = try read("[true, false, null, -1.5e3, 0]")
        let items = try #require(asList(node), "not a list: \(node.content)")
        let scalars = items.compactMap(asScalar)
        try #require(scalars.count == items.count, "not all scalars: \(items.map(\.content))")
        #expect(scalars.map(\.text) == ["true", "false", "null", "-1.5e3", "0"])
        #expect(scalars.allSatisfy { !$0.isQuoted })
        #expect(scalars[2].isNull)
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9, "expected a key"),
        ("[1, 2", 1, 6, "never closed"),
        ("{\"a\" 1}", 1, 6, "expected ':'"),
        ("[01]", 1, 2, "may not start with 0"),
        ("\"tab\there\"", 1, 5, "control character"),
        ("[1] [2]", 1, 5, "after the end"),
        ("{\n  \"a\": tru\n}", 2, 8, "expected a value"),
        ("\"\\x\"", 1, 2, "unknown escape"),
        ("\"\\ud800\"", 1, 8, "unpaired surrogate"),
        ("", 1, 1, "no JSON value"),
    ])
    func syntaxErrorsPointAtTheProblem(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        let failure = error(text)
        #expect(failure?.location == SourceLocation(line: line, column: column))
        #expect(failure?.message.contains(message) == true, "\(failure?.message ?? "no error")")
    }

    @Test func aJSONBankLoadsLikeAYAMLOne() {
        let json = """
            {"title": "T", "sources": [{"id": "s", "title": "S"}],
             "entities": [{"id": "plo", "kind": "organization", "name": "Palestine Liberation Organization", "aliases": ["PLO"]}],
             "events": [{"id": "e", "date": "1982", "summary": "x", "actors": [{"entity": "plo", "role": "r"}],
                         "quantities": [{"id": "q", "value": 50, "unit": "volunteers", "counts": "c", "approximate": false}]}]}
            """
        let bank = BankLoader.load(Array(json.utf8), format: .json, path: "b.json")
        #expect(bank.diagnostics.map(\.description) == [])
        #expect(bank.record?.entities.first?.kind == .organisation)
        #expect(bank.record?.events.first?.quantities.first?.value == 50)
    }

    @Test func aJSONBankReportsItsErrorsWithPositions() {
        let json =
            "{\"title\": \"T\",\n \"sources\": [{\"id\": \"s\", \"title\": \"S\"}],\n \"events\": [{\"id\": \"e\", \"sumary\": \"x\"}]}"
        let bank = BankLoader.load(Array(json.utf8), format: .json, path: "b.json")
        #expect(
            bank.diagnostics.map(\.description) == [
                "b.json:3:13: error: event 'e' is missing 'summary'",
                "b.json:3:25: error: unknown key 'sumary' in event 'e' (did you mean 'summary'?)",
            ])
    }

    @Test func quotedNumbersAreNotNumbers() {
        let json = """
            {"title": "T", "sources": [{"id": "s", "title": "S"}],
             "events": [{"id": "e", "summary": "x", "quantities": [{"id": "q", "value": "50", "unit": "u", "counts": "c"}]}]}
            """
        let bank = BankLoader.load(Array(json.utf8), format: .json, path: "b.json")
        #expect(
            bank.diagnostics.map(\.message) == ["'value' in quantity 'q' should be a number, found the text \"50\""])
    }
}
