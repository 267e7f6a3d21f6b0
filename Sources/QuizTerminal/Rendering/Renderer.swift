import FoundationEssentials
import Glibc
import QuizCore

/// Turns session outputs into text for the terminal: wrapped to its width, coloured when colour
/// is on, and with every piece of bank text sanitised.
package struct Renderer: Sendable {
    /// Whether to use ANSI colours.
    package var color: Bool
    /// Columns to wrap to.
    package var width: Int

    package init(color: Bool, width: Int) {
        self.color = color
        self.width = max(20, width)
    }

    /// The same renderer for a terminal now `width` columns wide.
    package func resized(to width: Int) -> Renderer {
        Renderer(color: color, width: width)
    }

    func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// A line of bank text, sanitised and wrapped with a hanging indent.
    /// - Parameters:
    ///   - indent: put before every line after the first.
    ///   - first: put before the first line; `indent` when `nil`.
    package func wrap(_ text: String, indent: String = "", first: String? = nil) -> String {
        let safe = TerminalText.sanitized(text)
        var lines: [String] = []
        var line = first ?? indent
        var lineLength = Self.visibleCount(line)
        var lineHasWord = false
        for word in safe.split(separator: " ", omittingEmptySubsequences: true) {
            let startsAfterPrefix = !lineHasWord && lineLength > indent.count
            if (lineHasWord || startsAfterPrefix) && lineLength + (lineHasWord ? 1 : 0) + word.count > width {
                lines.append(line)
                line = indent
                lineLength = indent.count
                lineHasWord = false
            }
            if lineHasWord {
                line += " "
                lineLength += 1
            }
            line += word
            lineLength += word.count
            lineHasWord = true
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// A sentence that ends in a path ("Progress saved to /home/…/progress.json"): the sentence
    /// wraps at spaces, the path only after a "/", so that no name is broken; a name longer than
    /// a line stands alone on its line.
    package func wrap(_ text: String, path: String) -> String {
        var lines = wrap(text).components(separatedBy: "\n")
        var line = lines.removeLast()
        var pieces = TerminalText.sanitized(path).split(separator: "/", omittingEmptySubsequences: false).map {
            String($0) + "/"
        }
        if !pieces.isEmpty { pieces[pieces.count - 1].removeLast() }
        var first = true
        for piece in pieces where !piece.isEmpty {
            let joined = first ? line + " " + piece : line + piece
            if Self.visibleCount(joined) > width && !line.isEmpty {
                lines.append(line)
                line = piece
            } else {
                line = joined
            }
            first = false
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// Characters that take a column: colour sequences (ESC [ … m) take none.
    static func visibleCount(_ text: String) -> Int {
        var count = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if scalar == "m" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else {
                count += 1
            }
        }
        return count
    }

    /// `[3/10] ███░░░░░░░`
    func progress(_ number: Int, _ total: Int) -> String {
        let cells = 10
        let filled = total == 0 ? 0 : min(cells, (number - 1) * cells / total + (number == total ? 0 : 0))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled)
        return "[\(number)/\(total)] " + paint(bar, "36")
    }

    package func render(_ output: Output) -> String {
        switch output {
        case .question(let asked): return question(asked)
        case .feedback(let feedback): return self.feedback(feedback)
        case .record: return ""
        case .hint(let text): return wrap(text, indent: "  ", first: paint("Hint:", "33") + " ")
        case .help(let lines):
            // Aligned columns: kept as they are when they fit.
            return lines.map { "  \($0)".count <= width ? "  \($0)" : wrap($0, indent: "  ", first: "  ") }.joined(
                separator: "\n")
        case .score(let tally): return wrap(Self.tallyLine(tally))
        case .notice(let text): return wrap(text)
        case .summary(let summary): return self.summary(summary)
        }
    }

    func question(_ asked: Output.Asked) -> String {
        let question = asked.question
        var lines = [""]
        lines.append(
            progress(asked.number, asked.total) + "  "
                + paint(asked.label, "2"))
        lines.append(wrap(question.prompt, indent: ""))
        for (offset, item) in question.left.enumerated() {
            lines.append(wrap(item, indent: "     ", first: "  \(offset + 1). "))
        }
        if question.kind != .trueFalse {
            for (offset, option) in question.options.enumerated() {
                lines.append(wrap(option, indent: "     ", first: "  \(AnswerGrader.letter(offset))) "))
            }
        }
        lines.append(paint(wrap("(\(asked.instruction); :help for commands)"), "2"))
        return lines.joined(separator: "\n")
    }

    func feedback(_ feedback: Output.Feedback) -> String {
        let verdict = feedback.verdict
        let (mark, code): (String, String) =
            switch verdict.outcome {
            case .correct: ("✔", "32")
            case .correctWithNote: ("✔", "32")
            case .partlyCorrect: ("◐", "33")
            case .incorrect: ("✘", "31")
            }
        let said =
            feedback.skipped
            ? "Skipped. The answer is \(verdict.expected)" + (verdict.expected.hasSuffix(".") ? "" : ".")
            : verdict.feedback
        var lines = [wrap(said, indent: "  ", first: paint(feedback.skipped ? "–" : mark, "1;" + code) + " ")]
        if feedback.hints > 0 {
            lines.append(
                paint(
                    "  Credit after \(Plural.count(feedback.hints, "hint")): \(Percent.text(feedback.credit))",
                    "2"))
        }
        if let remark = feedback.verdict.remark, !remark.isEmpty {
            lines.append(wrap(remark, indent: "  ", first: "  "))
        }
        if !feedback.question.explanation.isEmpty {
            lines.append(wrap(feedback.question.explanation, indent: "  ", first: paint("  Why:", "2") + " "))
        }
        if let source = feedback.source {
            lines.append(wrap(source, indent: "  ", first: paint("  Source:", "2") + " "))
        }
        lines.append(
            paint(wrap(Self.tallyLine(feedback.tally, earned: feedback.points), indent: "  ", first: "  "), "2"))
        return lines.joined(separator: "\n")
    }

    func summary(_ summary: SessionSummary) -> String {
        var lines = ["", paint(summary.isReview ? "Review over" : "Quiz over", "1")]
        guard summary.answered > 0 else { return (lines + ["Nothing answered."]).joined(separator: "\n") }
        let percent = summary.answered == 0 ? 0 : Int((summary.credit / Double(summary.answered) * 100).rounded())
        // Right answers counted whole, partly right ones apart; points explained once.
        var right = "Right: \(summary.right) of \(summary.answered) answered"
        if summary.hinted > 0 { right += ", \(summary.hinted) of them only with hints" }
        if summary.partly > 0 { right += ", and \(summary.partly) partly right" }
        // The credit of the whole quiz, not of the answers just named.
        if summary.partly > 0 || summary.hinted > 0 { right += "; credit for the quiz: \(percent)%" }
        if summary.answered < summary.total {
            right += "; \(summary.total - summary.answered) of \(Plural.count(summary.total, "question")) not answered"
        }
        right += "; in \(Self.duration(summary.seconds))"
        // A run is two or more right in a row, as the running score counts them.
        if summary.bestStreak > 1 { right += "; best run \(summary.bestStreak) right in a row" }
        right += "."
        lines.append(wrap(right, indent: "  ", first: ""))
        // Bonuses for right answers in a row can take the points past what the questions were worth.
        let points =
            summary.points > summary.worth
            ? "Points: \(Self.points(summary.points)), more than the \(Self.points(summary.worth)) the questions answered were worth: right answers in a row earn bonuses. Harder questions are worth more."
            : "Points: \(Self.points(summary.points)) out of \(Self.points(summary.worth)) for the questions answered; harder questions are worth more."
        lines.append(wrap(points, indent: "  ", first: ""))
        func shares(_ shares: [SessionSummary.Share]) -> String {
            shares.map { share in
                "\(share.label) \(share.right)/\(share.count)" + (share.partly > 0 ? " (+\(share.partly) partly)" : "")
            }.joined(separator: " · ")
        }
        if !summary.byType.isEmpty { lines.append(wrap(shares(summary.byType), indent: "  ", first: "By type: ")) }
        if !summary.byTopic.isEmpty { lines.append(wrap(shares(summary.byTopic), indent: "  ", first: "By topic: ")) }
        if !summary.missed.isEmpty {
            lines.append("Missed:")
            for miss in summary.missed {
                lines.append(wrap(miss.prompt, indent: "     ", first: "  \(miss.number). "))
                let given = miss.answer.isEmpty ? "(skipped)" : miss.answer
                lines.append(wrap("you: \(given) · answer: \(miss.expected)", indent: "     ", first: "     "))
            }
        }
        if summary.reviewNext.isEmpty {
            let left = summary.total - summary.answered
            lines.append(
                wrap(
                    left == 0
                        ? "Nothing to review: every answer was right."
                        : "Every answer was right; \(Plural.count(left, "question")) \(left == 1 ? "was" : "were") not reached."
                ))
        } else {
            // A bank's name is its file's, which may need quoting to be typed back.
            let command = summary.bank.isEmpty ? "quiz review" : "quiz review \(ShellWord.quoted(summary.bank))"
            lines.append(
                wrap(
                    "Review next: what you missed\(summary.hinted > 0 ? " or needed hints for" : "") comes back with '\(TerminalText.sanitized(command))'.",
                    indent: "  ", first: ""))
        }
        return lines.joined(separator: "\n")
    }

    /// `quiz stats`: a table per bank and topic, accuracy per day as a sparkline, and the week's
    /// reviews as bars.
    package func statistics(_ statistics: Statistics) -> String {
        guard !statistics.banks.isEmpty else { return "No answers yet: take a quiz first (quiz take BANK)." }
        var lines: [String] = []
        func table(_ title: String, _ groups: [Statistics.Group]) {
            guard !groups.isEmpty else { return }
            lines.append(paint(title, "1"))
            for group in groups {
                lines.append(wrap(TerminalText.sanitized(group.name), indent: "  ", first: "  "))
                lines.append(
                    wrap(
                        "\(Plural.count(group.attempts, "answer")), \(Int((group.accuracy * 100).rounded()))% right, \(group.mastered) of \(Plural.count(group.facts, "fact")) mastered, "
                            + "\(group.correctStreak) right in a row, \(group.dueToday) due today, \(group.dueNextSevenDays) in the next 7 days",
                        indent: "    ", first: "    "))
            }
        }
        table("By bank", statistics.banks)
        table("By topic", statistics.topics)
        lines.append("Days in a row: \(statistics.dayStreak)")
        let blocks = Array("▁▂▃▄▅▆▇█")
        let spark = statistics.accuracyByDay.map { day -> String in
            day.count == 0
                ? "·" : String(blocks[min(blocks.count - 1, Int(day.value * Double(blocks.count - 1) + 0.5))])
        }.joined()
        lines.append("Accuracy, last 14 days: " + paint(spark, "36") + "  (· no answers)")
        lines.append("Reviews due:")
        let most = max(1, statistics.dueForecast.map(\.count).max() ?? 1)
        let barWidth = max(5, min(40, width - 20))
        for (offset, day) in statistics.dueForecast.enumerated() {
            let bar = String(repeating: "█", count: day.count == 0 ? 0 : max(1, day.count * barWidth / most))
            lines.append("  \(offset == 0 ? "today     " : day.date) " + paint(bar, "33") + " \(day.count)")
        }
        return lines.joined(separator: "\n")
    }

    /// One missed answer for `quiz review --list`.
    package func missed(_ entry: ReviewPlan.Missed, question: Question?) -> String {
        let attempt = entry.attempt
        let time = CivilTime(attempt.time)
        var lines = [""]
        lines.append(paint("\(time.dateText) \(time.timeText) UTC", "2") + "  " + paint(attempt.kind.rawValue, "2"))
        lines.append(wrap(question?.prompt ?? "(question \(attempt.questionID), no longer in the bank)"))
        lines.append(
            wrap(
                "you: \(attempt.answer.isEmpty ? "(skipped)" : attempt.answer) · answer: \(attempt.expected)",
                indent: "  ", first: "  "))
        lines.append(wrap(attempt.feedback, indent: "  ", first: "  "))
        if let question, !question.explanation.isEmpty {
            lines.append(wrap(question.explanation, indent: "  ", first: paint("  Why:", "2") + " "))
        }
        lines.append(paint("  Missed \(entry.timesMissed) time\(entry.timesMissed == 1 ? "" : "s") on this fact", "2"))
        return lines.joined(separator: "\n")
    }

    /// "Score: 7.5 points (+2.2); 2 of 3 right, 1 partly; 1 to go; 2 in a row": the points, then
    /// the right answers counted whole.
    static func tallyLine(_ tally: Output.Tally, earned: Double? = nil) -> String {
        var line = "Score: \(points(tally.points)) \(pointsNoun(tally.points))"
        if let earned, earned > 0 { line += " (+\(points(earned)))" }
        line += "; \(tally.right) of \(tally.answered) right"
        if tally.hinted > 0 { line += " (\(tally.hinted) with hints)" }
        if tally.partly > 0 { line += ", \(tally.partly) partly" }
        if tally.answered < tally.total { line += ", \(tally.total - tally.answered) to go" }
        if tally.streak > 1 { line += "; \(tally.streak) in a row" }
        return line
    }

    /// "point" for exactly one point, "points" otherwise (0, 1.5, 2).
    static func pointsNoun(_ value: Double) -> String {
        value == 1 ? "point" : "points"
    }

    static func points(_ value: Double) -> String {
        if value == value.rounded() { return String(Int(value)) }
        var text = DecimalText.fixed(value, digits: 2)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return total < 60 ? "\(total) s" : "\(total / 60) min \(total % 60) s"
    }
}

/// What the terminal can do: colour and width.
package enum TerminalSupport {
    /// Colour only on a terminal, and never with `NO_COLOR`, `TERM=dumb` or `--no-color`.
    package static func useColor(flag noColor: Bool, environment: [String: String], isTerminal: Bool) -> Bool {
        guard isTerminal, !noColor else { return false }
        if let value = environment["NO_COLOR"], !value.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    /// The terminal's width in columns, or 80.
    package static func width(environment: [String: String]) -> Int {
        measuredWidth() ?? Int(environment["COLUMNS"] ?? "") ?? 80
    }

    /// The width of the terminal standard output is, as it is now: it changes when the window
    /// is resized. `nil` when standard output is no terminal.
    package static func measuredWidth() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
