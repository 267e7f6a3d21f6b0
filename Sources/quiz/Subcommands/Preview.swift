import ArgumentParser
import FoundationEssentials
import QuizCore
import QuizTerminal

extension Question.Kind: ExpressibleByArgument {}

/// `quiz preview BANK`: the questions a quiz would ask, with their answers.
struct Preview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Show the questions a bank yields, with answers, explanations and sources.",
        discussion: """
            With the same bank, options and seed, 'quiz take' asks exactly these questions in this order \
            (on a fresh progress file). Types: \(Question.Kind.allCases.map(\.rawValue).joined(separator: ", ")).
            """)

    @Argument(help: ArgumentHelp("A bank file, or the name of a bank in the bank folders.", valueName: "bank"))
    var bank: String

    @OptionGroup var selection: SelectionOptions

    @Flag(help: "Every question the bank yields, in record order.")
    var all = false

    @Flag(help: "Print one JSON array instead of text.")
    var json = false

    @OptionGroup var options: BankOptions

    func run() throws {
        let (_, record) = try options.load(bank)
        try SessionRunner.checkTopics(selection.topics, of: record)
        let seed = selection.seed ?? UInt64.random(in: 0...999_999)
        let generator = QuestionGenerator(
            record: record,
            options: GenerationOptions(
                count: all ? nil : selection.count, kinds: Set(selection.types), topics: Set(selection.topics)))
        let questions = generator.questions(seed: seed)
        if json {
            print(try QuestionPreview.json(questions, record: record), terminator: "")
        } else {
            print(QuestionPreview.text(questions, record: record, seed: all ? nil : seed), terminator: "")
        }
        if questions.isEmpty { throw ExitCode(1) }
    }
}
