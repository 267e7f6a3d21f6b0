import Testing

@testable import QuizCore

/// What an export holds: the same questions every time, authored options in the author's order
/// for GIFT and Aiken, and the selection `take` makes with the same options.
@Suite struct ExportSelectionTests {
    static let record: Record = {
        let yaml = """
            title: T
            sources:
              - {id: s, title: A source}
            questions:
              - {id: q1, type: multiple-choice, prompt: "Which first?", choices: [w, x, y, z], answer: w, tags: [one]}
              - {id: q2, type: multiple-answer, prompt: "Which?", choices: [a, b, c, d], answers: [a, c], tags: [two]}
              - id: q3
                type: matching
                prompt: "Match them."
                pairs: [{left: l1, right: r1}, {left: l2, right: r2}]
                distractors: [r3, r4]
                tags: [one]
              - {id: q4, type: true-false, prompt: "True?", answer: true, tags: [two]}
            """
        return BankLoader.load(Array(yaml.utf8), format: .yaml, path: "t.yaml").record!
    }()

    @Test(arguments: [0, 1, 7, 99] as [UInt64])
    func authoredOptionsKeepTheAuthorsOrder(_ seed: UInt64) {
        let questions = ExportSelection.questions(
            record: Self.record, options: GenerationOptions(count: nil), seed: seed, authorsOrder: true)
        #expect(
            questions.map(\.options) == [
                ["w", "x", "y", "z"], ["a", "b", "c", "d"], ["r1", "r2", "r3", "r4"], ["True", "False"],
            ])
        #expect(questions.map(\.answer) == [.option(0), .options([0, 2]), .pairs([0, 1]), .truth(true)])
    }

    @Test func aWorksheetKeepsThemShuffledByTheSeed() {
        let orders = Set(
            (0..<8).map { seed in
                ExportSelection.questions(
                    record: Self.record, options: GenerationOptions(count: nil), seed: seed, authorsOrder: false
                )[0].options
            })
        #expect(orders.count > 1)
    }

    @Test func countTypeAndTopicChooseAsTakeDoes() {
        let options = GenerationOptions(count: 1, kinds: [.multipleAnswer, .trueFalse], topics: ["two"])
        let exported = ExportSelection.questions(record: Self.record, options: options, seed: 5, authorsOrder: false)
        let taken = QuestionGenerator(record: Self.record, options: options).questions(seed: 5)
        #expect(exported == taken)
        #expect(exported.count == 1 && ["q2", "q4"].contains(exported[0].id))
    }
}
