import PropertyBased
import Testing

@testable import QuizCore

/// Whatever ids, groups and texts a file gives, the bank an import writes reads back clean: the
/// import keeps a good id, rewrites a bad one into a good one, and never makes two the same.
@Suite struct ImportPropertyTests {
    /// Pieces ids and texts are made of: good id characters, separators, capitals, accents,
    /// spaces, GIFT's control characters, brackets and control characters.
    static let pool: [String] = [
        "a", "z", "0", "9", "-", "_", ".", "A", "é", "Ø", " ", ":", "\\]", "/", "~", "=", "#", "{", "}", "\u{1B}",
        "\u{202E}", "year", "1948", "*", "..",
    ]

    static func text(_ random: inout SeededRandom, length: Int) -> String {
        (0..<length).map { _ in pool[random.below(pool.count)] }.joined()
    }

    @Test func everyIdAGIFTFileGivesMakesABankThatReadsBack() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...1_000_000)) { seed in
            var random = SeededRandom(seed: UInt64(seed))
            var gift = ""
            for index in 0..<(1 + random.below(6)) {
                let id = random.below(4) == 0 ? "q\(index % 2)" : Self.text(&random, length: random.below(120))
                gift += "// [id:\(id)] [tag:\(Self.text(&random, length: random.below(8)))]\n"
                gift +=
                    "::\(Self.text(&random, length: random.below(10)))::In what year? {#\(1900 + random.below(99))}\n\n"
            }
            let (record, _) = GIFTFormat.read(gift, sourceTitle: "t")
            let loaded = BankLoader.load(Array(BankWriter.yaml(record).utf8), format: .yaml, path: "t.yaml")
            #expect(loaded.diagnostics.filter { $0.severity == .error }.map(\.description) == [], "\(gift)")
            #expect(loaded.record?.questions.count == record.questions.count)
        }
    }

    @Test func everyIdAndGroupATimelineGivesMakesABankThatReadsBack() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...1_000_000)) { seed in
            var random = SeededRandom(seed: UInt64(seed))
            let events = (0..<(1 + random.below(6))).map { index in
                let id = random.below(3) == 0 ? "e\(index % 2)" : Self.text(&random, length: random.below(120))
                return """
                    {"start_date": {"year": \(1900 + random.below(99))}, "text": {"headline": "H\(index)", "text": "T"}, \
                    "unique_id": \(BankWriter.quote(id)), "group": \(BankWriter.quote(Self.text(&random, length: random.below(9))))}
                    """
            }
            let json = "{\"events\": [\(events.joined(separator: ", "))]}"
            let (record, diagnostics) = TimelineFormat.read(Array(json.utf8), sourceTitle: "t")
            #expect(diagnostics.isEmpty, "\(json)")
            let loaded = BankLoader.load(Array(BankWriter.yaml(record).utf8), format: .yaml, path: "t.yaml")
            #expect(loaded.diagnostics.filter { $0.severity == .error }.map(\.description) == [], "\(json)")
            #expect(loaded.record?.events.count == events.count)
        }
    }

    @Test func aTextOfNothingButControlCharactersIsNoText() {
        let (gift, giftDiagnostics) = GIFTFormat.read(
            "\u{1B}\u{7} {=a ~b}\n\nWho? {=\u{1B} ~\u{A0} ~Menelik#\u{7}}\n\n// [tag:\u{1B}]\nTrue? {T}",
            sourceTitle: "t")
        #expect(
            giftDiagnostics.map(\.message) == [
                "the question has no text", "a multiple-choice question needs at least 2 answers",
            ])
        #expect(gift.questions.map(\.tags) == [[]])
        let (table, tableDiagnostics) = TableFormat.read("term,answer\nfine,\u{1B}\n", separator: ",", sourceTitle: "t")
        #expect(tableDiagnostics.map(\.message) == ["the term 'fine' has no answer"])
        #expect(table.questions.isEmpty)
        let json = #"{"events": [{"start_date": {"year": 1948}, "text": {"headline": "\u001b\u0007"}}]}"#
        let (timeline, _) = TimelineFormat.read(Array(json.utf8), sourceTitle: "t")
        #expect(timeline.events.isEmpty)
    }
}
