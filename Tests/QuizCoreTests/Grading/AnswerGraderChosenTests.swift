import Testing

@testable import QuizCore

@Suite struct AnswerGraderChosenTests {
    typealias G = GradingFixtures
    let grader = AnswerGrader(record: G.record)

    func chosen(_ typed: String, _ question: Question) -> [String]? {
        grader.chosen(typed, for: question, verdict: grader.grade(typed, for: question))
    }

    @Test(arguments: [
        ("a", ["Czechoslovakia"]), ("B", ["Turkey"]), ("3", ["Syria"]), ("jordan", ["Jordan"]),
        ("Turkiye", ["Turkey"]), ("Iraq", []),
    ])
    func aChoiceKeepsTheTextOfTheOptionPicked(typed: String, expected: [String]) {
        #expect(chosen(typed, G.choice) == expected)
    }

    @Test func anAliasOfTheRightOptionPicksIt() {
        let question = G.question(
            .multipleChoice, .option(0), options: ["the Palestine Liberation Organization", "Iraq"])
        #expect(chosen("PLO", question) == ["the Palestine Liberation Organization"])
    }

    @Test func severalPicksAreKeptInTheOrderShown() {
        #expect(chosen("c a", G.twoRight) == ["1967 war", "1973 war"])
        #expect(chosen("b", G.twoRight) == ["1948 war"])
    }

    @Test func otherKindsKeepNothing() {
        #expect(chosen("t", G.truth) == nil)
        #expect(chosen("Syria", G.syria) == nil)
        #expect(!G.truth.isChoice && G.choice.isChoice && G.twoRight.isChoice)
    }
}
