import Foundation
import Testing

@testable import QuizCore

/// What a choice attempt keeps for item analysis: the options as shown, and those picked.
@Suite struct SessionChoiceRecordTests {
    typealias G = GradingFixtures

    func attempts(_ question: Question, _ commands: [Command]) -> [Attempt] {
        var session = Session(bank: "b", record: G.record, questions: commands.map { _ in question })
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        _ = session.start(now: now)
        return commands.flatMap { session.handle($0, now: now) }.compactMap { output in
            if case .record(let attempt) = output { return attempt }
            return nil
        }
    }

    @Test func aChoiceKeepsTheOptionsShownAndTheOnePicked() {
        let recorded = attempts(G.choice, [.answer("b"), .answer("a"), .skip])
        #expect(recorded.map(\.options) == Array(repeating: G.choice.options, count: 3))
        #expect(recorded.map(\.chosen) == [["Turkey"], ["Czechoslovakia"], nil])
    }

    @Test func otherKindsKeepNeither() {
        let recorded = attempts(G.syria, [.answer("Syria")])
        #expect(recorded.count == 1 && recorded[0].options == nil && recorded[0].chosen == nil)
    }
}
