import Foundation
import Testing

@testable import QuizCore

/// The attempt as the progress file keeps it: the typed fields must read and write the same
/// JSON that files already hold.
@Suite struct AttemptTests {
    /// An attempt as progress files hold it today, keys sorted as the file writes them.
    static let todaysLine =
        #"{"answer":"Pakistan","bank":"pakistan-palestine-israel","expected":"Israel","facts":["green-line-border"],"#
        + #""feedback":"Incorrect: that is Pakistan, another item of the record. The answer is Israel.","hints":1,"#
        + #""kind":"cloze","miss":"confused","outcome":"incorrect","points":0,"#
        + #""questionID":"g.statement-cloze.green-line-border.israel","responseSeconds":2.5,"score":0,"#
        + #""tags":["borders"],"time":"2026-11-25T22:11:41Z","worth":3}"#

    /// An attempt from before topics and points were kept.
    static let oldLine =
        #"{"answer":"t","bank":"b","expected":"True","facts":["f"],"feedback":"Correct.","hints":0,"#
        + #""kind":"true-false","outcome":"correct-with-note","questionID":"q","responseSeconds":1,"score":1,"#
        + #""time":"2026-01-01T00:00:00Z"}"#

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    @Test func readsAnAttemptAsFilesHoldItToday() throws {
        let attempt = try Self.decoder().decode(Attempt.self, from: Data(Self.todaysLine.utf8))
        #expect(attempt.kind == .cloze)
        #expect(attempt.outcome == .incorrect)
        #expect(attempt.miss == .confused)
        #expect(attempt.credit == 0)
        #expect(attempt.points == 0 && attempt.worth == 3)
        #expect(attempt.hints == 1 && attempt.responseSeconds == 2.5)
        #expect(attempt.tags == ["borders"])
        #expect(attempt.isMiss && !attempt.isRight)
    }

    @Test func readsAnAttemptFromBeforePointsWereKept() throws {
        let attempt = try Self.decoder().decode(Attempt.self, from: Data(Self.oldLine.utf8))
        #expect(attempt.kind == .trueFalse)
        #expect(attempt.outcome == .correctWithNote)
        #expect(attempt.miss == nil)
        #expect(attempt.credit == 1)
        #expect(attempt.tags == nil && attempt.points == nil && attempt.worth == nil)
        #expect(attempt.isRight && !attempt.isMiss)
    }

    @Test(arguments: [todaysLine, oldLine])
    func writesBackTheSameLine(_ line: String) throws {
        let attempt = try Self.decoder().decode(Attempt.self, from: Data(line.utf8))
        let written = try Self.encoder().encode(attempt)
        #expect(String(decoding: written, as: UTF8.self) == line)
        #expect(try Self.decoder().decode(Attempt.self, from: written) == attempt)
    }

    @Test(arguments: Attempt.Outcome.allCases)
    func everyOutcomeRoundTrips(_ outcome: Attempt.Outcome) throws {
        for miss in [nil] + Attempt.Miss.allCases.map(Optional.some) {
            let attempt = Attempt(
                questionID: "q", facts: ["f"], bank: "b", kind: .year, answer: "1948", expected: "1947",
                outcome: outcome, miss: miss, feedback: "", credit: 0.5, hints: 2, responseSeconds: 7,
                time: Date(timeIntervalSince1970: 1_700_000_000), tags: ["t"], points: 1.5, worth: 2)
            let written = try Self.encoder().encode(attempt)
            let text = String(decoding: written, as: UTF8.self)
            #expect(text.contains(#""outcome":"\#(outcome.rawValue)""#))
            #expect(text.contains(#""score":0.5"#) && !text.contains("credit"))
            #expect(text.contains("miss") == (miss != nil))
            #expect(try Self.decoder().decode(Attempt.self, from: written) == attempt)
        }
    }

    @Test func outcomesAndMissesKeepTheirNamesInTheFile() {
        #expect(
            Attempt.Outcome.allCases.map(\.rawValue) == [
                "correct", "correct-with-note", "partly-correct", "incorrect", "skipped",
            ])
        let misses: [(Verdict.Miss, String)] = [
            (.blank, "blank"), (.typoTooFar, "typo-too-far"), (.nearDate(yearsOff: 2), "near-date"),
            (.confusedWith("Iraq", detail: nil), "confused"), (.wrongNumber, "wrong-number"), (.unknown, "unknown"),
        ]
        for (miss, name) in misses { #expect(Attempt.Miss(miss).rawValue == name) }
        for outcome in [Verdict.Outcome.correct, .correctWithNote, .partlyCorrect, .incorrect] {
            #expect(Attempt.Outcome(outcome).rawValue == outcome.rawValue)
        }
    }

    @Test func anOutcomeNoVersionWroteIsRefused() {
        let line = Self.oldLine.replacingOccurrences(of: "correct-with-note", with: "nearly")
        #expect(throws: DecodingError.self) { try Self.decoder().decode(Attempt.self, from: Data(line.utf8)) }
    }
}
