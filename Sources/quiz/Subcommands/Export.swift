import ArgumentParser
import FoundationEssentials
import QuizCore
import QuizTerminal

/// `quiz export --to FORMAT BANK [-o OUT]`: the questions a bank yields, in another format.
struct Export: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case gift, aiken, markdown, anki, timeline
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Export the questions a bank yields as GIFT, Aiken, a Markdown worksheet or Anki text, or its events as a TimelineJS timeline.",
        discussion: """
            Exports every question the bank yields (authored and generated), in record order. GIFT has no \
            ordering questions, and Aiken takes single-answer choice questions only; what a format cannot \
            hold is counted and left out.
            """)

    @Option(
        help: ArgumentHelp(
            "The format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
    var to: Format

    @Argument(help: ArgumentHelp("A bank file, or the name of a bank in the bank folders.", valueName: "bank"))
    var bank: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Write here (default: standard output).", valueName: "out"))
    var output: String?

    @OptionGroup var options: BankOptions

    func run() throws {
        let (_, record) = try options.load(bank)
        let questions = QuestionGenerator(record: record, options: GenerationOptions(count: nil)).questions(seed: 0)
        let text: String
        switch to {
        case .gift:
            let written = GIFTFormat.write(questions)
            text = written.text
            if written.skipped > 0 {
                StandardError.write(
                    Data(
                        "quiz export: \(Plural.count(written.skipped, "question")) GIFT cannot hold (ordering) \(written.skipped == 1 ? "was" : "were") left out\n"
                            .utf8))
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
                StandardError.write(
                    Data(
                        "quiz export: \(Plural.count(skipped, "question")) that \(skipped == 1 ? "is" : "are") not single-answer choices \(skipped == 1 ? "was" : "were") left out\n"
                            .utf8))
            }
        case .markdown:
            text = WorksheetFormats.markdown(questions, title: record.title)
        case .anki:
            text = WorksheetFormats.anki(questions, deck: record.title)
        case .timeline:
            let written = TimelineFormat.write(record)
            text = written.json
            if written.skipped > 0 {
                StandardError.write(
                    Data("quiz export: \(written.skipped) undated events were left out\n".utf8))
            }
        }
        if let output {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output))
        } else {
            print(text, terminator: "")
        }
    }
}
