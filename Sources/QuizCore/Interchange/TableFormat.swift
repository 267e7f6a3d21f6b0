/// CSV and TSV files of questions: a header row naming the columns `term` (or `question`), and
/// `answer`, with optional `topic` and `explanation`. Answers may list other accepted forms
/// separated by `|`. Each row becomes a short-answer question.
public enum TableFormat {
    /// Splits CSV or TSV text into rows of cells, with the line each row starts on. Quotes follow
    /// RFC 4180 (`""` inside quotes is a quote; quoted cells may span lines).
    static func rows(_ text: String, separator: Character) -> (rows: [(line: Int, cells: [String])], error: Diagnostic?)
    {
        var rows: [(line: Int, cells: [String])] = []
        var cells: [String] = []
        var cell = ""
        var inQuotes = false
        var line = 1
        var rowLine = 1
        var column = 0
        var quoteStart = SourceLocation.start
        var characters = Array(text)
        if characters.first == "\u{FEFF}" { characters.removeFirst() }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            column += 1
            if inQuotes {
                if character == "\"" {
                    if index + 1 < characters.count && characters[index + 1] == "\"" {
                        cell.append("\"")
                        index += 1
                        column += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if character == "\n" {
                        line += 1
                        column = 0
                    }
                    cell.append(character)
                }
            } else if character == "\"" && cell.isEmpty {
                inQuotes = true
                quoteStart = SourceLocation(line: line, column: column)
            } else if character == separator {
                cells.append(cell)
                cell = ""
            } else if character == "\n" || character == "\r\n" {
                cells.append(cell)
                if !(cells.count == 1 && cells[0].isEmpty) { rows.append((rowLine, cells)) }
                cells = []
                cell = ""
                line += 1
                rowLine = line
                column = 0
            } else if character != "\r" {
                cell.append(character)
            }
            index += 1
        }
        if inQuotes {
            return (rows, .error("a quoted cell is never closed", at: quoteStart))
        }
        if !cell.isEmpty || !cells.isEmpty {
            cells.append(cell)
            rows.append((rowLine, cells))
        }
        return (rows, nil)
    }

    /// Reads a CSV (`separator` ",") or TSV ("\t") file of questions.
    public static func read(_ text: String, separator: Character, sourceTitle: String) -> (
        record: Record, diagnostics: [Diagnostic]
    ) {
        let (rows, error) = rows(text, separator: separator)
        if let error { return (Record(title: sourceTitle), [error]) }
        guard let header = rows.first else {
            return (
                Record(title: sourceTitle),
                [.error("the file is empty: it needs a header row (term, answer)", at: .start)]
            )
        }
        let names = header.cells.map { $0.trimmingCharacters(in: " \t").lowercased() }
        func column(_ options: [String]) -> Int? { names.firstIndex { options.contains($0) } }
        var diagnostics: [Diagnostic] = []
        guard let term = column(["term", "question", "prompt", "front"]),
            let answer = column(["answer", "definition", "back"])
        else {
            return (
                Record(title: sourceTitle),
                [
                    .error(
                        "the header row needs a 'term' (or 'question') column and an 'answer' column; found: \(names.joined(separator: ", "))",
                        at: SourceLocation(line: header.line, column: 1))
                ]
            )
        }
        let topic = column(["topic", "tags", "tag"])
        let explanation = column(["explanation", "note", "notes"])
        var taken: Set<String> = []
        var questions: [AuthoredQuestion] = []
        for row in rows.dropFirst() {
            func cell(_ index: Int?) -> String? {
                guard let index, index < row.cells.count else { return nil }
                let value = ImportedText.withoutControls(row.cells[index]).trimmingCharacters(in: " \t")
                return RecordDecoder.isBlank(value) ? nil : value
            }
            guard let prompt = cell(term) else {
                diagnostics.append(.error("this row has no term", at: SourceLocation(line: row.line, column: 1)))
                continue
            }
            guard
                let answers = cell(answer)?.split(separator: "|").map({ String($0.trimmingCharacters(in: " \t")) })
                    .filter({ !RecordDecoder.isBlank($0) }),
                let first = answers.first
            else {
                diagnostics.append(
                    .error("the term '\(prompt)' has no answer", at: SourceLocation(line: row.line, column: 1)))
                continue
            }
            let id = BankWriter.unique(BankWriter.slug(prompt, prefix: "card"), taken: &taken)
            questions.append(
                AuthoredQuestion(
                    id: id, kind: .shortAnswer, prompt: prompt,
                    answer: .text(first, accepted: Array(answers.dropFirst())),
                    tests: [], explanation: cell(explanation),
                    tags: cell(topic).map { $0.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init) }
                        ?? []))
        }
        let record = Record(
            title: sourceTitle,
            sources: [
                Source(
                    id: "imported", title: sourceTitle,
                    note: "Imported from a \(separator == "\t" ? "TSV" : "CSV") file.")
            ],
            questions: questions)
        return (record, diagnostics)
    }
}
