import Foundation
import TestSupport
import Testing

@testable import QuizCore

/// Every bank shipped in QuestionBanks must load without a single diagnostic.
@Suite struct SeedBankTests {
    static let banks = Repository.files(in: "QuestionBanks", extensions: ["yaml", "yml", "json"])

    @Test func thereIsABundledBank() {
        #expect(!Self.banks.isEmpty)
    }

    @Test(arguments: banks)
    func bundledBankIsClean(_ url: URL) throws {
        let bytes = try [UInt8](Data(contentsOf: url))
        let bank = BankLoader.load(bytes, format: BankFormat(fileName: url.path)!, path: url.lastPathComponent)
        #expect(bank.diagnostics.map(\.description) == [])
        #expect(bank.record != nil)
    }

    /// Reads the seed bank once for the content checks below.
    static func seed() throws -> Record {
        let url = Repository.url("QuestionBanks/pakistan-palestine-israel.yaml")
        let bank = BankLoader.load(try [UInt8](Data(contentsOf: url)), format: .yaml, path: url.path)
        return try #require(bank.record)
    }

    @Test func everyPositionAndClaimNamesWhoStandsBehindIt() throws {
        let record = try Self.seed()
        for statement in record.statements {
            switch statement.kind {
            case .position: #expect(statement.holder != nil, "\(statement.id)")
            case .claim: #expect(statement.holder != nil || statement.status != nil, "\(statement.id)")
            case .fact: #expect(statement.holder == nil && statement.status == nil, "\(statement.id)")
            }
        }
    }

    @Test func opinionsInTheTextAreNotFacts() throws {
        let record = try Self.seed()
        let facts = record.statements.filter { $0.kind == .fact }.map { $0.text.lowercased() }
        for phrase in ["ideological twins", "we muslims", "massacre", "rumo", "apparently", "very close"] {
            #expect(!facts.contains { $0.contains(phrase) }, "'\(phrase)' is stated as a fact")
        }
        let rumour = try #require(record.statements.first { $0.text.contains("battalion") })
        #expect(rumour.kind == .claim && rumour.status == .rumoured)
        let rifles = try #require(record.statements.first { $0.text.contains("aimed at Arabs") })
        #expect(rifles.kind == .claim && rifles.status == .apparent)
        let massacre = try #require(record.statements.first { $0.text.contains("massacre") })
        #expect(massacre.kind == .position && massacre.holder == "pakistan")
    }

    @Test func theTextsFiguresAndDatesAreInTheRecord() throws {
        let record = try Self.seed()
        let quantities = record.events.flatMap(\.quantities)
        #expect(quantities.contains { $0.value == 250_000 && $0.unit == "rifles" })
        #expect(quantities.contains { $0.value == 50 && $0.unit == "volunteers" })
        let years = Set(record.events.compactMap { $0.date?.text } + record.entities.compactMap { $0.date?.text })
        #expect(years.isSuperset(of: ["1947/1949", "1967", "1973", "1982"]))
        let plo = try #require(record.entities.first { $0.id == "plo" })
        #expect(plo.aliases.contains("PLO"))
    }
}
