import Testing

@testable import QuizCore

/// Hints: what they reveal, how they quote options, and the credit they say is left.
@Suite struct HintTests {
    static let sentences = GradingFixtures.question(
        .multipleChoice, .option(3),
        options: [
            "The article imposed a protectorate over Ethiopia.", "Italy bought the port of Assab.",
            "The treaty was read in the U.S.", "The article required Ethiopia to act through Italy.",
        ])

    @Test func anOptionsFullStopIsNotDoubledInAHint() throws {
        let one = try #require(Hint.text(for: Self.sentences, level: 1))
        #expect(one == "Not a) The article imposed a protectorate over Ethiopia.")
        let two = try #require(Hint.text(for: Self.sentences, level: 2))
        #expect(
            two == "Not a) The article imposed a protectorate over Ethiopia, not b) Italy bought the port of Assab.")
        #expect(!two.contains(".,") && !two.contains(".."))
    }

    @Test func anAbbreviationKeepsItsFullStopAndGetsNoOther() {
        #expect(Hint.listed("The treaty was read in the U.S.") == "The treaty was read in the U.S.")
        #expect(Hint.listed("Wait...") == "Wait...")
        #expect(Hint.listed("Assab.") == "Assab")
        #expect(Hint.listed("Assab") == "Assab")
        #expect(Hint.sentence("Not a) the U.S.") == "Not a) the U.S.")
        #expect(Hint.sentence("Not a) Assab") == "Not a) Assab.")
    }

    @Test func anOrderingHintQuotesItsOptionsTheSameWay() throws {
        let order = GradingFixtures.question(
            .ordering, .order([1, 0, 2]), options: ["Adwa was fought.", "The treaty was signed.", "Eritrea."])
        #expect(try #require(Hint.text(for: order, level: 1)) == "First: b) The treaty was signed.")
        let withoutStops = GradingFixtures.question(.ordering, .order([2, 0, 1, 3]), options: ["w", "x", "y", "z"])
        #expect(try #require(Hint.text(for: withoutStops, level: 2)) == "First: c) y, then a) w.")
    }

    @Test func eachHintSaysTheCreditLeft() {
        var session = Session(bank: "test", record: GradingFixtures.record, questions: [Self.sentences])
        _ = session.start(now: SessionTests.t0)
        let hints = [session.handle(.hint, now: SessionTests.t0), session.handle(.hint, now: SessionTests.t0)]
        #expect(
            hints == [
                [.hint("Not a) The article imposed a protectorate over Ethiopia. (credit now 50%)")],
                [
                    .hint(
                        "Not a) The article imposed a protectorate over Ethiopia, not b) Italy bought the port of Assab. (credit now 25%)"
                    )
                ],
            ])
    }

    @Test func aHintEndingInParenthesesTakesTheCreditInside() {
        #expect(Hint.withCredit("C······ (7 letters)", kept: 0.125) == "C······ (7 letters; credit now 12.5%)")
        #expect(Hint.withCredit("In the 1940s.", kept: 0.5) == "In the 1940s. (credit now 50%)")
    }
}
