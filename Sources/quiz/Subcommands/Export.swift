import ArgumentParser
import FoundationEssentials
import QuizCore
import QuizTerminal

/// `quiz export --to FORMAT BANK [-o OUT]`: the questions a bank yields, in another format.
struct Export: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case gift, aiken, markdown, anki, timeline

        /// What the format holds, for the help.
        var summary: String {
            switch self {
            case .gift: "gift (Moodle GIFT)"
            case .aiken: "aiken (single-answer choices)"
            case .markdown: "markdown (a worksheet with an answer key)"
            case .anki: "anki (Anki's text import)"
            case .timeline: "timeline (TimelineJS JSON of the dated events)"
            }
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Export the questions a bank yields as Moodle GIFT, Aiken, a Markdown worksheet or Anki text, or its events as a TimelineJS timeline.",
        discussion: """
            Exports every question the bank yields (authored and generated), in record order, or with \
            --count, --type and --topic the questions 'quiz take' would ask with the same options and \
            --seed. The same bank and options give the same file every time; a GIFT or TimelineJS export \
            imported with 'quiz import' and exported again gives the same file, ids included. GIFT has no \
            ordering questions, and Aiken takes single-answer choice questions only; what a format cannot \
            hold is counted and left out. Formats: \(Format.allCases.map(\.summary).joined(separator: ", ")).
            """)

    @Option(help: ArgumentHelp("The format, one of those above.", valueName: "format"))
    var to: Format

    @Argument(help: ArgumentHelp("A bank file, or the name of a bank in the bank folders.", valueName: "bank"))
    var bank: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Write here (default: standard output).", valueName: "out"))
    var output: String?

    @Option(name: .shortAndLong, help: "How many questions (default: every question the bank yields).")
    var count: Int?

    @OptionGroup var filter: QuestionFilter

    @Option(help: "Seed for the choice of questions and the order of their options.")
    var seed: UInt64 = 0

    @OptionGroup var options: BankOptions

    func validate() throws {
        if let count, count < 1 { throw ValidationError("--count must be at least 1") }
    }

    func run() throws {
        let (_, record) = try options.load(bank)
        try SessionRunner.checkTopics(filter.topics, of: record)
        let questions = ExportSelection.questions(
            record: record,
            options: GenerationOptions(count: count, kinds: Set(filter.types), topics: Set(filter.topics)),
            seed: seed, authorsOrder: to == .gift || to == .aiken)
        let text: String
        switch to {
        case .gift:
            let written = GIFTFormat.write(questions)
            text = written.text
            if written.skipped > 0 {
                note(
                    "\(Plural.count(written.skipped, "question")) GIFT cannot hold (ordering) \(written.skipped == 1 ? "was" : "were") left out"
                )
            }
        case .aiken:
            let choices = questions.compactMap { question -> AuthoredQuestion? in
                guard case .option(let index) = question.answer else { return nil }
                return AuthoredQuestion(
                    id: question.id, kind: .multipleChoice, prompt: question.prompt,
                    answer: .choice(choices: question.options, correct: index), tests: [])
            }
            let written = AikenFormat.write(Record(title: record.title, questions: choices))
            text = written.text
            let skipped = questions.count - choices.count + written.skipped
            if skipped > 0 {
                note(
                    "\(Plural.count(skipped, "question")) that \(skipped == 1 ? "is" : "are") not single-answer choices \(skipped == 1 ? "was" : "were") left out"
                )
            }
        case .markdown:
            text = WorksheetFormats.markdown(questions, title: record.title)
        case .anki:
            text = WorksheetFormats.anki(questions, deck: record.title)
        case .timeline:
            let written = TimelineFormat.write(record)
            text = written.json
            if written.skipped > 0 { note("\(written.skipped) undated events were left out") }
        }
        if to != .timeline && questions.isEmpty {
            note("no questions to export (check --type and --topic)")
            throw ExitCode(1)
        }
        // Bank text is untrusted: no control character but line breaks and tabs goes out raw,
        // to the terminal or to a file that will be shown on one.
        let safe = TerminalText.sanitized(text, keepNewlines: true)
        if let output {
            try Data(safe.utf8).write(to: URL(fileURLWithPath: output))
        } else {
            print(safe, terminator: "")
        }
    }

    private func note(_ message: String) {
        StandardError.report(message)
    }
}
