import Testing

@testable import QuizCore

@Suite struct AikenFormatTests {
    static let good = """
        Which dynasty built the Forbidden City?
        A) Tang
        B) Song
        C) Ming
        D) Qing
        ANSWER: C

        In which year did the Western Roman Empire end, by the usual count?
        A. 410
        B.476
        C. 1453
        ANSWER:   B
        """

    @Test func readsQuestionsAsMoodleDoes() {
        let (record, diagnostics) = AikenFormat.read(Self.good, sourceTitle: "t")
        #expect(diagnostics.isEmpty)
        #expect(record.questions.count == 2)
        #expect(record.questions[0].answer == .choice(choices: ["Tang", "Song", "Ming", "Qing"], correct: 2))
        #expect(record.questions[1].answer == .choice(choices: ["410", "476", "1453"], correct: 1))
        #expect(record.questions[0].id == "aiken-which-dynasty-built-the-forbidden-city")
    }

    @Test func idsStayStableWhenOtherQuestionsChange() {
        let changed = Self.good.replacingOccurrences(of: "In which year", with: "In what year")
        let before = AikenFormat.read(Self.good, sourceTitle: "t").record.questions.map(\.id)
        let after = AikenFormat.read(changed, sourceTitle: "t").record.questions.map(\.id)
        #expect(before[0] == after[0])
        #expect(before[1] != after[1])
    }

    @Test func errorsPointToTheirLines() {
        let bad = """
            A) an option before any question
            A question with one option
            A) only
            ANSWER: A
            A question with no answer line
            A) x
            B) y
            Another question
            A) p
            B) q
            ANSWER: E
            ANSWER: A
            """
        let (_, diagnostics) = AikenFormat.read(bad, sourceTitle: "t")
        #expect(
            diagnostics.map { "\($0.location): \($0.message)" } == [
                "1:1: an option before any question",
                "2:1: the question on line 2 has 1 option; Aiken needs at least 2",
                "5:1: the question on line 5 has no 'ANSWER:' line",
                "11:9: the answer 'E' is not one of the options A–B",
                "12:1: 'ANSWER:' without a question before it",
            ])
    }

    @Test func writesChoiceQuestionsAndSkipsTheRest() {
        let record = Record(
            title: "t",
            questions: [
                AuthoredQuestion(
                    id: "a", kind: .multipleChoice, prompt: "Q?", answer: .choice(choices: ["x", "y"], correct: 1),
                    tests: []),
                AuthoredQuestion(id: "b", kind: .trueFalse, prompt: "T?", answer: .truth(true), tests: []),
            ])
        let (text, skipped) = AikenFormat.write(record)
        #expect(text == "Q?\nA. x\nB. y\nANSWER: B\n\n")
        #expect(skipped == 1)
        #expect(AikenFormat.read(text, sourceTitle: "t").record.questions.first?.answer == record.questions[0].answer)
    }
}
