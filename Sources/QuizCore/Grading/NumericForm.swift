/// A numeric answer as GIFT and banks write it: `value`, `value:tolerance` or `min..max`.
public enum NumericForm {
    /// The value and tolerance a form stands for; `min..max` is its midpoint, plus or minus half its width.
    public static func parse(_ text: String) -> (value: Double, tolerance: Double?)? {
        let trimmed = text.trimmingCharacters(in: " ")
        if let range = trimmed.firstRange(of: "..") {
            guard let low = Double(trimmed[..<range.lowerBound]), let high = Double(trimmed[range.upperBound...]),
                low <= high
            else { return nil }
            return ((low + high) / 2, (high - low) / 2)
        }
        let halves = trimmed.split(separator: ":", maxSplits: 1)
        guard let first = halves.first, let value = Double(first) else { return nil }
        guard halves.count > 1 else { return (value, nil) }
        guard let tolerance = Double(halves[1]), tolerance >= 0 else { return nil }
        return (value, tolerance)
    }

    /// `value` or `value:tolerance`.
    public static func text(_ value: Double, _ tolerance: Double?) -> String {
        let number = { (x: Double) in x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x) }
        return tolerance.map { "\(number(value)):\(number($0))" } ?? number(value)
    }
}
