import Foundation
import Testing

@testable import QuizCore

@Suite struct LearnerProgressTests {
    static let t0 = Date(timeIntervalSince1970: 1_700_000_000)

    static func attempt(
        _ question: String, facts: [String], outcome: Verdict.Outcome?, hints: Int = 0, seconds: Double = 12,
        kind: Question.Kind = .shortAnswer, at time: Date = t0
    ) -> Attempt {
        Attempt(
            questionID: question, facts: facts, bank: "b", kind: kind, answer: "x", expected: "y",
            outcome: outcome.map(Attempt.Outcome.init) ?? .skipped, miss: nil, feedback: "",
            credit: outcome == .correct || outcome == .correctWithNote ? 1 : (outcome == .partlyCorrect ? 0.5 : 0),
            hints: hints, responseSeconds: seconds, time: time)
    }

    @Test(
        arguments: [
            (Verdict.Outcome.incorrect, 0, 12.0, Question.Kind.shortAnswer, Rating.again),
            (nil, 0, 12.0, .shortAnswer, .again),
            (.partlyCorrect, 0, 3.0, .ordering, .hard),
            (.correctWithNote, 0, 3.0, .shortAnswer, .hard),
            (.correct, 1, 3.0, .shortAnswer, .hard),
            (.correct, 0, 12.0, .shortAnswer, .good),
            (.correct, 0, 9.0, .shortAnswer, .easy),
            (.correct, 0, 9.0, .multipleChoice, .good),
            (.correct, 0, 4.0, .trueFalse, .easy),
            (.correct, 0, 19.0, .matching, .easy),
        ] as [(Verdict.Outcome?, Int, Double, Question.Kind, Rating)])
    func ratingsComeFromTheGrade(
        _ outcome: Verdict.Outcome?, _ hints: Int, _ seconds: Double, _ kind: Question.Kind, _ rating: Rating
    ) {
        #expect(
            Rating(
                attempt: Self.attempt("q", facts: ["f"], outcome: outcome, hints: hints, seconds: seconds, kind: kind))
                == rating)
    }

    @Test func memoryIsKeptPerFactNotPerWording() {
        var progress = LearnerProgress()
        let scheduler = FSRS()
        progress.record(Self.attempt("g.event-true.e1", facts: ["e1"], outcome: .correct), scheduler: scheduler)
        progress.record(
            Self.attempt("g.event-who.e1.x", facts: ["e1"], outcome: .correct, at: Self.t0.addingTimeInterval(700)),
            scheduler: scheduler)
        let memory = progress.memory["b/e1"]
        #expect(memory?.reviews == 2)
        #expect(memory?.state.phase == .review)  // two Goods through the learning steps
        #expect(progress.attempts.count == 2)
    }

    @Test func aQuestionOnSeveralFactsReviewsEachOnce() {
        var progress = LearnerProgress()
        progress.record(Self.attempt("q", facts: ["e1", "e2", "e1"], outcome: .incorrect), scheduler: FSRS())
        #expect(progress.memory.keys.sorted() == ["b/e1", "b/e2"])
        #expect(progress.memory["b/e1"]?.reviews == 1)
    }

    @Test func lapsesCountForgettingWhatWasLearned() {
        var progress = LearnerProgress()
        let scheduler = FSRS()
        // Fast and right: Easy, straight to review.
        progress.record(Self.attempt("q", facts: ["f"], outcome: .correct, seconds: 1), scheduler: scheduler)
        progress.record(
            Self.attempt("q", facts: ["f"], outcome: .incorrect, at: Self.t0.addingTimeInterval(9 * 86_400)),
            scheduler: scheduler)
        #expect(progress.memory["b/f"]?.lapses == 1)
        #expect(progress.memory["b/f"]?.state.phase == .relearning)
    }

    @Test func dueFactsComeMostOverdueFirst() {
        var progress = LearnerProgress()
        let scheduler = FSRS()
        progress.record(Self.attempt("q1", facts: ["late"], outcome: .incorrect), scheduler: scheduler)
        progress.record(
            Self.attempt("q2", facts: ["later"], outcome: .incorrect, at: Self.t0.addingTimeInterval(60)),
            scheduler: scheduler)
        progress.record(Self.attempt("q3", facts: ["known"], outcome: .correct, seconds: 1), scheduler: scheduler)
        #expect(progress.due(bank: "b", at: Self.t0.addingTimeInterval(3_600)) == ["late", "later"])
        #expect(progress.due(bank: "other", at: Self.t0.addingTimeInterval(3_600)).isEmpty)
    }

    @Test func filesWithoutMemoryStillLoad() throws {
        let json = #"{"schemaVersion": 1, "attempts": []}"#
        let progress = try JSONDecoder().decode(LearnerProgress.self, from: Data(json.utf8))
        #expect(progress.memory.isEmpty)
    }
}
