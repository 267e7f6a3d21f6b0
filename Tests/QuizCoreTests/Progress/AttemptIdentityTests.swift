import Foundation
import Testing

@testable import QuizCore

/// The id a merge dedupes by: stored for new attempts, derived from the content for old ones,
/// and the same on every machine and in every version.
@Suite struct AttemptIdentityTests {
    typealias A = AttemptTests

    @Test func anOldAttemptsIdComesFromItsContentAndNeverChanges() throws {
        let attempt = try A.decoder().decode(Attempt.self, from: Data(A.oldLine.utf8))
        #expect(attempt.id == nil)
        // Pinned: a change in the derivation would split every old attempt into two on merge.
        #expect(attempt.stableID == "cf76af820e24f3f58d2b6c4caffbb569d")
        #expect(try A.decoder().decode(Attempt.self, from: Data(A.oldLine.utf8)).stableID == attempt.stableID)
    }

    @Test func anyFieldTellsTwoOldAttemptsApart() throws {
        let attempt = try A.decoder().decode(Attempt.self, from: Data(A.todaysLine.utf8))
        var variants: [Attempt] = []
        func vary(_ change: (inout Attempt) -> Void) {
            var copy = attempt
            change(&copy)
            variants.append(copy)
        }
        vary { $0.questionID += "x" }
        vary { $0.facts.append("g") }
        vary { $0.facts = ["green-line", "border"] }  // not the same as one fact "green-line-border"
        vary { $0.bank += "x" }
        vary { $0.kind = .year }
        vary { $0.answer += "x" }
        vary { $0.expected += "x" }
        vary { $0.outcome = .correct }
        vary { $0.miss = nil }
        vary { $0.feedback += "x" }
        vary { $0.credit = 0.5 }
        vary { $0.hints = 0 }
        vary { $0.responseSeconds = 2.25 }
        vary { $0.time = $0.time.addingTimeInterval(1) }
        vary { $0.tags = nil }
        vary { $0.points = nil }
        vary { $0.worth = 2 }
        let ids = [attempt.stableID] + variants.map(\.stableID)
        #expect(Set(ids).count == ids.count)
    }

    @Test func aStoredIdIsWrittenReadAndUsed() throws {
        var attempt = try A.decoder().decode(Attempt.self, from: Data(A.todaysLine.utf8))
        attempt.id = "0123456789abcdef0123456789abcdef"
        #expect(attempt.stableID == attempt.id)
        let written = String(decoding: try A.encoder().encode(attempt), as: UTF8.self)
        #expect(written.contains(#""id":"0123456789abcdef0123456789abcdef""#))
        #expect(try A.decoder().decode(Attempt.self, from: Data(written.utf8)) == attempt)
        // The fast reader of history lines reads it too.
        let line = #"{"attempt":\#(written),"memory":{}}"#
        let entry = Array(line.utf8).withUnsafeBytes { JournalLine.decode($0) }
        #expect(entry?.attempt == attempt)
    }
}
