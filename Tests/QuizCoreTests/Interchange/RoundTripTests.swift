import Foundation
import TestSupport
import Testing

@testable import QuizCore

/// Export, import, export: the same file, for every bundled bank and for records written to
/// catch what the bundled banks do not hold (dotted and long ids, spans of years, qualified dates).
@Suite struct RoundTripTests {
    static let banks = Repository.files(in: "QuestionBanks", extensions: ["yaml"])

    static func record(_ url: URL) throws -> Record {
        let bank = BankLoader.load(try [UInt8](Data(contentsOf: url)), format: .yaml, path: url.path)
        return try #require(bank.record)
    }

    /// A record as the import writes it, read back as `quiz` reads a bank file.
    static func reloaded(_ record: Record) throws -> Record {
        let bank = BankLoader.load(Array(BankWriter.yaml(record).utf8), format: .yaml, path: "imported.yaml")
        #expect(bank.diagnostics.map(\.description) == [])
        return try #require(bank.record)
    }

    static func gift(_ record: Record) -> String {
        let questions = ExportSelection.questions(
            record: record, options: GenerationOptions(count: nil), seed: 0, authorsOrder: true)
        return GIFTFormat.write(questions).text
    }

    @Test(arguments: banks)
    func giftExportImportExportIsTheSameFile(_ url: URL) throws {
        let first = Self.gift(try Self.record(url))
        #expect(Self.gift(try Self.record(url)) == first, "the export is the same every time")
        let (imported, diagnostics) = GIFTFormat.read(first, sourceTitle: "t")
        #expect(diagnostics.isEmpty)
        let second = Self.gift(try Self.reloaded(imported))
        #expect(second == first)
    }

    @Test(arguments: banks)
    func timelineExportImportExportIsTheSameFile(_ url: URL) throws {
        let first = TimelineFormat.write(try Self.record(url)).json
        let (imported, diagnostics) = TimelineFormat.read(Array(first.utf8), sourceTitle: "t")
        #expect(diagnostics.isEmpty)
        #expect(TimelineFormat.write(try Self.reloaded(imported)).json == first)
    }

    static let written = """
        title: Ids, years and spans
        sources:
          - {id: s, title: A source}
        events:
          - {id: e.partition.1947, date: "1947-08-15", summary: "Partition.", tags: ["1947"]}
          - {id: e-war, date: "1947/1949", summary: "The first war.", tags: [1948-war]}
          - {id: e_about, date: "1950~", summary: "Roughly then.", tags: [1948-war]}
          - {id: e-decade, date: "196X", summary: "Some time then."}
          - {id: e-open, date: "1967/..", summary: "Still going."}
        questions:
          - {id: g.event-year.x, type: year, prompt: "In what year was the partition?", answer: "1947"}
          - {id: q-span, type: year, prompt: "Over which years was the first war fought?", answer: "1947/1949"}
          - {id: q-about, type: year, prompt: "In what year, roughly, did it end?", answer: "1950~"}
          - id: \(String(repeating: "a", count: 100))
            type: multiple-choice
            prompt: "Which came first?"
            choices: [the war, the partition, the armistice, the census]
            answer: the partition
          - {id: q_count, type: numeric, prompt: "How many years did the war last?", answer: 2, tolerance: 1}
          - {id: q.blank, type: numeric, prompt: "The census counted _____ districts.", answer: 1989}
        """

    @Test func idsYearsAndSpansSurviveAGIFTTrip() throws {
        let record = try #require(BankLoader.load(Array(Self.written.utf8), format: .yaml, path: "w.yaml").record)
        let first = Self.gift(record)
        #expect(first.contains("// [id:g.event-year.x]\n::g.event-year.x::"))
        #expect(first.contains("{#1947..1949"))
        let (imported, diagnostics) = GIFTFormat.read(first, sourceTitle: "t")
        #expect(diagnostics.isEmpty)
        #expect(Set(imported.questions.map(\.id)).isSuperset(of: record.questions.map(\.id)))
        let byID = Dictionary(uniqueKeysWithValues: imported.questions.map { ($0.id, $0) })
        #expect(byID["g.event-year.x"]?.kind == .year)
        #expect(byID["q-span"]?.answer == .date(try HistoricalDate(parsing: "1947/1949")))
        #expect(byID["q-about"]?.answer == .date(try HistoricalDate(parsing: "1950~")))
        #expect(byID["q_count"]?.kind == .numeric, "a count of years is a number, not a year")
        #expect(byID["q.blank"]?.kind == .numeric, "a blank not after 'in' is a number")
        #expect(Self.gift(try Self.reloaded(imported)) == first)
    }

    @Test func idsGroupsAndQualifiedDatesSurviveATimelineTrip() throws {
        let record = try #require(BankLoader.load(Array(Self.written.utf8), format: .yaml, path: "w.yaml").record)
        let first = TimelineFormat.write(record).json
        let (imported, diagnostics) = TimelineFormat.read(Array(first.utf8), sourceTitle: "t")
        #expect(diagnostics.isEmpty)
        #expect(imported.events.map(\.id) == record.events.map(\.id))
        #expect(imported.events.map(\.tags) == record.events.map { Array($0.tags.prefix(1)) })
        #expect(imported.events.map(\.date?.text) == record.events.map(\.date?.text))
        #expect(TimelineFormat.write(try Self.reloaded(imported)).json == first)
    }
}
