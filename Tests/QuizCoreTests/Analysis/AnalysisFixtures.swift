import Foundation

@testable import QuizCore

/// Questions and attempts made up for the item analysis tests, on a bank named "b".
enum AnalysisFixtures {
    static let t0 = Date(timeIntervalSince1970: 1_700_000_000)

    static func question(
        _ id: String, _ kind: Question.Kind = .shortAnswer, answer: Question.Answer = .text("x"),
        options: [String] = [], facts: [String]? = nil
    ) -> Question {
        Question(
            id: id, kind: kind, prompt: "Prompt of \(id)?", options: options, left: [], answer: answer, accepted: [],
            explanation: "", source: nil, statementKind: .fact, facts: facts ?? ["f-" + id], template: "test", tags: [])
    }

    static func review(_ question: Question, _ findings: [Finding] = []) -> Review {
        Review(question: question, findings: findings)
    }

    /// An attempt on question `id` (its fact `f-id` unless given) earning `credit`; a wrong one
    /// with no answer given is empty, so that wrong answers are grouped only where a test types them.
    static func attempt(
        _ id: String, _ credit: Double, kind: Question.Kind = .shortAnswer, facts: [String]? = nil,
        answer: String? = nil, miss: Attempt.Miss? = nil, hints: Int = 0, seconds: Double = 0, timed: Bool? = false,
        skipped: Bool = false, options: [String]? = nil, chosen: [String]? = nil, bank: String = "b"
    ) -> Attempt {
        let outcome: Attempt.Outcome =
            skipped ? .skipped : credit >= 1 ? .correct : credit > 0 ? .partlyCorrect : .incorrect
        return Attempt(
            questionID: id, facts: facts ?? ["f-" + id], bank: bank, kind: kind,
            answer: skipped ? "" : answer ?? (credit >= 1 ? "x" : ""), expected: "x", outcome: outcome,
            miss: outcome == .incorrect ? miss ?? .unknown : nil, feedback: "", credit: credit, hints: hints,
            responseSeconds: seconds, time: t0, timed: timed, options: options, chosen: chosen)
    }

    /// One learner per column: `table[question]` lists each learner's credit on it.
    static func learners(_ table: KeyValuePairs<String, [Double]>) -> [[Attempt]] {
        let count = table.map(\.value.count).max() ?? 0
        return (0..<count).map { learner in table.map { attempt($0.key, $0.value[learner]) } }
    }
}
