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

    /// A noun phrase with "a" or "an", as it is spoken: "an organisation", "a country", "a
    /// union" (a vowel letter sounding "you" takes "a").
    package static func indefinite(_ phrase: String) -> String {
        let lower = phrase.lowercased()
        let vowel = lower.first.map { "aeiou".contains($0) } ?? false
        let soundsLikeYou = ["uni", "use", "usu", "uto", "eu", "one"].contains { lower.hasPrefix($0) }
        return (vowel && !soundsLikeYou ? "an " : "a ") + phrase
    }

    /// The noun alone, singular for exactly one.
    package static func noun(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        count == 1 ? singular : plural ?? singular + "s"
    }
}
