import Foundation
import PropertyBased
import Testing

@testable import QuizCore

/// The bank writer: what it writes reads back as the same record, every field of it.
@Suite struct BankWriterTests {
    static func readBack(_ record: Record) -> (record: Record?, diagnostics: [String]) {
        let loaded = BankLoader.load(Array(BankWriter.yaml(record).utf8), format: .yaml, path: "w.yaml")
        return (loaded.record, loaded.diagnostics.map(\.description))
    }

    /// Every optional field given, with texts that YAML would misread unquoted.
    static let full = Record(
        title: "Full: \"every\" field", description: "All of it.\nTwo lines.",
        sources: [
            Source(
                id: "s", title: "A text", author: "An author", publisher: "A press",
                date: try? HistoricalDate(parsing: "1999-05"), url: "https://example.org/a#b", note: "yes"),
            Source(id: "s2", title: "Another"),
        ],
        entities: [
            Entity(
                id: "pk", kind: .country, name: "Pakistan", aliases: ["PK"], role: "state",
                date: try? HistoricalDate(parsing: "1947/.."), description: "a country", source: "s"),
            Entity(id: "il", kind: .country, name: "Israel", source: "s2"),
            Entity(id: "cz", kind: .place, name: "Czechoslovakia", role: "city", partOf: ["pk", "il"]),
            Entity(id: "war", kind: .war, name: "The war", date: try? HistoricalDate(parsing: "1947/1949")),
            Entity(id: "tr", kind: .place, name: "Turkey"),
        ],
        events: [
            Event(
                id: "buy", date: try? HistoricalDate(parsing: "1948~"), summary: "Pakistan bought rifles.",
                actors: [.init(entity: "pk", role: "buyer: of rifles"), .init(entity: "il", role: "target")],
                places: ["cz"],
                quantities: [
                    Quantity(
                        id: "rifles", value: 250_000, unit: "rifles", counts: "rifles bought", isApproximate: true,
                        tolerance: 0.5, ask: "How many rifles: \"bought\"?"),
                    Quantity(id: "ships", value: 2.5, unit: "ships", counts: "ships"),
                ],
                tags: ["arms"], source: "s", gist: "the purchase: of rifles",
                links: Links(reasonFor: ["st"], contrastsWith: ["meet", "rumour"])),
            Event(
                id: "meet", during: "war", summary: "They met.", places: ["cz", "tr"], source: "s2",
                gist: "the meeting"),
        ],
        statements: [
            Statement(
                id: "st", kind: .position, text: "No recognition.", holder: "pk", topic: "recognition of Israel",
                date: try? HistoricalDate(parsing: "2005"), about: ["il", "buy"], source: "s", note: "Said twice.",
                gist: "no recognition"),
            Statement(
                id: "rumour", kind: .claim, text: "A battalion.", status: .rumoured, source: "s", gist: "a battalion",
                links: Links(basisFor: ["st"])),
        ])

    @Test func everyFieldReadsBack() {
        let back = Self.readBack(Self.full)
        #expect(back.diagnostics == [])
        #expect(back.record == Self.full)
    }

    @Test func actorsPlacesAndQuantitiesAreWritten() {
        let yaml = BankWriter.yaml(Self.full)
        #expect(yaml.contains("      - {entity: \"pk\", role: \"buyer: of rifles\"}\n"))
        #expect(yaml.contains("    place: \"cz\"\n"))
        #expect(yaml.contains("    place: [\"cz\", \"tr\"]\n"))
        #expect(yaml.contains("    role: \"city\"\n    part-of: [\"pk\", \"il\"]\n"))
        #expect(yaml.contains("    during: \"war\"\n"))
        #expect(yaml.contains("    gist: \"the purchase: of rifles\"\n    reason-for: [\"st\"]\n"))
        #expect(yaml.contains("    contrasts-with: [\"meet\", \"rumour\"]\n"))
        #expect(
            yaml.contains(
                "      - id: \"rifles\"\n        value: 250000\n        unit: \"rifles\"\n"
                    + "        counts: \"rifles bought\"\n        approximate: true\n        tolerance: 0.5\n"))
    }

    @Test func theSeedBankReadsBackWhole() {
        let seed = SeedQuestionsTests.record
        #expect(seed.events.contains { !$0.actors.isEmpty && !$0.places.isEmpty && !$0.quantities.isEmpty })
        let back = Self.readBack(seed)
        #expect(back.diagnostics == [])
        #expect(back.record == seed)
    }

    @Test func randomRecordsReadBack() async {
        await propertyCheck(count: 100, input: RandomBank.bank()) { bank in
            #expect(Self.readBack(bank.record).record == bank.record)
        }
    }
}
