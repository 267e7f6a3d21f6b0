/// Whether a question (or a fact) separates the learners who know the bank from those who do not:
/// the item-rest correlation, or why there is none.
///
/// The method: for every learner who answered the item and something else in the bank, their
/// mean credit on the item and their mean credit on the rest of the bank; the Pearson correlation
/// of the two over the learners. When every answer is right or wrong, the item's score is 0 or 1
/// and this is the point-biserial correlation. Near 1, the learners who do well on the bank do
/// well on the item; below 0, they do worse on it than the others (a flawed key, an ambiguous
/// prompt).
public enum Discrimination: Sendable, Hashable {
    /// The correlation, from -1 to 1.
    case value(Double)
    /// Fewer learners than `needed` answered the item and the rest of the bank.
    case tooFewLearners(Int, needed: Int)
    /// Every learner had the same score on the item, or on the rest of the bank: nothing to
    /// correlate.
    case noSpread

    /// The method's name, as reports print it.
    public static let method = "item-rest correlation (point-biserial)"

    /// The discrimination of an item from each learner's pair of scores.
    ///
    /// - Parameters:
    ///   - scores: One pair per learner: their mean credit on the item and on the rest of the bank.
    ///   - minimum: The fewest learners for a figure.
    public init(_ scores: [(item: Double, rest: Double)], minimum: Int) {
        guard scores.count >= minimum else {
            self = .tooFewLearners(scores.count, needed: minimum)
            return
        }
        guard let correlation = Self.correlation(scores) else {
            self = .noSpread
            return
        }
        self = .value(correlation)
    }

    /// The figure, when there is one.
    public var value: Double? {
        if case .value(let value) = self { return value }
        return nil
    }

    /// Why there is no figure, in words; nil when there is one.
    public var note: String? {
        switch self {
        case .value: nil
        case .tooFewLearners(let count, let needed):
            "sample too small: \(Plural.count(count, "learner")) answered it and the rest of the bank (\(needed) needed)"
        case .noSpread: "no spread: every learner scored the same on it or on the rest of the bank"
        }
    }

    /// Pearson's correlation of the pairs; nil when either side does not vary.
    static func correlation(_ pairs: [(item: Double, rest: Double)]) -> Double? {
        let count = Double(pairs.count)
        guard count > 1 else { return nil }
        let itemMean = pairs.reduce(0) { $0 + $1.item } / count
        let restMean = pairs.reduce(0) { $0 + $1.rest } / count
        var covariance = 0.0
        var itemSquares = 0.0
        var restSquares = 0.0
        for pair in pairs {
            let item = pair.item - itemMean
            let rest = pair.rest - restMean
            covariance += item * rest
            itemSquares += item * item
            restSquares += rest * rest
        }
        // A spread lost in rounding is no spread.
        guard itemSquares > 1e-12, restSquares > 1e-12 else { return nil }
        let correlation = covariance / (itemSquares * restSquares).squareRoot()
        // Rounding leaves a trace of a sign on a correlation that is exactly zero: no flag for it.
        return abs(correlation) < 1e-9 ? 0 : max(-1, min(1, correlation))
    }
}
