import Foundation
import TestSupport
import Testing

@testable import QuizCore

/// `progress.json` and the history's header as this version writes them, read by the fast
/// reader exactly as `JSONDecoder` reads them.
@Suite struct ProgressDocumentTests {
    static let memory: [String: LearnerProgress.FactMemory] = [
        "b/f": .init(
            state: MemoryState(
                phase: .review, step: nil, stability: 12.5, difficulty: 4.25,
                due: Date(timeIntervalSince1970: 1_760_000_000), lastReview: Date(timeIntervalSince1970: 1_750_000_000)),
            reviews: 3, lapses: 1),
        "b/g": .init(state: .new(at: Date(timeIntervalSince1970: 1_750_000_000)), reviews: 0, lapses: 0),
    ]

    /// A summary of attempts of two banks and topics, in several quarters of an hour, with
    /// credits that are not whole.
    static let summary: ProgressSummary = {
        let attempts = RandomHistory(
            choices: (0..<12).map {
                RandomHistory.Choice(
                    fact: $0 % 5, outcome: $0 % 5, gap: 400 * $0, hinted: $0 % 3 == 0, place: 0, hasID: true)
            }
        ).attempts
        var summary = ProgressSummary(attempts)
        for var attempt in attempts.prefix(3) {
            attempt.bank = "other"
            attempt.credit = 1.0 / 3
            summary.add(attempt)
        }
        return summary
    }()

    static func encoded<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        Array(try AttemptTests.encoder().encode(value))
    }

    @Test func aDocumentWithACheckpointReadsFastAndAsTheDecoderReadsIt() throws {
        let document = ProgressDocument(
            checkpoint: .init(generation: "abc", bytes: 1_234, lines: 9, memory: Self.memory, summary: Self.summary))
        let bytes = try Self.encoded(document) + [0x0A]
        #expect(bytes.withUnsafeBytes { JournalLine.decodeDocument($0) } == document)
        #expect(try AttemptTests.decoder().decode(ProgressDocument.self, from: Data(bytes)) == document)
        let empty = ProgressDocument(checkpoint: nil)
        #expect(try Self.encoded(empty).withUnsafeBytes { JournalLine.decodeDocument($0) } == empty)
    }

    @Test(arguments: [
        #"{"schemaVersion":2,"attempts":[]}"#, #"{"schemaVersion":3,"checkpoint":{"bytes":1}}"#,
        #"{"schemaVersion":3} x"#, #"{"schemaVersion":3,"schemaVersion":3}"#, #"{ "schemaVersion":3}"#,
    ])
    func anyOtherFormIsLeftToTheDecoder(_ text: String) {
        #expect(Array(text.utf8).withUnsafeBytes { JournalLine.decodeDocument($0) } == nil)
    }

    @Test func aHeaderReadsFast() throws {
        let header = JournalHeader(generation: "0f0f", memory: Self.memory)
        let line = try Self.encoded(header)
        #expect(line.starts(with: Array(#"{"generation":"#.utf8)))
        #expect(line.withUnsafeBytes { JournalLine.decodeHeader($0) } == header)
        #expect(try AttemptTests.decoder().decode(JournalHeader.self, from: Data(line)) == header)
    }

    @Test func anEntrysMemoryCanBeSkippedWhateverItHolds() throws {
        let attempt = try AttemptTests.decoder().decode(Attempt.self, from: Data(AttemptTests.todaysLine.utf8))
        let entry = LearnerProgress.JournalEntry(attempt: attempt, memory: Self.memory)
        let line = try Self.encoded(entry)
        #expect(line.withUnsafeBytes { JournalLine.decode($0, memory: true) } == entry)
        #expect(line.withUnsafeBytes { JournalLine.decode($0, memory: false) }?.memory == [:])
        #expect(line.withUnsafeBytes { JournalLine.decode($0, memory: false) }?.attempt == attempt)
        // Skipping steps over any JSON, escapes and nesting included, and refuses what is not JSON.
        let odd = #"{"attempt":\#(AttemptTests.todaysLine),"memory":{"a\"b":[1,-2.5e3,true,null,{"x":"\\"}]}}"#
        #expect(Array(odd.utf8).withUnsafeBytes { JournalLine.decode($0, memory: false) }?.attempt == attempt)
        let broken = #"{"attempt":\#(AttemptTests.todaysLine),"memory":{"a":[1,}}"#
        #expect(Array(broken.utf8).withUnsafeBytes { JournalLine.decode($0, memory: false) } == nil)
    }

    @Test func anOlderDocumentsProgressComesBeforeTheHistory() {
        var document = ProgressDocument(
            checkpoint: .init(generation: "g", bytes: 10, lines: 2, memory: Self.memory, summary: ProgressSummary()))
        #expect(document.memoryBeforeHistory == Self.memory)
        #expect(!document.holdsProgress)
        document.memory = [:]
        document.attempts = []
        #expect(document.memoryBeforeHistory == [:])
        #expect(!document.holdsProgress)
        document.attempts = [try! AttemptTests.decoder().decode(Attempt.self, from: Data(AttemptTests.oldLine.utf8))]
        #expect(document.holdsProgress)
    }
}
