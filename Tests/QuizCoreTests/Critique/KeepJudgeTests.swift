import Foundation
import PropertyBased
import TestSupport
import Testing

@testable import QuizCore

/// The judge a quiz asks before it draws a question must say what the whole review says, of
/// every candidate, whichever it is asked about first.
@Suite struct KeepJudgeTests {
    /// Asks the judge about every candidate in an order drawn from `seed` (so that later ones are
    /// often judged before the earlier ones they depend on) and returns the candidates on which
    /// it and the review disagree.
    static func disagreements(_ record: Record, options: GenerationOptions, seed: UInt64) -> [String] {
        let generator = QuestionGenerator(record: record, options: options)
        guard let (candidates, start) = generator.wholeJudgement() else { return ["no whole review"] }
        let reviews = QuestionCritic(record: record).review(candidates)
        var judge = start
        var random = SeededRandom(seed: seed)
        return Array(candidates.indices).seededShuffle(using: &random).compactMap { offset in
            judge.keeps(offset) == reviews[offset].isKept
                ? nil : "\(candidates[offset].id): review keeps it \(reviews[offset].isKept)"
        }
    }

    static let banks = ["pakistan-palestine-israel", "black-hole-of-calcutta", "treaty-of-wuchale"]

    static func bank(_ name: String) throws -> Record {
        let url = Repository.url("QuestionBanks/\(name).yaml")
        return try #require(BankLoader.load(try [UInt8](Data(contentsOf: url)), format: .yaml, path: url.path).record)
    }

    @Test(arguments: banks)
    func agreesWithTheReviewOnEveryBundledBank(_ name: String) throws {
        let record = try Self.bank(name)
        for seed in [1, 2, 3] as [UInt64] {
            #expect(Self.disagreements(record, options: GenerationOptions(count: 10), seed: seed) == [], "\(name)")
        }
        for kinds in [[.multipleChoice], [.trueFalse, .year], [.matching, .ordering, .cloze]] as [Set<Question.Kind>] {
            let options = GenerationOptions(count: 10, kinds: kinds)
            #expect(Self.disagreements(record, options: options, seed: 4) == [], "\(name) \(kinds)")
        }
    }

    /// The review drops some candidates of the bundled banks for what others print or repeat:
    /// without them the agreement above would test only the rules one question is judged by.
    @Test func theBundledBanksExerciseTheRulesBetweenQuestions() throws {
        var between = 0
        for name in Self.banks {
            let record = try Self.bank(name)
            let generator = QuestionGenerator(record: record, options: GenerationOptions(count: 10))
            let (candidates, _) = try #require(generator.wholeJudgement())
            between += QuestionCritic(record: record).review(candidates).count { review in
                review.findings.contains {
                    [.duplicate, .predictable].contains($0.rule) || $0.reason.contains("this one's")
                        || $0.reason.contains("shows how the text came by")
                }
            }
        }
        #expect(between > 0)
    }

    @Test func agreesWithTheReviewOnRandomRecords() async {
        await propertyCheck(count: 150, input: RandomBank.bank(), Gen.uint64()) { bank, seed in
            let problems = Self.disagreements(bank.record, options: GenerationOptions(count: 10), seed: seed)
            #expect(problems == [], "seed \(seed)")
        }
    }

    /// A quiz asks only what the whole review keeps, as before the judge.
    @Test(arguments: banks)
    func aQuizAsksOnlyWhatTheReviewKeeps(_ name: String) throws {
        let record = try Self.bank(name)
        let generator = QuestionGenerator(record: record, options: GenerationOptions(count: 30))
        let (candidates, _) = try #require(generator.wholeJudgement())
        let kept = Set(QuestionCritic(record: record).review(candidates).filter(\.isKept).map(\.question.id))
        for seed in [1, 7, 11] as [UInt64] {
            let quiz = generator.questions(seed: seed)
            #expect(!quiz.isEmpty)
            #expect(quiz.allSatisfy { kept.contains($0.id) }, "\(name), seed \(seed)")
        }
    }
}
