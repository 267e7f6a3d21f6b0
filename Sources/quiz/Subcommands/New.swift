import ArgumentParser
import FoundationEssentials
import Glibc
import QuizCore
import QuizTerminal

/// `quiz new NAME`: writes a commented bank skeleton.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new bank skeleton, with an example of every construct and every kind of question.")

    @Argument(help: ArgumentHelp("The bank's name, or a path ending in .yaml.", valueName: "name"))
    var name: String

    @Option(help: "The bank's title (default: the name).")
    var title: String?

    func run() throws {
        let path = name.lowercased().hasSuffix(".yaml") || name.lowercased().hasSuffix(".yml") ? name : name + ".yaml"
        guard !FileManager.default.fileExists(atPath: path) else {
            StandardError.report("\(TerminalText.sanitized(path)) already exists; it was left as it is")
            throw ExitCode(1)
        }
        let stem = REPL.name(of: path)
        let text = BankTemplate.yaml(title: title ?? stem.replacingAll("-", with: " ").capitalized)
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            StandardError.report(
                "cannot write \(TerminalText.sanitized(path)): \(Quiz.systemReason(error) ?? "\(error)")")
            throw ExitCode(1)
        }
        let shown = TerminalText.sanitized(path)
        print(
            "Wrote \(shown). Check it with 'quiz lint \(shown)', read its questions with 'quiz preview \(shown) --all', and take it with 'quiz take \(shown)'."
        )
    }
}
