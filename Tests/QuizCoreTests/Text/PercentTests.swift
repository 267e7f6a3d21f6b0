import Testing

@testable import QuizCore

@Suite struct PercentTests {
    @Test(arguments: [
        (1.0, "100%"), (0.5, "50%"), (0.25, "25%"), (0.125, "12.5%"), (0.0625, "6.25%"), (0.03125, "3.13%"),
        (0.0, "0%"), (0.15, "15%"), (0.6 * 0.25, "15%"), (0.001, "0.1%"), (0.0001, "0.01%"),
    ])
    func sharesAreWrittenAsPercentagesWithoutTrailingZeros(_ share: Double, _ text: String) {
        #expect(Percent.text(share) == text)
    }
}
