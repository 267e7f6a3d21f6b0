import FoundationEssentials
import QuizCore

/// The start menu: `quiz` with no subcommand greets, lists the banks, and asks for a bank, a
/// count and the types of question, each with a default.
extension REPL {
    /// What the start menu settled on.
    package struct Choice {
        package var entry: BankListing.Entry
        package var count: Int
        /// The types chosen; empty for every type the bank has.
        package var kinds: Set<Question.Kind>
    }

    /// The commands the menu takes, as typed (and as Tab completes them there).
    static let menuCommands = [":help", ":quit"]

    /// The start menu: greets, lists the banks, and asks for a bank and the options, with
    /// sensible defaults. `nil` when the learner leaves (`:quit`, or the end of input).
    /// - Parameters:
    ///   - defaultCount: the count Enter takes (`--count`).
    ///   - defaultKinds: the types Enter takes (`--type`); every type the bank has when empty.
    ///   - topics: the topics asked for (`--topic`): only the types of question on them are offered.
    package func menu(
        _ listing: BankListing, defaultCount: Int, defaultKinds: Set<Question.Kind> = [], topics: Set<String> = []
    ) -> Choice? {
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
        let entry: BankListing.Entry
        switch pickBank(listing) {
        case .chosen(let chosen): entry = chosen
        case .quit: return nil
        case .ended: return leaving()
        }
        let count: Int
        switch askCount(defaultCount) {
        case .chosen(let chosen): count = chosen
        case .quit: return nil
        case .ended: return leaving()
        }
        switch askKinds(entry.record, defaultKinds: defaultKinds, topics: topics) {
        case .chosen(let kinds): return Choice(entry: entry, count: count, kinds: kinds)
        case .quit: return nil
        case .ended: return leaving()
        }
    }

    /// How a menu question ended: an answer, `:quit`, or the end of input.
    private enum Asked<Value> {
        case chosen(Value)
        case quit
        case ended
    }

    /// What a menu prompt read: a line (trimmed), `:quit`, or the end of input. `:help` says what
    /// to type and asks again, as any other `:word` does.
    private func ask(_ prompt: String, completions: [String], help: String) -> Asked<String> {
        while true {
            guard let line = reader.readLine(prompt: prompt, completions: completions, remember: true) else {
                return .ended
            }
            let typed = LineText.trimmed(line)
            guard typed.hasPrefix(":") else { return .chosen(typed) }
            switch Command(line: typed) {
            case .quit: return .quit
            case .help: write(renderer.wrap("\(help) Type :quit to leave."))
            default:
                write(renderer.wrap("\(TerminalText.sanitized(typed)) is not a command here; :help says what to type."))
            }
        }
    }

    /// Said when a menu answer is the word of a menu command without its colon ("quit", "help").
    private static func missingColon(_ typed: String) -> String? {
        guard let command = Command.bare(typed), command == .quit || command == .help, let usage = command.usage
        else { return nil }
        return "Commands start with a colon: type \(usage)."
    }

    private func pickBank(_ listing: BankListing) -> Asked<BankListing.Entry> {
        let banks = listing.banks
        let names = banks.map { Self.name(of: $0.path) }
        let single = banks.count == 1
        let how =
            single
            ? "Type 1 or its name, or press Enter; Tab completes names."
            : "Type its number (1–\(banks.count)) or its name; Tab completes names."
        let help =
            single
            ? "Press Enter to take the bank listed, or type 1 or its name."
            : "Type a bank's number (1–\(banks.count)), its name, a part of its name or of its title; Tab completes names."
        while true {
            let typed: String
            switch ask(single ? "Pick a bank [1]> " : "Pick a bank (number or name)> ", completions: names, help: help)
            {
            case .chosen(let line): typed = line
            case .quit: return .quit
            case .ended: return .ended
            }
            if typed.isEmpty {
                if single { return .chosen(banks[0]) }
                write(renderer.wrap(how))
            } else if let number = Int(typed), banks.indices.contains(number - 1) {
                return .chosen(banks[number - 1])
            } else if let index = banks.firstIndex(where: { BankDirectory.isNamed(typed, path: $0.path) }) {
                return .chosen(banks[index])
            } else if let reminder = Self.missingColon(typed) {
                write(renderer.wrap(reminder))
            } else if let index = BankDirectory.guess(typed, among: names, title: { banks[$0].record.title }) {
                // A part of a name, a slip or a title, found as `quiz take` finds it: asked, not assumed.
                write(renderer.wrap("Did you mean \(index + 1). \(banks[index].record.title) [\(names[index])]?"))
                switch confirm() {
                case .chosen(true): return .chosen(banks[index])
                case .chosen(false): continue
                case .quit: return .quit
                case .ended: return .ended
                }
            } else {
                write(renderer.wrap("No bank '\(TerminalText.sanitized(typed))'. \(how)"))
            }
        }
    }

    /// Yes (Enter, y, yes) or no (n, no) to a bank guessed from what was typed.
    private func confirm() -> Asked<Bool> {
        let help = "Type y (or press Enter) to take this bank, or n to pick another."
        while true {
            switch ask("Take it? [Y/n]> ", completions: [], help: help) {
            case .chosen(let typed):
                switch typed.lowercased() {
                case "", "y", "yes": return .chosen(true)
                case "n", "no": return .chosen(false)
                default: write(renderer.wrap(Self.missingColon(typed) ?? help))
                }
            case .quit: return .quit
            case .ended: return .ended
            }
        }
    }

    private func askCount(_ defaultCount: Int) -> Asked<Int> {
        let help = "Type a number of questions, or press Enter for \(defaultCount)."
        while true {
            switch ask("How many questions? [\(defaultCount)]> ", completions: [], help: help) {
            case .chosen(let typed):
                if typed.isEmpty { return .chosen(defaultCount) }
                if let number = Int(typed), number > 0 { return .chosen(number) }
                write(renderer.wrap(Self.missingColon(typed) ?? help))
            case .quit: return .quit
            case .ended: return .ended
            }
        }
    }

    /// Offers the types of question the bank has (on `topics`), as `quiz banks --topics` lists
    /// them; a type it has none of is refused, and asked again.
    private func askKinds(_ record: Record, defaultKinds: Set<Question.Kind>, topics: Set<String>)
        -> Asked<Set<Question.Kind>>
    {
        let offered = QuestionGenerator.kinds(in: record, topics: topics)
        // Nothing on these topics: the quiz says why when it starts.
        guard !offered.isEmpty else { return .chosen(defaultKinds) }
        let names = offered.map(\.rawValue)
        let defaults = offered.filter(defaultKinds.contains)
        let lacking = Question.Kind.allCases.filter { defaultKinds.contains($0) && !offered.contains($0) }
        write(renderer.wrap("Types: \(names.joined(separator: ", ")).", indent: "  ", first: "  "))
        if !lacking.isEmpty {
            write(renderer.wrap("(It has no questions of type \(Self.either(lacking)).)", indent: "  ", first: "  "))
        }
        let enter = defaults.isEmpty ? "all" : defaults.map(\.rawValue).joined(separator: ", ")
        let prompt =
            defaults.isEmpty ? "Which types? (Enter for all)> " : "Which types? [\(enter)]> "
        let help = "Type one or more of the types above, or press Enter for \(enter)."
        while true {
            let typed: String
            switch ask(prompt, completions: names, help: help) {
            case .chosen(let line): typed = line
            case .quit: return .quit
            case .ended: return .ended
            }
            let words = typed.split(whereSeparator: { $0 == " " || $0 == "," }).map { $0.lowercased() }
            if words.isEmpty { return .chosen(Set(defaults)) }
            if words.count == 1, let reminder = Self.missingColon(words[0]) {
                write(renderer.wrap(reminder))
                continue
            }
            let unknown = words.filter { Question.Kind(rawValue: $0) == nil && $0 != "all" }
            let absent = Question.Kind.allCases.filter { words.contains($0.rawValue) && !offered.contains($0) }
            if unknown.isEmpty && absent.isEmpty {
                return .chosen(words.contains("all") ? [] : Set(words.compactMap(Question.Kind.init(rawValue:))))
            }
            var problems: [String] = []
            if !unknown.isEmpty {
                let guesses = unknown.map { word in
                    let starting = names.filter { $0.hasPrefix(word) }
                    return (starting.count == 1 ? starting.first : Spelling.closest(to: word, among: names)).map {
                        "\(word) (did you mean \($0)?)"
                    } ?? word
                }
                problems.append("Unknown type: \(guesses.joined(separator: ", ")).")
            }
            if !absent.isEmpty {
                problems.append("\(record.title) has no questions of type \(Self.either(absent)).")
            }
            write(renderer.wrap((problems + [help]).joined(separator: " ")))
        }
    }

    /// "year", "year or cloze".
    private static func either(_ kinds: [Question.Kind]) -> String {
        kinds.map(\.rawValue).joined(separator: " or ")
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
}
