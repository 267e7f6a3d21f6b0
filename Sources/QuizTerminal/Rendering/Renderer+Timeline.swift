import QuizCore

/// The timeline game on screen: the line with its numbered slots, the event to place (never its
/// date), and verdicts. Outputs shared with every quiz render as they do there.
extension Renderer {
    /// One output of a timeline game as text; empty for an attempt to store.
    package func render(_ output: TimelineOutput) -> String {
        switch output {
        case .turn(let turn): return self.turn(turn)
        case .placement(let placement): return self.placement(placement)
        case .finalLine(let line):
            return (["", paint("Your timeline:", "1")] + line.map { dated($0, indent: "      ") }).joined(
                separator: "\n")
        case .quiz(let output): return render(output)
        }
    }

    /// The event to place, then the line: a numbered slot before each event and one after them.
    func turn(_ turn: TimelineOutput.Turn) -> String {
        var lines = ["", progress(turn.number, turn.total) + "  " + paint("timeline", "2")]
        lines.append("Where does this go?")
        lines.append(paint(wrap(turn.event.text, indent: "  ", first: "  "), "1"))
        for (offset, event) in turn.line.enumerated() {
            lines.append(slot(offset + 1))
            lines.append(dated(event, indent: "      "))
        }
        lines.append(slot(turn.line.count + 1))
        lines.append(paint(wrap("(\(turn.instruction); :help for commands)"), "2"))
        return lines.joined(separator: "\n")
    }

    /// "  [2]": where the learner may put the event.
    private func slot(_ number: Int) -> String {
        paint("  [\(number)]", "36")
    }

    /// An event on the line: its date, then its text, wrapped under it.
    private func dated(_ event: TimelineEvent, indent: String) -> String {
        wrap(
            event.text, indent: indent, first: "    " + paint(TerminalText.sanitized(event.dateText) + ":", "33") + " ")
    }

    func placement(_ placement: TimelineOutput.Placement) -> String {
        let (mark, code) = placement.isRight ? ("✔", "32") : ("✘", "31")
        var lines = [wrap(placement.feedback, indent: "  ", first: paint(mark, "1;" + code) + " ")]
        if placement.isRight, placement.credit < 1 {
            lines.append(paint("  Credit after a hint: \(Percent.text(placement.credit))", "2"))
        }
        lines.append(
            paint(wrap(Self.tallyLine(placement.tally, earned: placement.points), indent: "  ", first: "  "), "2"))
        return lines.joined(separator: "\n")
    }
}
