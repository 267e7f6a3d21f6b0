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

    @Option(help: "The bank's title (default: made from the name).")
    var title: String?

    func run() throws {
        let path = name.lowercased().hasSuffix(".yaml") || name.lowercased().hasSuffix(".yml") ? name : name + ".yaml"
        guard !FileManager.default.fileExists(atPath: path) else {
            StandardError.report("\(TerminalText.sanitized(path)) already exists; it was left as it is")
            throw ExitCode(1)
        }
        let text = BankTemplate.yaml(title: title ?? BankTemplate.title(fromName: REPL.name(of: path)))
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            StandardError.report(
                "cannot write \(TerminalText.sanitized(path)): \(Quiz.systemReason(error) ?? "\(error)")")
            throw ExitCode(1)
        }
        print(Self.wrote(path, renderer: SessionRunner.makeRenderer(noColor: true)))
    }

    /// What `new` says it did, wrapped to the terminal: the file, and the commands that check,
    /// preview and take it, the path quoted as a shell needs it.
    static func wrote(_ path: String, renderer: Renderer) -> String {
        let shown = TerminalText.sanitized(path)
        // A quoted path is never broken across lines: its spaces are kept from the wrapping.
        let keep: Character = "\u{E000}"
        let word = ShellWord.quoted(shown).replacingAll(" ", with: String(keep))
        return renderer.wrap(
            "Wrote \(shown). Check it with 'quiz lint \(word)', read its questions with 'quiz preview \(word) --all', and take it with 'quiz take \(word)'."
        ).replacingAll(String(keep), with: " ")
    }
}
