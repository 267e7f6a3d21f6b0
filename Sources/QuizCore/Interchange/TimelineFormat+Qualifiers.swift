/// What TimelineJS's date objects cannot say: "about", "uncertain", "the 1940s", "onwards". The
/// export says it in `display_date`, as the quiz shows the date; reading it back recovers the
/// qualified date, so that a timeline exported and imported again is the same timeline.
extension TimelineFormat {
    /// `date` with the qualifiers `shown` states, when some qualified form of it is shown exactly
    /// so; else `date` as it is (a display date of the author's own says nothing we can read).
    static func qualified(_ date: HistoricalDate, shownAs shown: String) -> HistoricalDate {
        guard DateLabel.text(for: date) != shown else { return date }
        let halves = date.text.split(separator: "/", maxSplits: 1).map(String.init)
        var candidates: [String] = []
        if halves.count == 2 {
            for start in variants(halves[0]) {
                for end in variants(halves[1]) { candidates.append(start + "/" + end) }
            }
        } else {
            candidates = variants(date.text) + [date.text + "/..", date.text + "/"]
        }
        for candidate in candidates {
            if let parsed = try? HistoricalDate(parsing: candidate), DateLabel.text(for: parsed) == shown {
                return parsed
            }
        }
        return date
    }

    /// A point as written, then about, uncertain, both, and (for a year ending in zeros) its
    /// decade or century.
    private static func variants(_ point: String) -> [String] {
        var out = [point, point + "~", point + "?", point + "%"]
        if point.count == 4, point.allSatisfy(\.isNumber) {
            if point.hasSuffix("0") { out.append(point.prefix(3) + "X") }
            if point.hasSuffix("00") { out.append(point.prefix(2) + "XX") }
        }
        return out
    }
}
