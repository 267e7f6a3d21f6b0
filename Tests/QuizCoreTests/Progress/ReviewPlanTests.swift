import Foundation
import Testing

@testable import QuizCore

@Suite struct ReviewPlanTests {
    typealias T = LearnerProgressTests

    @Test func dueFactsComeFirstThenRecentlyMissed() {
        var progress = LearnerProgress()
        let scheduler = FSRS()
        progress.record(T.attempt("q1", facts: ["old-miss"], outcome: .incorrect, at: T.t0), scheduler: scheduler)
        progress.record(
            T.attempt("q2", facts: ["known"], outcome: .correct, seconds: 1, at: T.t0), scheduler: scheduler)
        progress.record(
            T.attempt("q3", facts: ["new-miss"], outcome: .partlyCorrect, at: T.t0.addingTimeInterval(100)),
            scheduler: scheduler)
        // Ten minutes later both misses are due (1- and 5.5-minute learning steps); the known fact is not.
        let soon = T.t0.addingTimeInterval(700)
        #expect(ReviewPlan.facts(progress, bank: "b", at: soon, limit: 10) == ["old-miss", "new-miss"])
        // Before any learning step is over nothing is due: the recently missed come newest first.
        progress.record(
            T.attempt("q4", facts: ["newest-miss"], outcome: .incorrect, at: T.t0.addingTimeInterval(700)),
            scheduler: scheduler)
        #expect(
            ReviewPlan.facts(progress, bank: "b", at: T.t0.addingTimeInterval(710), limit: 10) == [
                "old-miss", "new-miss", "newest-miss",
            ])
        #expect(ReviewPlan.facts(progress, bank: "b", at: soon, limit: 1) == ["old-miss"])
    }

    /// A fact missed once and answered right since is not "missed" any more: it waits until due.
    @Test func aMissAnsweredRightSinceIsNotAskedAgainUntilDue() {
        var progress = LearnerProgress()
        let scheduler = FSRS()
        progress.record(T.attempt("q1", facts: ["year"], outcome: .incorrect, at: T.t0), scheduler: scheduler)
        progress.record(T.attempt("q2", facts: ["name"], outcome: .incorrect, at: T.t0), scheduler: scheduler)
        #expect(ReviewPlan.facts(progress, bank: "b", at: T.t0.addingTimeInterval(10), limit: 10) == ["name", "year"])
        progress.record(
            T.attempt("q1", facts: ["year"], outcome: .correct, seconds: 4, at: T.t0.addingTimeInterval(20)),
            scheduler: scheduler)
        #expect(ReviewPlan.facts(progress, bank: "b", at: T.t0.addingTimeInterval(30), limit: 10) == ["name"])
    }

    @Test func aFactComesBackInAnotherForm() throws {
        let record = SeedQuestionsTests.record
        // Every form the templates make, kept or not: several forms of one fact.
        let all = QuestionGenerator(record: record, options: GenerationOptions(count: nil)).reviews(seed: 1)
            .map(\.question)
        var progress = LearnerProgress()
        let first = try #require(all.first { $0.facts == ["rifle-purchase"] && $0.kind == .multipleChoice })
        progress.record(
            Attempt(
                questionID: first.id, facts: first.facts, bank: "seed", kind: first.kind, answer: "f",
                expected: first.answerText,
                outcome: .incorrect, miss: .unknown, feedback: "", credit: 0, hints: 0, responseSeconds: 3, time: T.t0),
            scheduler: FSRS())
        _ = record
        for seed in 0..<20 {
            let chosen = ReviewPlan.questions(
                for: ["rifle-purchase"], from: all, progress: progress, bank: "seed", seed: UInt64(seed))
            #expect(chosen.count == 1)
            #expect(chosen[0].facts.contains("rifle-purchase"))
            #expect(chosen[0].id != first.id)
        }
    }

    @Test func missedAnswersNewestFirstWithHowOften() {
        var progress = LearnerProgress()
        let scheduler = FSRS()
        progress.record(T.attempt("q1", facts: ["f"], outcome: .incorrect, at: T.t0), scheduler: scheduler)
        progress.record(
            T.attempt("q2", facts: ["g"], outcome: .correct, at: T.t0.addingTimeInterval(1)), scheduler: scheduler)
        progress.record(
            T.attempt("q3", facts: ["f"], outcome: nil, at: T.t0.addingTimeInterval(2)), scheduler: scheduler)
        // Right after two hints: reviewed, but not listed as a miss.
        var hinted = T.attempt("q4", facts: ["h"], outcome: .correct, hints: 2, at: T.t0.addingTimeInterval(3))
        hinted.credit = 0.25
        progress.record(hinted, scheduler: scheduler)
        let missed = ReviewPlan.missed(progress, bank: "b")
        #expect(missed.map(\.attempt.questionID) == ["q3", "q1"])
        #expect(missed.map(\.timesMissed) == [2, 2])
        #expect(ReviewPlan.missed(progress, bank: "other").isEmpty)
    }
}
