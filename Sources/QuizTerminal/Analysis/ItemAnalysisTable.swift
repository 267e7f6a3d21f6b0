import QuizCore

/// `quiz analyze` in the terminal: what the figures mean, then a table of the questions and one
/// of the facts, worst first, each row followed by what an author needs to act on (the prompt,
/// the flags, the critic's findings, the options picked, the common wrong answers). Every text
/// from a bank or a progress file is sanitised; at 80 columns nothing runs past the edge but a
/// word longer than the line.
package struct ItemAnalysisTable {
    let renderer: Renderer

    /// A table for `renderer`'s width and colours.
    package init(renderer: Renderer) {
        self.renderer = renderer
    }

    /// The figures' columns after the item's: heading and width.
    private static let columns = [
        ("Answers", 7), ("Learners", 8), ("Facility", 8), ("Discr.", 6), ("Time", 6), ("Hints", 5),
    ]

    /// The width of the number column ("  1 ").
    private static let numberWidth = 4

    /// The whole report.
    package func lines(_ analysis: ItemAnalysis) -> [String] {
        let name = analysis.title.map { "\($0) (\(analysis.bank))" } ?? analysis.bank
        guard analysis.attempts > 0 else {
            return [renderer.wrap("No answers to \(name) in these progress files.")]
        }
        var lines = legend(analysis, name: name)
        lines.append("")
        lines.append(renderer.paint("Questions, worst first", "1"))
        lines += table(analysis.questions, heading: "Question")
        lines.append("")
        lines.append(renderer.paint("Facts, worst first", "1"))
        lines += table(analysis.facts, heading: "Fact")
        return lines
    }

    /// What was read, and what the figures and flags mean.
    private func legend(_ analysis: ItemAnalysis, name: String) -> [String] {
        let thresholds = analysis.thresholds
        let counts = [
            Plural.count(analysis.learners, "learner"), Plural.count(analysis.attempts, "answer"),
            Plural.count(analysis.questions.count, "question"), Plural.count(analysis.facts.count, "fact"),
        ]
        return [
            renderer.wrap("Item analysis of \(name): \(counts.joined(separator: ", ")).")
        ]
            + [
                "Facility: mean credit, 0 to 1 (the share right; hints and partly right answers count for the credit they earned).",
                "Discr. (discrimination): \(Discrimination.method) of a learner's credit on the item against their mean credit on the rest of the bank; "
                    + "'small': fewer than \(thresholds.minimumLearners) learners answered it and the rest; 'flat': every learner scored the same.",
                "Time: mean seconds to answer, typed at a terminal. Hints: hints taken.",
            ].map { renderer.wrap($0, indent: "  ") }
    }

    /// A heading, then a row and its notes per item.
    private func table(_ items: [ItemAnalysis.Item], heading: String) -> [String] {
        let idWidth = max(12, renderer.width - Self.numberWidth - Self.columns.reduce(0) { $0 + $1.1 + 1 })
        var header = "  # " + Self.padded(heading, idWidth)
        for (title, width) in Self.columns { header += " " + Self.leftPadded(title, width) }
        var lines = [header]
        for (offset, item) in items.enumerated() {
            let id = TerminalText.sanitized(item.id)
            let shortID = Self.abbreviated(id, idWidth)
            var row = Self.leftPadded(String(offset + 1), Self.numberWidth - 1) + " " + Self.padded(shortID, idWidth)
            for ((_, width), figure) in zip(Self.columns, figures(item)) { row += " " + Self.leftPadded(figure, width) }
            lines.append(row)
            if shortID != id { lines.append(renderer.wrap(id, indent: "     ", first: "     ")) }
            lines += notes(item)
        }
        return lines
    }

    /// The figures of a row, in the columns' order.
    private func figures(_ item: ItemAnalysis.Item) -> [String] {
        let discrimination: String
        switch item.discrimination {
        case .value(let value): discrimination = DecimalText.fixed(value, digits: 2)
        case .tooFewLearners: discrimination = "small"
        case .noSpread: discrimination = "flat"
        }
        let time = item.meanResponseSeconds.map { seconds in
            seconds < 100 ? DecimalText.fixed(seconds, digits: 1) + "s" : String(Int(seconds.rounded())) + "s"
        }
        return [
            String(item.attempts), String(item.learners), DecimalText.fixed(item.facility, digits: 2), discrimination,
            time ?? "-", String(item.hints),
        ]
    }

    /// What an author should read under a row: the prompt, where it stands, the flags, the
    /// critic's findings, the options picked and the common wrong answers.
    private func notes(_ item: ItemAnalysis.Item) -> [String] {
        let indent = "     "
        var lines: [String] = []
        func note(_ text: String) {
            lines.append(renderer.wrap(TerminalText.sanitized(text), indent: indent, first: indent))
        }
        if let prompt = item.prompt { note((item.kind.map { "[\($0.rawValue)] " } ?? "") + prompt) }
        switch (item.status, item.scope) {
        case (.notInBank, .question):
            note(
                "No longer in the bank: an older version's question" + (item.kind.map { " (\($0.rawValue))" } ?? "")
                    + ".")
        case (.notInBank, .fact): note("No question of the bank tests it now.")
        case (.rejected, _): note("The critic now rejects it: quizzes no longer ask it.")
        case (.inBank, _): break
        }
        if item.fixFirst {
            lines.append(
                indent + renderer.paint("The first one to fix: the data flags it and so does the critic.", "1"))
        }
        if !item.flags.isEmpty { note("Flags: " + item.flags.map(Self.flagText).joined(separator: "; ") + ".") }
        for finding in item.findings {
            note(
                "Critic (\(finding.severity == .reject ? "rejects" : "flags")): \(finding.rule.rawValue): \(finding.reason)"
            )
        }
        if !item.options.isEmpty || item.unrecordedPicks > 0 { lines += picks(item) }
        if !item.wrongAnswers.isEmpty {
            let answers = item.wrongAnswers.prefix(3).map { answer in
                "“\(answer.text)” ×\(answer.count)"
                    + (item.learners > 1 ? " by \(Plural.count(answer.learners, "learner"))" : "")
                    + (answer.miss.map { " (\(Self.missText($0)))" } ?? "")
            }
            note("Wrong answers: " + answers.joined(separator: "; ") + ".")
        }
        if item.hinted > 0 || item.skipped > 0 {
            var parts: [String] = []
            if item.hinted > 0 { parts.append("\(Plural.count(item.hinted, "answer")) with hints") }
            if item.skipped > 0 { parts.append("\(item.skipped) skipped") }
            note(parts.joined(separator: ", ") + ".")
        }
        return lines
    }

    /// A flag in words, with the figure behind it.
    static func flagText(_ flag: ItemAnalysis.Item.Flag) -> String {
        switch flag {
        case .tooEasy: "too easy"
        case .tooHard: "too hard"
        case .negativeDiscrimination: "negative discrimination (a flawed key or an ambiguous prompt?)"
        case .optionNeverChosen: "an option never chosen (a distractor that fools nobody)"
        case .commonWrongAnswer: "a wrong answer many learners give (an accepted form missing?)"
        }
    }

    /// "Picked, of the times shown:", then a line per option: "5 of 8  Eden (right)".
    private func picks(_ item: ItemAnalysis.Item) -> [String] {
        var lines = ["     Picked, of the times shown:"]
        let counts = item.options.map { "\($0.picked) of \($0.offered)" }
        let width = counts.map(\.count).max() ?? 0
        for (option, count) in zip(item.options, counts) {
            let first = "       " + Self.leftPadded(count, width) + "  "
            let text = option.text + (option.isRight ? " (right)" : option.picked == 0 ? " (never chosen)" : "")
            lines.append(renderer.wrap(text, indent: String(repeating: " ", count: first.count), first: first))
        }
        if item.noOption > 0 { lines.append("       \(item.noOption) named none of the options.") }
        if item.unrecordedPicks > 0 {
            lines.append("       \(item.unrecordedPicks) not recorded (answers saved before picks were kept).")
        }
        return lines
    }

    /// How the grader classified a wrong answer, in words.
    static func missText(_ miss: Attempt.Miss) -> String {
        switch miss {
        case .blank: "blank"
        case .typoTooFar: "typo too far"
        case .nearDate: "near date"
        case .confused: "another item of the record"
        case .wrongNumber: "wrong number"
        case .unknown: "unexplained"
        }
    }

    /// `text` cut to `width` characters, with "…" in the middle when cut (ids keep their ends).
    static func abbreviated(_ text: String, _ width: Int) -> String {
        guard text.count > width, width > 3 else { return text }
        let tail = (width - 1) / 3
        return String(text.prefix(width - 1 - tail)) + "…" + String(text.suffix(tail))
    }

    static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    static func leftPadded(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
