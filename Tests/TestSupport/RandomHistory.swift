import Foundation
import PropertyBased
import QuizCore

/// A learner's history made at random, as values (so that a failure shrinks to a small one),
/// and where each answer was saved: on machine A, on machine B, or on both (a copy of the file
/// taken before the two went their own ways).
public struct RandomHistory: Sendable, CustomStringConvertible {
    /// One answer: which fact, how it went, how long after the one before, and where it is.
    public struct Choice: Sendable {
        var fact: Int
        var outcome: Int
        var gap: Int
        var hinted: Bool
        var place: Int
        var hasID: Bool

        public init(fact: Int, outcome: Int, gap: Int, hinted: Bool, place: Int, hasID: Bool) {
            (self.fact, self.outcome, self.gap, self.hinted, self.place, self.hasID) = (
                fact, outcome, gap, hinted, place, hasID
            )
        }
    }

    public var choices: [Choice]

    public init(choices: [Choice]) {
        self.choices = choices
    }

    static let outcomes: [(Attempt.Outcome, Double)] = [
        (.correct, 1), (.correctWithNote, 1), (.partlyCorrect, 0.5), (.incorrect, 0), (.skipped, 0),
    ]

    public static var choice: Generator<Choice, some SendableSequenceType> {
        zip(
            Gen.int(in: 0...5), Gen.int(in: 0...4), Gen.int(in: 1...400_000), Gen.bool, Gen.int(in: 0...2), Gen.bool
        )
        .map { Choice(fact: $0.0, outcome: $0.1, gap: $0.2, hinted: $0.3, place: $0.4, hasID: $0.5) }
    }

    public static var history: Generator<RandomHistory, some SendableSequenceType> {
        choice.array(of: 0...40).map { RandomHistory(choices: $0) }
    }

    /// Every attempt, in the order they were made (times strictly increasing). Attempts without
    /// an id stand for those saved before ids were kept.
    public var attempts: [Attempt] {
        var time = Date(timeIntervalSince1970: 1_750_000_000)
        return choices.enumerated().map { index, choice in
            time = time.addingTimeInterval(Double(choice.gap))
            let (outcome, credit) = Self.outcomes[choice.outcome]
            return Attempt(
                questionID: "q\(choice.fact)-\(index % 3)", facts: ["f\(choice.fact)"], bank: "b", kind: .trueFalse,
                answer: "x", expected: "True", outcome: outcome, miss: nil, feedback: "",
                credit: choice.hinted ? credit / 2 : credit,
                hints: choice.hinted ? 1 : 0, responseSeconds: Double(3 + index % 9), time: time,
                tags: choice.fact % 2 == 0 ? ["t\(choice.fact % 3)", "all"] : nil,
                id: choice.hasID ? String(format: "%032x", index + 1) : nil)
        }
    }

    /// The attempts saved on A (place 0 or 2) and on B (place 1 or 2).
    public var split: (a: [Attempt], b: [Attempt]) {
        let all = attempts
        return (
            all.indices.filter { choices[$0].place != 1 }.map { all[$0] },
            all.indices.filter { choices[$0].place != 0 }.map { all[$0] }
        )
    }

    /// One file that saw every answer: each recorded in turn.
    public func oneFile(scheduler: FSRS) -> LearnerProgress {
        var progress = LearnerProgress()
        for attempt in attempts { progress.record(attempt, scheduler: scheduler) }
        return progress
    }

    public var description: String { "\(choices.count) answers: \(choices.map { "f\($0.fact)@\($0.place)" })" }
}
