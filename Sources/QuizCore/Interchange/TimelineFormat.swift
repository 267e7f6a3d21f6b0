import FoundationEssentials

/// Knight Lab TimelineJS (v3) JSON: its events become events of a record (dates, headline, text,
/// group as topic), and a record's dated events become a timeline.
public enum TimelineFormat {
    /// Reads a TimelineJS file. Errors carry the line and column of the JSON value at fault.
    public static func read(_ bytes: [UInt8], sourceTitle: String) -> (record: Record, diagnostics: [Diagnostic]) {
        let root: Node
        do {
            root = try bytes.withUnsafeBufferPointer { buffer throws(SyntaxError) in
                try JSONReader.read(buffer, limits: .standard)
            }
        } catch {
            return (Record(title: sourceTitle), [.error(error.message, at: error.location)])
        }
        var diagnostics: [Diagnostic] = []
        guard case .mapping(let top) = root.content else {
            return (
                Record(title: sourceTitle),
                [.error("a TimelineJS file is a JSON object with \"events\"", at: root.location)]
            )
        }
        var title = sourceTitle
        if let titleNode = top.first(where: { $0.key == "title" })?.value,
            let headline = text(at: ["text", "headline"], in: titleNode)
        {
            title = plain(headline)
        }
        guard let eventsNode = top.first(where: { $0.key == "events" })?.value,
            case .sequence(let items) = eventsNode.content
        else {
            return (Record(title: title), [.error("the file has no \"events\" list", at: root.location)])
        }
        var taken: Set<String> = ["imported"]  // the source's id
        var events: [Event] = []
        var statements: [Statement] = []
        for item in items {
            guard let headline = text(at: ["text", "headline"], in: item).map(plain), !RecordDecoder.isBlank(headline)
            else {
                diagnostics.append(.warning("an event without a headline is skipped", at: item.location))
                continue
            }
            guard let startNode = child("start_date", of: item) else {
                diagnostics.append(
                    .warning(
                        "the event '\(headline)' has no start_date; TimelineJS skips it, and so does the import",
                        at: item.location))
                continue
            }
            guard let start = date(startNode, diagnostics: &diagnostics) else { continue }
            var dateText = start
            if let endNode = child("end_date", of: item) {
                guard let end = date(endNode, diagnostics: &diagnostics) else { continue }
                if end != start { dateText = "\(start)/\(end)" }
            }
            guard var parsed = try? HistoricalDate(parsing: dateText) else {
                diagnostics.append(
                    .error("the dates of '\(headline)' do not make an interval (\(dateText))", at: startNode.location))
                continue
            }
            if let shown = text(at: ["display_date"], in: item).map(plain) {
                parsed = qualified(parsed, shownAs: shown)
            }
            // The file's own id and group name are kept as they are when a bank allows them, so
            // that a timeline exported and imported again keeps its ids and topics.
            let base =
                text(at: ["unique_id"], in: item).flatMap(BankWriter.identifier)
                ?? BankWriter.slug(headline, prefix: "tl")
            let id = BankWriter.unique(base, taken: &taken)
            let group = text(at: ["group"], in: item).map(plain).flatMap(BankWriter.identifier)
            events.append(
                Event(id: id, date: parsed, summary: headline, tags: group.map { [$0] } ?? [], source: "imported"))
            if let body = text(at: ["text", "text"], in: item).map(plain), !RecordDecoder.isBlank(body) {
                let statement = BankWriter.unique(
                    String(id.prefix(BankWriter.maximumIDLength - "-text".count)) + "-text", taken: &taken)
                statements.append(Statement(id: statement, kind: .fact, text: body, about: [id], source: "imported"))
            }
        }
        let record = Record(
            title: title,
            sources: [Source(id: "imported", title: title, note: "Imported from a TimelineJS file.")],
            events: events, statements: statements)
        return (record, diagnostics.sortedByLocation())
    }

    private static func child(_ key: String, of node: Node) -> Node? {
        guard case .mapping(let entries) = node.content else { return nil }
        return entries.first { $0.key == key }?.value
    }

    private static func text(at path: [String], in node: Node) -> String? {
        var current = node
        for key in path {
            guard let next = child(key, of: current) else { return nil }
            current = next
        }
        guard case .scalar(let scalar) = current.content, !scalar.isNull else { return nil }
        return scalar.text
    }

    /// A TimelineJS date object as EDTF. Its years count historically (−44 is 44 BCE).
    private static func date(_ node: Node, diagnostics: inout [Diagnostic]) -> String? {
        guard let yearText = text(at: ["year"], in: node), let year = Int(yearText.trimmingCharacters(in: " ")) else {
            diagnostics.append(.error("a date needs a whole-number \"year\"", at: node.location))
            return nil
        }
        guard year != 0 else {
            diagnostics.append(.error("TimelineJS has no year 0 (1 BCE is -1)", at: node.location))
            return nil
        }
        let astronomical = year < 0 ? year + 1 : year
        var text = astronomical < 0 ? "-" + pad(-astronomical) : pad(astronomical)
        if abs(astronomical) > 9999 { text = "Y" + String(astronomical) }
        if let monthText = self.text(at: ["month"], in: node), let month = Int(monthText), (1...12).contains(month),
            abs(astronomical) <= 9999
        {
            text += "-" + pad(month, 2)
            if let dayText = self.text(at: ["day"], in: node), let day = Int(dayText), (1...31).contains(day) {
                text += "-" + pad(day, 2)
            }
        }
        return text
    }

    private static func pad(_ value: Int, _ width: Int = 4) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Text without HTML tags and with the common entities decoded.
    static func plain(_ html: String) -> String {
        var out = ""
        var inTag = false
        for character in html {
            if character == "<" {
                inTag = true
                out.append(" ")
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                out.append(character)
            }
        }
        for (entity, character) in [
            ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " "),
        ] {
            out = out.replacingAll(entity, with: character)
        }
        return ImportedText.withoutControls(out).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The record's dated events as a TimelineJS file (JSON, keys sorted); undated events are
    /// left out and counted.
    public static func write(_ record: Record) -> (json: String, skipped: Int) {
        var events: [String] = []
        var skipped = 0
        for event in record.events {
            guard let date = event.date, case .date(let start) = date.start else {
                skipped += 1
                continue
            }
            var fields: [(String, String)] = []
            fields.append(("start_date", dateObject(start)))
            if let end = date.end, case .date(let last) = end { fields.append(("end_date", dateObject(last))) }
            let qualified = start.isApproximate || start.isUncertain || start.unspecifiedYearDigits > 0
            if qualified || date.isInterval { fields.append(("display_date", string(DateLabel.text(for: date)))) }
            fields.append(("text", "{\"headline\": \(string(event.summary))}"))
            if let tag = event.tags.first { fields.append(("group", string(tag))) }
            fields.append(("unique_id", string(event.id)))
            events.append(
                "    {" + fields.sorted { $0.0 < $1.0 }.map { "\(string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
            )
        }
        let json =
            "{\n  \"events\": [\n" + events.joined(separator: ",\n")
            + "\n  ],\n  \"title\": {\"text\": {\"headline\": \(string(record.title))}}\n}\n"
        return (json, skipped)
    }

    private static func dateObject(_ point: HistoricalDate.Point) -> String {
        let year = point.year <= 0 ? point.year - 1 : point.year  // astronomical → historical
        var parts = ["\"year\": \(year)"]
        if let month = point.month { parts.append("\"month\": \(month)") }
        if let day = point.day { parts.append("\"day\": \(day)") }
        return "{" + parts.sorted().joined(separator: ", ") + "}"
    }

    /// A JSON string literal (the bank writer's quoting is JSON's).
    static func string(_ text: String) -> String {
        BankWriter.quote(text)
    }
}
