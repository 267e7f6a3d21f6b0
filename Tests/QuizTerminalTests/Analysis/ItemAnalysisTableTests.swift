import Foundation
import Testing

@testable import QuizCore
@testable import QuizTerminal

@Suite struct ItemAnalysisTableTests {
    static func question(_ id: String, prompt: String) -> Question {
        Question(
            id: id, kind: .shortAnswer, prompt: prompt, options: [], left: [], answer: .text("x"), accepted: [],
            explanation: "", source: nil, statementKind: .fact, facts: ["f"], template: "test", tags: [])
    }

    static func attempt(_ id: String, _ credit: Double, answer: String) -> Attempt {
        Attempt(
            questionID: id, facts: ["f"], bank: "b", kind: .shortAnswer, answer: answer, expected: "x",
            outcome: credit >= 1 ? .correct : .incorrect, miss: credit >= 1 ? nil : .typoTooFar, feedback: "",
            credit: credit, hints: 0, responseSeconds: 0, time: Date(timeIntervalSince1970: 0), timed: false)
    }

    static let analysis: ItemAnalysis = {
        let reviews = [
            Review(
                question: question(
                    "g.event-who-typed.a-very-long-question-identifier.of-some-entity",
                    prompt: "Who \u{1B}]0;owned\u{7} signed the treaty, according to the text of the bank?"),
                findings: [Finding(.ambiguous, "other wordings are right too", severity: .flag)])
        ]
        let id = reviews[0].question.id
        let learners = (0..<5).map { _ in [attempt(id, 0, answer: "Antoneli\u{1B}[2J")] }
        return ItemAnalysis(reviews: reviews, bank: "b", learners: learners)
    }()

    @Test func rowsFitTheWidthAndBankTextIsSanitised() {
        let text = ItemAnalysisTable(renderer: Renderer(color: false, width: 80)).lines(Self.analysis).joined(
            separator: "\n")
        let lines = text.components(separatedBy: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.filter { $0.count > 80 })")
        #expect(!lines.joined().unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        // The id is abbreviated in its column and written whole beneath it.
        #expect(text.contains("  1 g.event-who-typed.a-…me-entity"))
        #expect(text.contains("\n     g.event-who-typed.a-very-long-question-identifier.of-some-entity\n"))
        #expect(text.contains("Who \\u{1B}]0;owned\\u{7} signed the treaty"))
        #expect(text.contains("The first one to fix: the data flags it and so does the critic."))
        #expect(text.contains("Critic (flags): ambiguous: other wordings are right too"))
        #expect(text.contains("“Antoneli\\u{1B}[2J” ×5 by 5 learners (typo too far)"))
        // Five learners, one question: no rest of the bank to correlate against.
        #expect(text.contains("     0.00  small"))
    }

    @Test func noAnswersToTheBankIsSaidInAWord() {
        let empty = ItemAnalysis(reviews: [], bank: "b", learners: [[]])
        #expect(
            ItemAnalysisTable(renderer: Renderer(color: false, width: 80)).lines(empty) == [
                "No answers to b in these progress files."
            ])
    }
}
