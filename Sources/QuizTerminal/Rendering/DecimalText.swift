/// Numbers written with a fixed number of decimals, without `String(format:)` (full Foundation)
/// and without the C library's locale-dependent decimal point.
package enum DecimalText {
    /// `value` with `digits` decimals (at most 3), rounded exactly as printf's `%.*f` rounds: to
    /// the nearest, ties to even, on the exact binary value (0.125 gives "0.12", 0.375 "0.38").
    package static func fixed(_ value: Double, digits: Int) -> String {
        precondition((0...3).contains(digits), "fixed writes at most 3 decimals")
        guard value.isFinite else { return value.isNaN ? "nan" : value < 0 ? "-inf" : "inf" }
        // No score comes near this; printf would write every digit of such a number.
        guard value.magnitude < 1e15 else { return String(value) }
        var scale: UInt64 = 1
        for _ in 0..<digits { scale *= 10 }
        let magnitude = value.magnitude
        var units: UInt64 = 0  // magnitude × scale, rounded
        if magnitude >= 0x1p52 {
            units = UInt64(magnitude) * scale  // an integer already
        } else if magnitude > 0 {
            // magnitude = significand × 2^-shift exactly, with an integer significand below 2^53,
            // so that significand × scale stays below 2^63.
            let significand = UInt64(magnitude.significand * 0x1p52)
            let shift = 52 - Int(magnitude.exponent)
            let product = significand * scale
            if shift < 64 {  // else below half a unit, since 2^63 > product
                units = product >> UInt64(shift)
                let remainder = product & ((1 << UInt64(shift)) - 1)
                let half: UInt64 = 1 << UInt64(shift - 1)
                if remainder > half || (remainder == half && units & 1 == 1) { units += 1 }
            }
        }
        var text = (value.sign == .minus ? "-" : "") + String(units / scale)
        if digits > 0 {
            let fraction = String(units % scale)
            text += "." + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return text
    }
}
