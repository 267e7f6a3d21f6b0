import FoundationEssentials

extension ItemAnalysis {
    /// The analysis as JSON for scripts: keys sorted, one object per question and per fact, worst
    /// first; a figure an item lacks (discrimination, response time, kind, prompt) is `null`.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // The report holds only strings, numbers and lists of them: encoding cannot fail.
        let data = try! encoder.encode(self)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The columns of `csv()`, in order.
    public static let csvColumns = [
        "scope", "id", "status", "kind", "attempts", "learners", "facility", "discrimination", "discriminationNote",
        "meanResponseSeconds", "timedAnswers", "hints", "hinted", "skipped", "flags", "critic", "options",
        "wrongAnswers", "prompt",
    ]

    /// The analysis as a CSV table for a spreadsheet: one row per question, then one per fact,
    /// worst first, in the form `AttemptTable` writes (RFC 4180, CRLF, formula-safe texts).
    /// Options read `text (right): picked/offered`, wrong answers `text ×count by learners
    /// (miss)`, each joined with "; ".
    public func csv() -> String {
        var text = Self.csvColumns.joined(separator: ",") + "\r\n"
        for item in questions + facts {
            let options: [String] = item.options.map { option in
                "\(option.text)\(option.isRight ? " (right)" : ""): \(option.picked)/\(option.offered)"
            }
            let wrong: [String] = item.wrongAnswers.map { answer in
                let miss = answer.miss.map { " (\($0.rawValue))" } ?? ""
                return "\(answer.text) ×\(answer.count) by \(answer.learners)\(miss)"
            }
            let figures: [String] = [
                String(item.attempts), String(item.learners), AttemptTable.number(item.facility),
                item.discrimination.value.map(AttemptTable.number) ?? "", item.discrimination.note ?? "",
                item.meanResponseSeconds.map(AttemptTable.number) ?? "", String(item.timedAnswers),
                String(item.hints), String(item.hinted), String(item.skipped),
            ]
            let findings: [String] = item.findings.map { "\($0.severity.rawValue) \($0.rule.rawValue): \($0.reason)" }
            let notes: [String] = [
                item.flags.map(\.rawValue).joined(separator: "; "), findings.joined(separator: "; "),
                options.joined(separator: "; "), wrong.joined(separator: "; "), item.prompt ?? "",
            ]
            let fields =
                [item.scope.rawValue, item.id, item.status.rawValue, item.kind?.rawValue ?? ""] + figures + notes
            text += fields.map { AttemptTable.quoted(AttemptTable.inert($0)) }.joined(separator: ",") + "\r\n"
        }
        return text
    }
}

extension ItemAnalysis.Item: Encodable {
    private enum CodingKeys: String, CodingKey {
        case id, status, kind, prompt, attempts, learners, facility, discrimination, discriminationNote
        case meanResponseSeconds, timedAnswers, hints, hinted, skipped, options, unrecordedPicks, noOption
        case wrongAnswers, flags, critic, fixFirst
    }

    /// A critic's finding, as JSON holds it.
    private struct CriticFinding: Encodable {
        var rule: String
        var severity: String
        var reason: String
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(status, forKey: .status)
        try container.encode(kind?.rawValue, forKey: .kind)
        try container.encode(prompt, forKey: .prompt)
        try container.encode(attempts, forKey: .attempts)
        try container.encode(learners, forKey: .learners)
        try container.encode(facility, forKey: .facility)
        try container.encode(discrimination.value, forKey: .discrimination)
        try container.encode(discrimination.note, forKey: .discriminationNote)
        try container.encode(meanResponseSeconds, forKey: .meanResponseSeconds)
        try container.encode(timedAnswers, forKey: .timedAnswers)
        try container.encode(hints, forKey: .hints)
        try container.encode(hinted, forKey: .hinted)
        try container.encode(skipped, forKey: .skipped)
        try container.encode(options, forKey: .options)
        try container.encode(unrecordedPicks, forKey: .unrecordedPicks)
        try container.encode(noOption, forKey: .noOption)
        try container.encode(wrongAnswers, forKey: .wrongAnswers)
        try container.encode(flags, forKey: .flags)
        let critic = findings.map {
            CriticFinding(rule: $0.rule.rawValue, severity: $0.severity.rawValue, reason: $0.reason)
        }
        try container.encode(critic, forKey: .critic)
        try container.encode(fixFirst, forKey: .fixFirst)
    }
}
