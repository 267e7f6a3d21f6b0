import Testing

@testable import QuizCore

/// How a question's answer reads when it is shown after a wrong answer, in a preview or a key.
@Suite struct QuestionTextTests {
    static func question(_ options: [String], right: [Int]) -> Question {
        Question(
            id: "q", kind: .multipleAnswer, prompt: "Which of these?", options: options, left: [],
            answer: .options(right), accepted: [],
            explanation: "", source: nil, statementKind: .fact, facts: ["f"], template: "authored", tags: [])
    }

    @Test func sentencesJoinedAsAnAnswerLoseTheirFullStops() {
        let sentences = Self.question(
            ["The French complied.", "The British demurred.", "Nobody moved."], right: [0, 1])
        #expect(sentences.answerText == "The French complied; The British demurred")
        // Phrases, and an ellipsis, are left as they are.
        let phrases = Self.question(["suffocation", "heat exhaustion", "it went on..."], right: [0, 1, 2])
        #expect(phrases.answerText == "suffocation; heat exhaustion; it went on...")
    }
}
