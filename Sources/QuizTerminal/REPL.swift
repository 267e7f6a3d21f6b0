import FoundationEssentials
import QuizCore

/// The quiz loop: reads lines, hands them to the session, renders what it returns and saves
/// every attempt as soon as it is made. All quiz logic lives in `Session`.
package final class REPL {
    package let reader: LineReader
    package let renderer: Renderer
    package let write: (String) -> Void
    /// Set when a script's input ended in the start menu, before any quiz began.
    package private(set) var inputEndedInMenu = false

    package init(reader: LineReader, renderer: Renderer, write: @escaping (String) -> Void = { print($0) }) {
        self.reader = reader
        self.renderer = renderer
        self.write = write
    }

    private func show(_ text: String) {
        if !text.isEmpty { write(text) }
    }

    /// Runs a session to its end. Returns the exit status: 0, or 1 when progress could not be saved
    /// or the progress files were found damaged or replaced while saving.
    package func run(_ session: inout Session, progress: ProgressFile) -> Int32 {
        var status: Int32 = 0
        var troubled = false
        func emit(_ outputs: [Output]) -> Bool {
            for output in outputs {
                if case .record(let attempt) = output {
                    do {
                        // Damage or a replaced history found while saving is told at once, and
                        // the session ends with status 1 even though its answers were saved.
                        for notice in try progress.append(attempt) {
                            StandardError.report(notice)
                            troubled = true
                        }
                    } catch {
                        StandardError.report(error.description)
                        status = 1
                        return false
                    }
                }
                show(renderer.render(output))
            }
            return true
        }
        var going = emit(session.start(now: Date()))
        while going && !session.isFinished {
            // Tab may complete option letters (they give nothing away), never answers.
            let letters =
                session.currentQuestion.map { question in
                    question.options.indices.map { AnswerGrader.letter($0) }
                } ?? []
            guard let line = reader.readLine(prompt: "answer> ", completions: letters, remember: false) else {
                if reader.isInteractive { write("") }  // readline leaves the cursor after the prompt
                going = emit(session.finish(now: Date()))
                break
            }
            going = emit(session.handle(Command(line: line), now: Date()))
        }
        if !going, !session.isFinished { _ = session.finish(now: Date()) }
        if status == 0 && !session.attempts.isEmpty {
            show(renderer.wrap("Progress saved to", path: progress.path))
        }
        reader.saveHistory()
        return status == 0 && troubled ? 1 : status
    }

    /// What the start menu settled on.
    package struct Choice {
        package var entry: BankListing.Entry
        package var count: Int
        package var kinds: Set<Question.Kind>
    }

    /// The start menu: greets, lists the banks, and asks for a bank and the options, with
    /// sensible defaults. `nil` when the learner leaves (end of input).
    package func menu(_ listing: BankListing, defaultCount: Int) -> Choice? {
        reader.isAtMenu = true
        defer { reader.isAtMenu = false }
        write(renderer.wrap("Welcome to quiz: history questions in your terminal."))
        guard !listing.banks.isEmpty else {
            for line in listing.lines { write(renderer.wrap(line)) }
            return nil
        }
        write("Question banks:")
        for (offset, entry) in listing.banks.enumerated() {
            write(renderer.wrap(BankListing.describe(entry), indent: "     ", first: "  \(offset + 1). "))
        }
        for line in listing.lines where line.hasPrefix("Skipped") { write(renderer.wrap(line, indent: "  ")) }
        let names = listing.banks.map { Self.name(of: $0.path) }
        let single = listing.banks.count == 1
        var entry: BankListing.Entry?
        while entry == nil {
            let prompt = single ? "Pick a bank [1]> " : "Pick a bank (number or name)> "
            guard let line = reader.readLine(prompt: prompt, completions: names, remember: true) else {
                return leaving()
            }
            let typed = LineText.trimmed(line)
            if typed.isEmpty, single {
                entry = listing.banks[0]
            } else if let number = Int(typed), listing.banks.indices.contains(number - 1) {
                entry = listing.banks[number - 1]
            } else if let index = names.firstIndex(where: { $0.lowercased() == typed.lowercased() }) {
                entry = listing.banks[index]
            } else if typed == ":quit" || typed == ":q" {
                return nil
            } else {
                let how =
                    single
                    ? "Type 1 or its name, or press Enter" : "Type its number (1–\(listing.banks.count)) or its name"
                let guess = Spelling.closest(to: typed, among: names).map { " Did you mean \($0)?" } ?? ""
                write(
                    renderer.wrap(
                        "No bank '\(TerminalText.sanitized(typed))'.\(guess) \(how); Tab completes names."))
            }
        }
        var count = defaultCount
        while true {
            guard
                let line = reader.readLine(
                    prompt: "How many questions? [\(defaultCount)]> ", completions: [], remember: true)
            else {
                return leaving()
            }
            let typed = LineText.trimmed(line)
            if typed.isEmpty { break }
            if let number = Int(typed), number > 0 {
                count = number
                break
            }
            write(renderer.wrap("Type a number of questions, or press Enter for \(defaultCount)."))
        }
        let kinds = Question.Kind.allCases.map(\.rawValue)
        write(renderer.wrap("Types: \(kinds.joined(separator: ", ")).", indent: "  "))
        var chosen: Set<Question.Kind> = []
        while true {
            guard
                let line = reader.readLine(
                    prompt: "Which types? (Enter for all)> ", completions: kinds, remember: true)
            else {
                return leaving()
            }
            let words = line.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            let unknown = words.filter { Question.Kind(rawValue: $0) == nil && $0 != "all" }
            if unknown.isEmpty {
                chosen = Set(words.compactMap(Question.Kind.init(rawValue:)))
                break
            }
            let guesses = unknown.map { word in
                let starting = kinds.filter { $0.hasPrefix(word.lowercased()) }
                return (starting.count == 1 ? starting.first : Spelling.closest(to: word, among: kinds)).map {
                    "\(TerminalText.sanitized(word)) (did you mean \($0)?)"
                }
                    ?? TerminalText.sanitized(word)
            }
            write(
                renderer.wrap(
                    "Unknown type: \(guesses.joined(separator: ", ")). Type one or more of the types above, or press Enter for all."
                ))
        }
        return Choice(entry: entry!, count: count, kinds: chosen)
    }

    /// Input ended in the menu: a learner who pressed Ctrl-D gets a fresh line; a script that
    /// sent nothing is told, on standard error, that no quiz was started.
    private func leaving() -> Choice? {
        if reader.isInteractive {
            write("")
        } else {
            inputEndedInMenu = true
            StandardError.report("input ended in the start menu; no quiz was started")
        }
        return nil
    }

    /// A bank's name: its file name without the extension.
    package static func name(of path: String) -> String {
        PathText.deletingExtension(PathText.lastComponent(path))
    }
}
