/// Counts as people write them: "1 question", "2 questions", "0 questions".
package enum Plural {
    /// `count` and the noun, singular for exactly one.
    /// - Parameters:
    ///   - count: how many.
    ///   - singular: the noun for one.
    ///   - plural: the noun for any other count; the singular with an "s" when `nil`.
    /// - Returns: "1 question", "3 entities".
    package static func count(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(noun(count, singular, plural))"
    }

    /// The noun alone, singular for exactly one.
    package static func noun(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        count == 1 ? singular : plural ?? singular + "s"
    }
}
