import ArgumentParser
import Foundation
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

    @Option(name: .shortAndLong, help: "How many questions.")
    var count: Int = 10

    @Flag(help: "Every question the bank yields, in record order.")
    var all = false

    @Option(help: "Seed for the choice and order of questions; random when left out.")
    var seed: UInt64?

    @Option(
        name: .customLong("type"), help: ArgumentHelp("Only this type of question (repeatable).", valueName: "type"))
    var types: [Question.Kind] = []

    @Option(
        name: .customLong("topic"),
        help: ArgumentHelp("Only questions on this topic tag (repeatable).", valueName: "topic"))
    var topics: [String] = []

    @Flag(help: "Print one JSON array instead of text.")
    var json = false

    @OptionGroup var options: BankOptions

    func validate() throws {
        if count < 1 { throw ValidationError("--count must be at least 1") }
    }

    func run() throws {
        let folders = BankDirectory.searchPaths(
            extra: options.folders, environment: ProcessInfo.processInfo.environment)
        let path = try BankDirectory.resolve(bank, in: folders)
        let loaded = BankFile.load(path: path)
        guard let record = loaded.record else {
            for diagnostic in loaded.diagnostics {
                FileHandle.standardError.write(Data((TerminalText.sanitized(diagnostic.description) + "\n").utf8))
            }
            throw ExitCode(1)
        }
        let seed = self.seed ?? UInt64.random(in: 0...999_999)
        let generator = QuestionGenerator(
            record: record,
            options: GenerationOptions(count: all ? nil : count, kinds: Set(types), topics: Set(topics)))
        let questions = generator.questions(seed: seed)
        if json {
            print(try QuestionPreview.json(questions, record: record), terminator: "")
        } else {
            print(QuestionPreview.text(questions, record: record, seed: all ? nil : seed), terminator: "")
        }
        if questions.isEmpty { throw ExitCode(1) }
    }
}
