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

    @Test func yieldsDistinctQuestionsOfEveryKind() {
        #expect(Self.all.count >= 8)
        #expect(Set(Self.all.map(\.id)).count == Self.all.count)
        #expect(Set(Self.all.map(\.kind)).count >= 6)
        let generated = Set(Self.all.filter { $0.template != "authored" }.map(\.kind))
        #expect(generated.count >= 2, "generated kinds: \(generated)")
    }

    @Test func everyQuestionTestsItemsOfTheRecord() {
        let ids = Set(
            Self.record.events.map(\.id) + Self.record.statements.map(\.id) + Self.record.entities.map(\.id)
                + Self.record.events.flatMap { $0.quantities.map(\.id) })
        for question in Self.all { #expect(Set(question.facts).isSubset(of: ids), "\(question.id)") }
    }

    @Test func everyQuestionKeepsTheRules() {
        let problems = Self.all.flatMap { QuestionRules.violations($0, in: Self.record) }
        #expect(problems == [])
    }

    @Test func claimsAreNeverAskedAsFact() {
        for question in Self.all where question.statementKind != .fact {
            #expect(!question.prompt.hasPrefix("True or false, according to the text:"), "\(question.id)")
        }
        // The report and the rumour came in one piece of information "including rumours": which
        // label fits each is arguable, so neither is asked how the text presents it.
        for id in ["battalion-rumour", "military-assistance-report"] {
            #expect(!Self.all.contains { $0.template == "statement-status" && $0.facts == [id] }, "\(id)")
        }
    }

    @Test func idsAreStableAcrossSeedsAndRewording() {
        let other = QuestionGenerator(record: Self.record, options: GenerationOptions(count: nil)).questions(seed: 99)
        #expect(Set(other.map(\.id)) == Set(Self.all.map(\.id)))
        var reworded = Self.record
        reworded.events[1].summary = "Pakistan bought 250,000 rifles in Czechoslovakia."
        let before = Set(Self.all.filter { $0.facts.contains("rifle-purchase") }.map(\.id))
        let rewordedIDs = Set(
            QuestionGenerator(record: reworded, options: GenerationOptions(count: nil)).questions(seed: 1)
                .filter { $0.facts.contains("rifle-purchase") }.map(\.id))
        #expect(!before.isEmpty)
        #expect(rewordedIDs == before)
    }

    @Test func sameSeedSameQuizDifferentSeedDifferentQuiz() {
        let generator = QuestionGenerator(record: Self.record, options: GenerationOptions(count: 12))
        #expect(generator.questions(seed: 7) == generator.questions(seed: 7))
        #expect(generator.questions(seed: 7).map(\.id) != generator.questions(seed: 8).map(\.id))
    }

    @Test func aQuizCoversDifferentFactsBeforeRepeatingAndMixesKinds() {
        let quiz = QuestionGenerator(record: Self.record, options: GenerationOptions(count: 8)).questions(seed: 3)
        #expect(quiz.count == 8)
        let primary = quiz.map { $0.facts.first! }
        #expect(Set(primary).count == primary.count)
        #expect(Set(quiz.map(\.kind)).count >= 6)
    }

    @Test(arguments: Set(all.map(\.kind)).sorted { $0.rawValue < $1.rawValue })
    func typeFilterKeepsOnlyThatType(_ kind: Question.Kind) {
        let quiz = QuestionGenerator(record: Self.record, options: GenerationOptions(count: 5, kinds: [kind]))
            .questions(seed: 1)
        #expect(!quiz.isEmpty)
        #expect(quiz.allSatisfy { $0.kind == kind })
    }

    /// The kinds a bank offers (in the start menu, in `quiz banks --topics`) are exactly the
    /// kinds a quiz of any length and seed can be limited to: none offered yields nothing.
    @Test(arguments: ["pakistan-palestine-israel", "black-hole-of-calcutta", "treaty-of-wuchale"])
    func theKindsABankOffersAreTheKindsItsQuizzesAsk(_ name: String) throws {
        let url = Repository.url("QuestionBanks/\(name).yaml")
        let record = try #require(BankLoader.load([UInt8](Data(contentsOf: url)), format: .yaml, path: url.path).record)
        let offered = QuestionGenerator.kinds(in: record)
        #expect(!offered.isEmpty)
        for kind in Question.Kind.allCases {
            for (count, seed) in [(1, UInt64(0)), (3, 7), (10, 42)] {
                let quiz = QuestionGenerator(record: record, options: GenerationOptions(count: count, kinds: [kind]))
                    .questions(seed: seed)
                #expect(quiz.isEmpty == !offered.contains(kind), "\(name): \(kind), \(count) from seed \(seed)")
            }
        }
        for topic in record.topics {
            let onTopic = QuestionGenerator.kinds(in: record, topics: [topic])
            #expect(Set(onTopic).isSubset(of: offered))
            for kind in Question.Kind.allCases {
                let quiz = QuestionGenerator(
                    record: record, options: GenerationOptions(count: 3, kinds: [kind], topics: [topic])
                ).questions(seed: 7)
                #expect(quiz.isEmpty == !onTopic.contains(kind), "\(name) on \(topic): \(kind)")
            }
        }
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
        // Questions that would print one another's answers are not put in one quiz.
        #expect(quiz.count >= Self.all.count / 2)
        #expect(Set(quiz.map(\.id)).isSubset(of: Set(Self.all.map(\.id))))
    }
}
