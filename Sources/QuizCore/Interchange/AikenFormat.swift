/// Aiken, the simplest multiple-choice format: a question on one line, lettered options, and
/// `ANSWER: X`. Read as Moodle reads it; written for choice questions only.
public enum AikenFormat {
    /// Reads an Aiken file into a record of questions.
    ///
    /// - Parameters:
    ///   - text: The file's contents.
    ///   - sourceTitle: The title of the source the questions are attributed to.
    /// - Returns: The record, and diagnostics (with lines and columns) for what could not be read.
    public static func read(_ text: String, sourceTitle: String) -> (record: Record, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var questions: [AuthoredQuestion] = []
        var taken: Set<String> = []
        var prompt: (text: String, line: Int)?
        var options: [String] = []

        func finish(_ letter: Character, line: Int, column: Int) {
            guard let current = prompt else {
                diagnostics.append(
                    .error("'ANSWER:' without a question before it", at: SourceLocation(line: line, column: 1)))
                return
            }
            defer {
                prompt = nil
                options = []
            }
            guard options.count >= 2 else {
                diagnostics.append(
                    .error(
                        "the question on line \(current.line) has \(options.count) option\(options.count == 1 ? "" : "s"); Aiken needs at least 2",
                        at: SourceLocation(line: current.line, column: 1)))
                return
            }
            guard let ascii = letter.asciiValue, (65..<65 + options.count).contains(Int(ascii)) else {
                diagnostics.append(
                    .error(
                        "the answer '\(letter)' is not one of the options A–\(Character(Unicode.Scalar(UInt8(64 + options.count))))",
                        at: SourceLocation(line: line, column: column)))
                return
            }
            guard Set(options).count == options.count else {
                diagnostics.append(
                    .error(
                        "the question on line \(current.line) repeats an option",
                        at: SourceLocation(line: current.line, column: 1)))
                return
            }
            let id = BankWriter.unique(BankWriter.slug(current.text, prefix: "aiken"), taken: &taken)
            questions.append(
                AuthoredQuestion(
                    id: id, kind: .multipleChoice, prompt: current.text,
                    answer: .choice(choices: options, correct: Int(ascii) - 65), tests: []))
        }

        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let line = ImportedText.withoutControls(String(rawLine)).trimmingCharacters(in: " \t\r")
            guard line.count >= 2 else { continue }
            if line.hasPrefix("ANSWER:") {
                let rest = line.dropFirst("ANSWER:".count).drop { $0 == " " || $0 == "\t" }
                guard let letter = rest.first else {
                    diagnostics.append(
                        .error("'ANSWER:' needs a letter after it", at: SourceLocation(line: number, column: 8)))
                    prompt = nil
                    options = []
                    continue
                }
                let column = line.count - rest.count + 1
                finish(letter, line: number, column: column)
            } else if let first = line.first, first.isASCII, first.isUppercase,
                line.dropFirst().first == ")" || line.dropFirst().first == "."
            {
                guard prompt != nil else {
                    diagnostics.append(
                        .error("an option before any question", at: SourceLocation(line: number, column: 1)))
                    continue
                }
                let expected = Character(Unicode.Scalar(UInt8(65 + options.count)))
                if first != expected {
                    diagnostics.append(
                        .warning(
                            "option '\(first)' where '\(expected)' was expected; options are read in order",
                            at: SourceLocation(line: number, column: 1)))
                }
                options.append(String(line.dropFirst(2)).trimmingCharacters(in: " \t"))
            } else {
                if let current = prompt {
                    diagnostics.append(
                        .error(
                            "the question on line \(current.line) has no 'ANSWER:' line",
                            at: SourceLocation(line: current.line, column: 1)))
                }
                prompt = (String(line), number)
                options = []
            }
        }
        if let current = prompt {
            diagnostics.append(
                .error(
                    "the question on line \(current.line) has no 'ANSWER:' line",
                    at: SourceLocation(line: current.line, column: 1)))
        }
        let record = Record(
            title: sourceTitle,
            sources: [Source(id: "imported", title: sourceTitle, note: "Imported from an Aiken file.")],
            questions: questions)
        return (record, diagnostics.sortedByLocation())
    }

    /// Writes the bank's single-answer choice questions as Aiken; others are left out and counted.
    public static func write(_ record: Record) -> (text: String, skipped: Int) {
        var out = ""
        var skipped = 0
        for question in record.questions {
            guard case .choice(let choices, let correct) = question.answer, choices.count <= 26,
                !question.prompt.contains(where: \.isNewline),
                !choices.contains(where: { $0.contains(where: \.isNewline) })
            else {
                skipped += 1
                continue
            }
            out += question.prompt + "\n"
            for (index, choice) in choices.enumerated() {
                out += "\(Character(Unicode.Scalar(UInt8(65 + index)))). \(choice)\n"
            }
            out += "ANSWER: \(Character(Unicode.Scalar(UInt8(65 + correct))))\n\n"
        }
        return (out, skipped)
    }
}
