/// Ids for imported items. An id the file gives is kept exactly when the bank format accepts it
/// (lower-case letters and digits, with `-`, `_` or `.` inside, at most 100 characters), so that
/// an export imported again keeps its ids and learners' progress; only an id the format refuses
/// is rewritten, and always the same way. Ids made from text (a prompt, a headline) are slugs.
extension BankWriter {
    /// The longest id a bank accepts.
    static let maximumIDLength = 100

    /// The id a file gives, as a bank may hold it: unchanged when the bank format accepts it,
    /// else rewritten the same way every time (lower case, accents dropped, any other character
    /// as `-`, cut to 100 characters); `nil` when nothing of it is left.
    ///
    /// - Parameter given: The id as the file writes it (`[id:…]`, `unique_id`, a group name).
    /// - Returns: A well-formed id, or `nil`.
    public static func identifier(_ given: String) -> String? {
        if RecordDecoder.isWellFormedID(given) { return given }
        var out = ""
        for character in Folding.removingDiacritics(given.lowercased()) {
            if character.isASCII && (character.isLetter || character.isNumber || character == "_" || character == ".") {
                out.append(character)
            } else if !out.hasSuffix("-") {
                out.append("-")
            }
        }
        let trimmed = trimmingSeparators(Substring(out))
        let cut = trimmingSeparators(trimmed.prefix(maximumIDLength))
        return cut.isEmpty ? nil : String(cut)
    }

    /// Text without the separators (`-`, `_`, `.`) an id may not start or end with.
    private static func trimmingSeparators(_ text: Substring) -> Substring {
        let isSeparator = { (character: Character) in character == "-" || character == "_" || character == "." }
        var text = text
        while let first = text.first, isSeparator(first) { text.removeFirst() }
        while let last = text.last, isSeparator(last) { text.removeLast() }
        return text
    }

    /// `slug` made unique among `taken` by a numeric suffix, cut so that it stays a valid id.
    public static func unique(_ slug: String, taken: inout Set<String>) -> String {
        var candidate = slug
        var counter = 2
        while taken.contains(candidate) {
            let suffix = "-\(counter)"
            let base = trimmingSeparators(slug.prefix(maximumIDLength - suffix.count))
            candidate = base + suffix
            counter += 1
        }
        taken.insert(candidate)
        return candidate
    }
}
