import FoundationEssentials

/// The attempts as a CSV table for a spreadsheet: a header row, then one row per attempt in
/// the order given (RFC 4180: fields with a comma, quote or line break are quoted, quotes
/// doubled; lines end with CRLF). Texts come partly from banks, which are untrusted: a text that
/// a spreadsheet would run as a formula (starting with `=`, `+`, `@`, or `-` and not a number)
/// gets a leading `'`, which spreadsheets read as "this is text".
public enum AttemptTable {
    /// The columns, in order.
    public static let columns = [
        "id", "time", "bank", "questionID", "kind", "facts", "tags", "answer", "expected", "outcome", "miss",
        "credit", "points", "worth", "hints", "responseSeconds", "feedback", "timed", "options", "chosen",
    ]

    /// The table. Lists (`facts`, `tags`, a choice question's `options` as shown and the ones
    /// `chosen`) are joined with "; "; a field the attempt does not have is empty; `timed` is
    /// `false` for an answer that was not typed at a terminal; `id` is the stable id (derived for attempts saved before ids were kept);
    /// `time` is UTC, `yyyy-MM-ddTHH:mm:ssZ`.
    public static func csv(_ attempts: [Attempt]) -> String {
        var text = columns.joined(separator: ",") + "\r\n"
        for attempt in attempts {
            let time = CivilTime(attempt.time)
            let fields = [
                attempt.stableID, time.dateText + "T" + time.timeText + "Z", attempt.bank, attempt.questionID,
                attempt.kind.rawValue, attempt.facts.joined(separator: "; "),
                (attempt.tags ?? []).joined(separator: "; "), attempt.answer, attempt.expected,
                attempt.outcome.rawValue, attempt.miss?.rawValue ?? "", number(attempt.credit),
                attempt.points.map(number) ?? "", attempt.worth.map(number) ?? "", String(attempt.hints),
                number(attempt.responseSeconds), attempt.feedback, attempt.timed == false ? "false" : "true",
                (attempt.options ?? []).joined(separator: "; "), (attempt.chosen ?? []).joined(separator: "; "),
            ]
            text += fields.map { quoted(inert($0)) }.joined(separator: ",") + "\r\n"
        }
        return text
    }

    /// A whole number without its ".0"; any other as Swift prints it (the shortest exact form).
    static func number(_ value: Double) -> String {
        value == value.rounded() && value.magnitude < 1e15 ? String(Int(value)) : String(describing: value)
    }

    /// The text, with a leading `'` when a spreadsheet would take it for a formula.
    static func inert(_ field: String) -> String {
        guard let first = field.utf8.first else { return field }
        let second = field.utf8.dropFirst().first
        let formula =
            first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "@")
            || (first == UInt8(ascii: "-") && !(second.map { (0x30...0x39).contains($0) } ?? false))
        return formula ? "'" + field : field
    }

    static func quoted(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 < 0x20 })
        else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }
}
