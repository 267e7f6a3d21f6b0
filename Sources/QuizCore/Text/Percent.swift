/// Shares written as percentages, for the learner.
package enum Percent {
    /// A share from 0 to 1 as a percentage, to at most two decimals and without trailing zeros.
    /// - Parameter share: the share; values outside 0 to 1 are written as they are.
    /// - Returns: "50%", "12.5%", "6.25%", "0%".
    package static func text(_ share: Double) -> String {
        guard share.isFinite, share.magnitude < 1e12 else { return "\(share * 100)%" }
        let hundredths = Int((share * 10_000).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let whole = abs(hundredths) / 100
        let fraction = abs(hundredths) % 100
        if fraction == 0 { return "\(sign)\(whole)%" }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)%" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)%"
    }
}
