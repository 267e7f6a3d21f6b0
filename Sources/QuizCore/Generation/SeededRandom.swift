/// SplitMix64: a small, fast, seedable generator; the core never uses unseeded randomness.
///
/// The same seed gives the same questions, in the same order, on every machine, for a given
/// toolchain: every draw in a range goes through `below`, which uses the standard library's
/// `next(upperBound:)` (Lemire's multiply-and-reject method today, inlined into the binary). A
/// toolchain whose standard library draws bounded numbers differently would order a seed's
/// questions differently.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator from a seed.
    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`, without modulo bias, drawn with the standard library's
    /// `next(upperBound:)`.
    mutating func below(_ bound: Int) -> Int {
        Int(next(upperBound: UInt64(bound)))
    }
}

extension Array {
    /// A Fisher–Yates shuffle written out here rather than the standard library's
    /// `shuffled(using:)`, whose order is not documented: the order depends on the generator and
    /// on `below` only (which still draws with the standard library's `next(upperBound:)`).
    func seededShuffle(using random: inout SeededRandom) -> [Element] {
        var copy = self
        guard copy.count > 1 else { return copy }
        for index in stride(from: copy.count - 1, to: 0, by: -1) {
            copy.swapAt(index, random.below(index + 1))
        }
        return copy
    }
}
