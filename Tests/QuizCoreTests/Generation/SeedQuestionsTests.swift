import Foundation
import TestSupport
import Testing

@testable import QuizCore

/// The rules checked on every question the seed bank yields.
@Suite struct SeedQuestionsTests {
    static let record: Record = {
        let url = Repository.url("QuestionBanks/pakistan-palestine-israel.yaml")
        let bytes = (try? [UInt8](Data(contentsOf: url))) ?? []
        return BankLoader.load(bytes, format: .yaml, path: url.path).record!
    }()

    static let all = QuestionGenerator(record: record, options: GenerationOptions(count: nil)).questions(seed: 1)

    @Test func yieldsAtLeastSixtyDistinctQuestionsOfAllNineKinds() {
        #expect(Self.all.count >= 60)
        #expect(Set(Self.all.map(\.id)).count == Self.all.count)
        #expect(Set(Self.all.map(\.kind)) == Set(Question.Kind.allCases))
        for kind in Question.Kind.allCases {
            #expect(Self.all.contains { $0.kind == kind && $0.template != "authored" }, "no generated \(kind) question")
        }
    }

    @Test func everyEventAndStatementIsTested() {
        let tested = Set(Self.all.flatMap(\.facts))
        for event in Self.record.events { #expect(tested.contains(event.id), "\(event.id)") }
        for statement in Self.record.statements { #expect(tested.contains(statement.id), "\(statement.id)") }
    }

    @Test func everyQuestionKeepsTheRules() {
        let problems = Self.all.flatMap { QuestionRules.violations($0, in: Self.record) }
        #expect(problems == [])
    }

    @Test func claimsAreNeverAskedAsFact() {
        for question in Self.all where question.statementKind != .fact {
            #expect(!question.prompt.hasPrefix("True or false, according to the text:"), "\(question.id)")
        }
        let rumour = Self.all.first { $0.id == "g.statement-false-fact.battalion-rumour" }
        #expect(rumour?.answer == .truth(false))
    }

    @Test func idsAreStableAcrossSeedsAndRewording() {
        let other = QuestionGenerator(record: Self.record, options: GenerationOptions(count: nil)).questions(seed: 99)
        #expect(Set(other.map(\.id)) == Set(Self.all.map(\.id)))
        var reworded = Self.record
        reworded.events[1].summary = "Pakistan bought 250,000 rifles in Czechoslovakia."
        let rewordedIDs = Set(
            QuestionGenerator(record: reworded, options: GenerationOptions(count: nil)).questions(seed: 1)
                .filter { $0.facts.contains("rifle-purchase") }.map(\.id))
        #expect(rewordedIDs.contains("g.event-true.rifle-purchase"))
    }

    @Test func sameSeedSameQuizDifferentSeedDifferentQuiz() {
        let generator = QuestionGenerator(record: Self.record, options: GenerationOptions(count: 12))
        #expect(generator.questions(seed: 7) == generator.questions(seed: 7))
        #expect(generator.questions(seed: 7).map(\.id) != generator.questions(seed: 8).map(\.id))
    }

    @Test func aQuizCoversDifferentFactsBeforeRepeatingAndMixesKinds() {
        let quiz = QuestionGenerator(record: Self.record, options: GenerationOptions(count: 20)).questions(seed: 3)
        #expect(quiz.count == 20)
        let primary = quiz.map { $0.facts.first! }
        #expect(Set(primary).count == primary.count)
        #expect(Set(quiz.map(\.kind)).count >= 6)
    }

    @Test(arguments: Question.Kind.allCases)
    func typeFilterKeepsOnlyThatType(_ kind: Question.Kind) {
        let quiz = QuestionGenerator(record: Self.record, options: GenerationOptions(count: 5, kinds: [kind]))
            .questions(seed: 1)
        #expect(!quiz.isEmpty)
        #expect(quiz.allSatisfy { $0.kind == kind })
    }

    @Test func topicFilterKeepsOnlyThatTopic() {
        let quiz = QuestionGenerator(
            record: Self.record, options: GenerationOptions(count: 50, topics: ["arab-israeli-wars"])
        )
        .questions(seed: 1)
        #expect(!quiz.isEmpty)
        let topical = Set(Self.record.events.filter { $0.tags.contains("arab-israeli-wars") }.map(\.id))
        #expect(quiz.allSatisfy { !topical.isDisjoint(with: $0.facts) })
    }

    @Test func askingForMoreThanThereAreGivesWhatThereIs() {
        let quiz = QuestionGenerator(record: Self.record, options: GenerationOptions(count: 10_000)).questions(seed: 1)
        #expect(quiz.count == Self.all.count)
    }
}
