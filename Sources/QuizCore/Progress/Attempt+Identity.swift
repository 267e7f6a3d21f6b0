import FoundationEssentials

extension Attempt {
    /// The id a merge dedupes by: the attempt's own `id`, or, for an attempt saved before ids
    /// were kept, one derived from its content ("c" and 32 hex digits). The same old attempt in
    /// two copies of a progress file therefore has the same id in both, on any machine and in
    /// any later version.
    public var stableID: String { id ?? derivedID }

    /// An id from the content alone: every field as the file holds it, in a fixed order.
    var derivedID: String {
        let text = contentText
        return "c" + ContentHash.hex(text, seed: 1) + ContentHash.hex(text, seed: 2)
    }

    /// Every field but `id`, as text in a fixed order, one field after another separated by a
    /// control character no field holds unescaped. Two attempts with the same text are the same
    /// answer, saved twice.
    var contentText: String {
        func number(_ value: Double?) -> String { value.map { String(describing: $0) } ?? "-" }
        let fields: [String] = [
            questionID, facts.joined(separator: "\u{1E}"), bank, kind.rawValue, answer, expected, outcome.rawValue,
            miss?.rawValue ?? "-", feedback, number(credit), String(hints), number(responseSeconds),
            number(time.timeIntervalSince1970), tags.map { $0.joined(separator: "\u{1E}") } ?? "-", number(points),
            number(worth),
        ]
        return fields.joined(separator: "\u{1F}")
    }
}

/// FNV-1a over UTF-8, 64 bits, from an offset basis varied by `seed`: a hash that is the same on
/// every machine and in every version (unlike `Hasher`, which is seeded per process).
enum ContentHash {
    static func value(_ text: String, seed: UInt64) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ (seed &* 0x9E37_79B9_7F4A_7C15)
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The hash as 16 hex digits.
    static func hex(_ text: String, seed: UInt64) -> String {
        let digits = String(value(text, seed: seed), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
