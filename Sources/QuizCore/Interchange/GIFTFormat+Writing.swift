import FoundationEssentials

extension GIFTFormat {
    /// GIFT's control characters escaped, line breaks as `\n`.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "#", "=", "~", "{", "}", ":": out += "\\" + String(character)
            case "\n", "\r\n": out += "\\n"  // "\r\n" is one Character
            case "\r": continue
            default: out.append(character)
            }
        }
        return out
    }

    /// `#feedback` for an answer that has some.
    static func feedback(_ note: AuthoredQuestion.Note?) -> String {
        note?.feedback.map { "#" + escape($0) } ?? ""
    }

    /// Weights Moodle accepts for n right answers out of a multiple-answer question.
    static func share(_ count: Int) -> String {
        let shares = [
            1: "100", 2: "50", 3: "33.33333", 4: "25", 5: "20", 6: "16.66667", 7: "14.28571", 8: "12.5", 9: "11.11111",
            10: "10",
        ]
        return shares[count] ?? "10"
    }

    /// Writes questions as GIFT: every kind GIFT has; ids and tags go in a `// [id:…] [tag:…]`
    /// line, explanations in general feedback. What GIFT cannot hold is left out and counted:
    /// ordering questions, dates with no span of years, and clozes with more than one blank.
    public static func write(_ questions: [Question]) -> (text: String, skipped: Int) {
        var out = ""
        var skipped = 0
        for question in questions {
            let general = question.explanation.isEmpty ? "" : "####" + escape(question.explanation)
            var block: String
            switch question.answer {
            case .option(let right):
                let answers = question.options.enumerated().map { index, option -> String in
                    let note = question.notes[option]
                    let mark: String
                    if index == right || note?.weight == 100 {
                        mark = "="
                    } else if let weight = note?.weight {
                        mark = "~%\(BankWriter.number(weight))%"
                    } else {
                        mark = "~"
                    }
                    return mark + escape(option) + feedback(note)
                }
                block = "\(escape(question.prompt)) {\n  " + answers.joined(separator: "\n  ") + "\n  \(general)\n}"
            case .options(let right):
                let weight = share(right.count)
                let answers = question.options.enumerated().map { index, option -> String in
                    let note = question.notes[option]
                    let given = note?.weight.map { BankWriter.number($0) }
                    return "~%\(given ?? (right.contains(index) ? weight : "-100"))%" + escape(option) + feedback(note)
                }
                block = "\(escape(question.prompt)) {\n  " + answers.joined(separator: "\n  ") + "\n  \(general)\n}"
            case .truth(let value):
                var feedbacks = ""
                if question.wrongFeedback != nil || question.rightFeedback != nil {
                    feedbacks = "#" + escape(question.wrongFeedback ?? "")
                    if let right = question.rightFeedback { feedbacks += "#" + escape(right) }
                }
                block = "\(escape(question.prompt)) {\(value ? "TRUE" : "FALSE")\(feedbacks)\(general)}"
            case .text(let answer):
                let answers = ([answer] + question.accepted).map { form -> String in
                    let note = question.notes[form]
                    return "=" + (note?.weight.map { "%\(BankWriter.number($0))%" } ?? "") + escape(form)
                        + feedback(note)
                }
                block = "\(escape(question.prompt)) {" + answers.joined(separator: " ") + "\(general)}"
            case .number(let value, let tolerance, _, _):
                var answers = [
                    "=" + NumericForm.text(value, tolerance ?? 0)
                        + (question.rightFeedback.map { "#" + escape($0) } ?? "")
                ]
                for form in question.accepted {
                    let note = question.notes[form]
                    answers.append(
                        "=" + (note?.weight.map { "%\(BankWriter.number($0))%" } ?? "") + form + feedback(note))
                }
                if let otherwise = question.wrongFeedback { answers.append("~#" + escape(otherwise)) }
                block = "\(escape(question.prompt)) {#" + answers.joined(separator: " ") + "\(general)}"
            case .date(let date) where date.isToTheDay:
                // GIFT's numbers hold no days: a date to the day is a short answer in its usual
                // forms, and the year alone earns half, as it does in quiz.
                guard case .date(let point) = date.start, point.year > 0, let month = point.month, let day = point.day
                else {
                    skipped += 1
                    continue
                }
                let name = DateLabel.months[month - 1]
                func padded(_ number: Int, _ width: Int) -> String {
                    String(repeating: "0", count: max(0, width - String(number).count)) + String(number)
                }
                let iso = "\(padded(point.year, 4))-\(padded(month, 2))-\(padded(day, 2))"
                let forms = [DateLabel.text(for: date), "\(name) \(day), \(point.year)", iso].map { "=" + escape($0) }
                block =
                    "\(escape(question.prompt)) {" + (forms + ["=%50%\(point.year)"]).joined(separator: " ")
                    + "\(general)}"
            case .date(let date):
                guard let span = date.yearSpan else {
                    skipped += 1
                    continue
                }
                var approximate = 0
                if case .date(let point) = date.start, !date.isInterval, point.isApproximate {
                    approximate = point.isUncertain ? 2 : 1
                }
                let answer =
                    span.lowerBound == span.upperBound
                    ? "\(span.lowerBound):\(approximate)" : "\(span.lowerBound)..\(span.upperBound)"
                block = "\(escape(question.prompt)) {#\(answer)\(general)}"
            case .pairs(let partners):
                var pairs = zip(question.left, partners).map { "=\(escape($0)) -> \(escape(question.options[$1]))" }
                let used = Set(partners)
                for (index, option) in question.options.enumerated() where !used.contains(index) {
                    pairs.append("= -> \(escape(option))")
                }
                block = "\(escape(question.prompt)) {\n  " + pairs.joined(separator: "\n  ") + "\n  \(general)\n}"
            case .blanks(let blanks):
                guard blanks.count == 1, let answers = blanks.first,
                    question.prompt.components(separatedBy: "_____").count == 2
                else {
                    skipped += 1
                    continue
                }
                let halves = question.prompt.components(separatedBy: "_____")
                block =
                    "\(escape(halves[0]))" + "{" + answers.map { "=" + escape($0) }.joined(separator: " ")
                    + "\(general)}" + escape(halves[1])
            case .order:
                skipped += 1
                continue
            }
            // A choice, number or year question whose text holds one blank goes back to GIFT's
            // missing-word form.
            let halves = question.prompt.components(separatedBy: "_____")
            if question.kind == .multipleChoice || question.kind == .numeric || question.kind == .year,
                halves.count == 2, let open = block.lastRange(ofLiteral: " {"),
                block.hasSuffix("}")
            {
                let answers = block[open.upperBound...].replacingAll("\n  ", with: " ")
                    .replacingAll(" \n}", with: "}").replacingAll("\n}", with: "}")
                let rest = halves[1].trimmingCharacters(in: " ")
                let space = rest.first.map { ",.;:!?)".contains($0) } == true ? "" : " "
                block =
                    escape(halves[0].trimmingCharacters(in: " ")) + " {" + answers.trimmingCharacters(in: " ") + space
                    + escape(rest)
            }
            var meta = "// [id:\(question.id.replacingAll("]", with: "\\]"))]"
            for tag in question.tags { meta += " [tag:\(tag.replacingAll("]", with: "\\]"))]" }
            out +=
                meta + "\n::" + escape(question.id) + "::" + block.replacingAll("\n  \n}", with: "\n}")
                + "\n\n"
        }
        return (out, skipped)
    }
}
