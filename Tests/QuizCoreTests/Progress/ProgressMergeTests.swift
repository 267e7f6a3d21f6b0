import Foundation
import PropertyBased
import TestSupport
import Testing

@testable import QuizCore

@Suite struct ProgressMergeTests {
    @Test func mergingTwoSplitHistoriesGivesWhatOneFileThatSawThemAllHolds() async {
        await propertyCheck(count: 300, input: RandomHistory.history) { history in
            let scheduler = FSRS()
            let (a, b) = history.split
            let one = history.oneFile(scheduler: scheduler)
            let intoA = ProgressMerge.merge(a, b, scheduler: scheduler).progress
            let intoB = ProgressMerge.merge(b, a, scheduler: scheduler).progress
            #expect(intoA.attempts == one.attempts)
            #expect(intoA.memory == one.memory)
            #expect(intoB == intoA)
            // Twice: merging either side again changes nothing.
            #expect(ProgressMerge.merge(intoA.attempts, b, scheduler: scheduler).progress == intoA)
            #expect(ProgressMerge.merge(a, intoB.attempts, scheduler: scheduler).progress == intoA)
        }
    }

    @Test func eachEntryCarriesTheMemoryItsAttemptLeft() async {
        await propertyCheck(count: 100, input: RandomHistory.history) { history in
            let replayed = ProgressMerge.replay(history.attempts, scheduler: FSRS())
            var latest: [String: LearnerProgress.FactMemory] = [:]
            for entry in replayed.entries { latest.merge(entry.memory) { _, new in new } }
            #expect(latest == replayed.progress.memory)
            #expect(replayed.entries.map(\.attempt) == history.attempts)
        }
    }

    @Test func attemptsOfTheSameSecondComeInTheSameOrderWhicheverSideTheyCameFrom() {
        let time = Date(timeIntervalSince1970: 1_750_000_000)
        func attempt(_ id: String) -> Attempt {
            Attempt(
                questionID: "q", facts: ["f"], bank: "b", kind: .trueFalse, answer: id, expected: "True",
                outcome: .correct, miss: nil, feedback: "", credit: 1, hints: 0, responseSeconds: 1, time: time, id: id)
        }
        let left = [attempt("b"), attempt("c")]
        let right = [attempt("a"), attempt("c")]
        #expect(ProgressMerge.attempts(left, right).map(\.id) == ["a", "b", "c"])
        #expect(ProgressMerge.attempts(right, left).map(\.id) == ["a", "b", "c"])
    }

    @Test func twoVersionsOfOneIdKeepTheSameOneWhicheverSideTheyCameFrom() {
        let time = Date(timeIntervalSince1970: 1_750_000_000)
        func attempt(_ answer: String) -> Attempt {
            Attempt(
                questionID: "q", facts: ["f"], bank: "b", kind: .trueFalse, answer: answer, expected: "True",
                outcome: .correct, miss: nil, feedback: "", credit: 1, hints: 0, responseSeconds: 1, time: time,
                id: "same")
        }
        #expect(ProgressMerge.attempts([attempt("x")], [attempt("y")]) == [attempt("x")])
        #expect(ProgressMerge.attempts([attempt("y")], [attempt("x")]) == [attempt("x")])
    }
}
