import FoundationEssentials

/// Year questions in GIFT. GIFT has no dates: a year is a number (`{#1982:0}`), and a span of
/// years a range (`{#1947..1949}`). A numerical question that asks for a year comes back as a
/// year question, so that it shows "1982" rather than "1,982", a range as "1947–1949", and it is
/// graded as a year; the export writes it the same way again.
extension GIFTFormat {
    /// The years a bank can write (EDTF's four digits, astronomical numbering: 0 is 1 BCE).
    private static let years = -9999...9999

    /// Whether a prompt asks for a year: "In what year…", "Which year…", "Give the year…",
    /// "When…", a missing word after "in", "since" or "until" ("The Wall fell in _____."), or for
    /// a span, "Over which years…"; never a count ("How many years…", "How long…", "How old…"),
    /// nor a number that merely mentions a year ("How many died that year?").
    static func asksForYear(_ prompt: String, span: Bool) -> Bool {
        let lowered = prompt.lowercased()
        let words = lowered.split { !$0.isLetter }
        var asks = words.first == "when" || ["in", "since", "until"].contains { lowered.contains(" \($0) _____") }
        for (word, next) in zip(words, words.dropFirst()) {
            if word == "how" && ["many", "long", "old", "much"].contains(next) { return false }
            if ["what", "which", "the"].contains(word) && (next == "year" || (span && next == "years")) { asks = true }
        }
        return asks
    }

    /// The date a numerical answer stands for in a question that asks for a year: `1982` (or
    /// `1982:0`) the year, `1982:1` about that year, `1982:2` about it and uncertain, as the
    /// export writes them, and `1947..1949` the span; `nil` when the answer is no year or the
    /// prompt asks for none.
    static func year(_ form: String, prompt: String) -> HistoricalDate? {
        let text = form.trimmingCharacters(in: " \t\n")
        if let range = text.firstRange(of: "..") {
            guard let low = Int(text[..<range.lowerBound]), let high = Int(text[range.upperBound...]),
                years.contains(low), years.contains(high), low <= high, asksForYear(prompt, span: low < high)
            else { return nil }
            return try? HistoricalDate(parsing: low == high ? edtf(low) : edtf(low) + "/" + edtf(high))
        }
        let halves = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let value = Int(halves[0]), years.contains(value), asksForYear(prompt, span: false) else { return nil }
        let qualifiers: [Double: String] = [0: "", 1: "~", 2: "%"]
        guard let qualifier = halves.count > 1 ? Double(halves[1]).flatMap({ qualifiers[$0] }) : "" else {
            return nil
        }
        return try? HistoricalDate(parsing: edtf(value) + qualifier)
    }

    /// A year as EDTF writes it: four digits, with a sign before the year 0.
    private static func edtf(_ year: Int) -> String {
        let digits = String(abs(year))
        return (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
