import Foundation
import TestSupport
import Testing

/// What `quiz --help` says, and what the manual page is made from (`make install` runs the
/// argument parser's manual tool on `quiz --experimental-dump-help`).
@Suite struct HelpTests {
    /// The in-quiz commands, the files and the environment, as the README gives them.
    static let essentials = [
        ":hint", ":skip", ":score", ":quit", ":help", "Ctrl-C", "Ctrl-D",
        "$XDG_DATA_HOME/quiz/progress.json", "$XDG_DATA_HOME/quiz/progress.jsonl", "$XDG_STATE_HOME/quiz/history",
        "~/.local/share", "~/.local/state", "QUIZ_BANKS", "QUIZ_PROGRESS", "NO_COLOR", "TERM", "COLUMNS",
    ]

    static func dump() throws -> [String: Any] {
        let result = try QuizBinary.run(["--experimental-dump-help"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        return try #require(json?["command"] as? [String: Any])
    }

    /// Every command of the dump, depth first.
    static func commands(_ command: [String: Any]) -> [[String: Any]] {
        [command] + (command["subcommands"] as? [[String: Any]] ?? []).flatMap(commands)
    }

    @Test func helpAndTheManualTellWhatToTypeInAQuizTheFilesAndTheEnvironment() throws {
        let help = try QuizBinary.run(["--help"])
        let discussion = try #require(try Self.dump()["discussion"] as? String)
        for text in Self.essentials {
            #expect(help.output.contains(text), "\(text)")
            #expect(discussion.contains(text), "\(text)")
        }
    }

    @Test func takeHelpSaysTheProgressFileFollowsXDGDataHome() throws {
        let help = try QuizBinary.run(["take", "--help"])
        #expect(help.output.contains("--progress <file>       The progress file (default: QUIZ_PROGRESS, or"))
        #expect(help.output.contains("$XDG_DATA_HOME/quiz/progress.json"))
        #expect(help.output.contains("or when XDG_DATA_HOME is unset,\n  ~/.local/share/quiz/progress.json\n"))
    }

    /// `start` is what `quiz` alone runs: `--help` does not list it, nor may the manual.
    @Test func theManualListsNoHiddenCommand() throws {
        let root = try Self.dump()
        let names = (root["subcommands"] as? [[String: Any]] ?? []).compactMap { $0["commandName"] as? String }
        #expect(names.contains("take"))
        #expect(!names.contains("start"))
        let shown = Self.commands(root).allSatisfy { $0["shouldDisplay"] as? Bool != false }
        #expect(shown)
        let help = try QuizBinary.run(["--help"])
        #expect(!help.output.contains("\n  start "))
        // Still there for whoever types it.
        let start = try QuizBinary.run(["start", "--help"])
        #expect(start.status == 0)
    }

    /// The manual's typesetter fills text and hyphenates where a line runs out: a path written
    /// from the home folder ("~/.local/…") would break as "~/.lo‐cal/…". So such a path has a
    /// line of its own (a line that starts with spaces starts a new line on the page), never in
    /// filled text; and the text is ASCII, the only text the manual tool keeps.
    @Test func theManualBreaksNoPathAndLosesNoCharacter() throws {
        for command in Self.commands(try Self.dump()) {
            let arguments = command["arguments"] as? [[String: Any]] ?? []
            let texts =
                [command["abstract"], command["discussion"]].compactMap { $0 as? String }
                + arguments.flatMap { [$0["abstract"], $0["discussion"]].compactMap { $0 as? String } }
            for text in texts {
                let ascii = text.unicodeScalars.allSatisfy { $0.isASCII }
                #expect(ascii, "\(text)")
                for line in text.split(separator: "\n") where line.contains("~/") {
                    let path = line.drop { $0 == " " }
                    #expect(line.hasPrefix(" ") && path.hasPrefix("~/") && !path.contains(" "), "\(line)")
                }
            }
        }
    }
}
