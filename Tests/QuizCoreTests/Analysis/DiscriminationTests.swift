import Testing

@testable import QuizCore

@Suite struct DiscriminationTests {
    @Test func aRightOrWrongItemGivesThePointBiserialComputedByHand() throws {
        // Five learners: the item right for the first three; their mean credit on the rest of the bank.
        let scores: [(item: Double, rest: Double)] = [(1, 0.9), (1, 0.8), (1, 0.5), (0, 0.6), (0, 0.2)]
        // Means: item 3/5 = 0.6; rest (0.9 + 0.8 + 0.5 + 0.6 + 0.2) / 5 = 3.0 / 5 = 0.6.
        // Deviations: item 0.4, 0.4, 0.4, -0.6, -0.6; rest 0.3, 0.2, -0.1, 0, -0.4.
        // Σ products = 0.12 + 0.08 - 0.04 + 0 + 0.24 = 0.40
        // Σ item² = 3 × 0.16 + 2 × 0.36 = 1.2;  Σ rest² = 0.09 + 0.04 + 0.01 + 0 + 0.16 = 0.30
        // r = 0.40 / √(1.2 × 0.30) = 0.40 / 0.6 = 2/3.
        // The point-biserial formula agrees: (M₁ - M₀) / sₙ × √(pq) with M₁ = 2.2 / 3, M₀ = 0.8 / 2,
        // sₙ = √(0.30 / 5), p = 0.6, q = 0.4: (0.7333 - 0.4) / 0.24495 × 0.48990 = 0.6667.
        let value = try #require(Discrimination(scores, minimum: 5).value)
        #expect(abs(value - 2.0 / 3.0) < 1e-12)
        let m1 = (0.9 + 0.8 + 0.5) / 3
        let m0 = (0.6 + 0.2) / 2
        let pointBiserial = (m1 - m0) / (0.30 / 5).squareRoot() * (0.6 * 0.4).squareRoot()
        #expect(abs(value - pointBiserial) < 1e-12)
    }

    @Test func learnersWhoDoWellElsewhereAndBadlyHereGiveANegativeFigure() throws {
        // The strong learners (rest 1, 1) miss it; the weak ones (rest 0, 0) get it right.
        // Means 0.5 and 0.5; deviations item -0.5, -0.5, 0.5, 0.5; rest 0.5, 0.5, -0.5, -0.5.
        // Σ products = 4 × -0.25 = -1; Σ item² = Σ rest² = 1; r = -1.
        let value = try #require(Discrimination([(0, 1), (0, 1), (1, 0), (1, 0)], minimum: 4).value)
        #expect(value == -1)
    }

    @Test func tooFewLearnersIsSaidNotComputed() {
        let discrimination = Discrimination([(1, 0.9), (0, 0.1), (1, 0.7), (0, 0.2)], minimum: 5)
        #expect(discrimination == .tooFewLearners(4, needed: 5))
        #expect(discrimination.value == nil)
        #expect(discrimination.note?.contains("sample too small: 4 learners") == true)
    }

    @Test func noSpreadOnEitherSideGivesNoFigure() {
        // Everyone right: the item's scores do not vary.
        #expect(Discrimination([(1, 0.9), (1, 0.1), (1, 0.5), (1, 0.2), (1, 0.3)], minimum: 5) == .noSpread)
        // The rest the same for everyone.
        #expect(Discrimination([(1, 0.5), (0, 0.5), (1, 0.5), (0, 0.5), (1, 0.5)], minimum: 5) == .noSpread)
    }
}
