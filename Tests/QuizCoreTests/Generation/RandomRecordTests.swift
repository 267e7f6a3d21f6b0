import PropertyBased
import Testing

@testable import QuizCore

/// Property-based: the rules hold on records made at random (`RandomBank`), from one item to
/// dozens, with names that collide, aliases shared between entities, and dates of every precision.
@Suite struct RandomRecordTests {
    @Test func everyGeneratedQuestionKeepsTheRules() async {
        await propertyCheck(count: 300, input: RandomBank.bank(), Gen.uint64()) { bank, seed in
            let record = bank.record
            let questions = QuestionGenerator(record: record, options: GenerationOptions(count: nil)).questions(
                seed: seed)
            #expect(Set(questions.map(\.id)).count == questions.count)
            let problems = questions.flatMap { QuestionRules.violations($0, in: record) }
            #expect(problems == [], "seed \(seed)")
        }
    }

    @Test func selectionIsDeterministicAndBounded() async {
        await propertyCheck(count: 200, input: RandomBank.bank(entities: 8), Gen.uint64(), Gen.int(in: 1...30)) {
            bank, seed, count in
            let generator = QuestionGenerator(record: bank.record, options: GenerationOptions(count: count))
            let first = generator.questions(seed: seed)
            #expect(first == generator.questions(seed: seed))
            #expect(first.count <= count)
            #expect(Set(first.map(\.id)).count == first.count)
        }
    }

    @Test func tinyRecordsWorkOrSayNothing() {
        let one = Record(
            title: "One", sources: [Source(id: "s", title: "S")],
            entities: [Entity(id: "a", kind: .country, name: "Syria")])
        let questions = QuestionGenerator(record: one, options: GenerationOptions(count: nil)).questions(seed: 1)
        #expect(questions.allSatisfy { QuestionRules.violations($0, in: one).isEmpty })
        let empty = Record(title: "Empty")
        #expect(QuestionGenerator(record: empty).questions(seed: 1).isEmpty)
    }
}
