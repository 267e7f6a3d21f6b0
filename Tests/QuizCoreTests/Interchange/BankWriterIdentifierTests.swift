import Testing

@testable import QuizCore

/// Ids a file gives: kept when a bank allows them, else rewritten the same way every time.
@Suite struct BankWriterIdentifierTests {
    static let longest = String(repeating: "a", count: 99) + "z"

    @Test(arguments: ["q-rifles-country", "g.event-year.x", "e_about", "1948-war", longest])
    func anIdTheBankAllowsIsKeptAsItIs(_ id: String) {
        #expect(BankWriter.identifier(id) == id)
        #expect(RecordDecoder.isWellFormedID(id))
    }

    @Test(arguments: [
        ("Politics", "politics"), ("Cold War: 1947", "cold-war-1947"), ("-lead.", "lead"),
        ("Zürich/Genève", "zurich-geneve"), ("a__b", "a__b"), (longest + "x", longest),
        (String(repeating: "b", count: 99) + ".c", String(repeating: "b", count: 99)),
    ])
    func anIdTheBankRefusesIsRewrittenTheSameWayEveryTime(_ given: String, _ id: String) throws {
        let rewritten = try #require(BankWriter.identifier(given))
        #expect(rewritten == id)
        #expect(RecordDecoder.isWellFormedID(rewritten))
        #expect(BankWriter.identifier(rewritten) == rewritten)
    }

    @Test func nothingLeftIsNoId() {
        #expect(BankWriter.identifier("") == nil)
        #expect(BankWriter.identifier("—!?") == nil)
    }

    @Test func aSuffixForUniquenessKeepsTheIdWithinItsLength() {
        var taken: Set<String> = [Self.longest]
        let second = BankWriter.unique(Self.longest, taken: &taken)
        #expect(second.count == 100 && second.hasSuffix("-2"))
        #expect(RecordDecoder.isWellFormedID(second))
        #expect(BankWriter.unique("x", taken: &taken) == "x")
        #expect(BankWriter.unique("x", taken: &taken) == "x-2")
    }
}
