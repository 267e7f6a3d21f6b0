import Foundation
import TestSupport
import Testing

@testable import QuizCore
@testable import QuizTerminal

/// A reader that gives the REPL its lines one by one, and notes how each was asked for.
final class ScriptedLineReader: LineReader {
    struct Read: Equatable {
        var prompt: String
        var completions: [String]
        var remember: Bool
        var atMenu: Bool
    }

    var lines: [String]
    private(set) var reads: [Read] = []
    var isAtMenu = false
    /// Called before each line is given, with how many were read before: what happens while
    /// the learner types (a window resized).
    var onRead: (Int) -> Void = { _ in }

    init(_ lines: [String]) { self.lines = lines }
    var isInteractive: Bool { false }

    func readLine(prompt: String, completions: [String], remember: Bool) -> String? {
        onRead(reads.count)
        reads.append(Read(prompt: prompt, completions: completions, remember: remember, atMenu: isAtMenu))
        return lines.isEmpty ? nil : lines.removeFirst()
    }

    func saveHistory() {}
}

/// The quiz loop, driven in-process: what it reads and what it writes.
@Suite struct REPLTests {
    static let record: Record = {
        let bank = Repository.url("QuestionBanks/pakistan-palestine-israel.yaml").path
        return BankFile.load(path: bank).record!
    }()

    /// Lines of what was written, each written piece split at its newlines.
    final class Screen {
        var pieces: [String] = []
        var lines: [String] { pieces.flatMap { $0.split(separator: "\n").map(String.init) } }
    }

    func play(_ answers: [String], measure: (() -> Int?)?, reader: ScriptedLineReader? = nil) throws -> Screen {
        let folder = try TemporaryFolder("quiz-repl")
        defer { folder.remove() }
        let progress = try ProgressFile.open(path: folder.file("progress.json").path, access: .write, attempts: false)
        let questions = QuestionGenerator(record: Self.record, options: GenerationOptions(count: 3)).questions(seed: 26)
        let screen = Screen()
        let repl = REPL(
            reader: reader ?? ScriptedLineReader(answers), renderer: Renderer(color: false, width: 100),
            write: { screen.pieces.append($0) }, measure: measure)
        var session = Session(bank: "b", record: Self.record, questions: questions)
        #expect(repl.run(&session, progress: progress) == 0)
        return screen
    }

    @Test func aWindowResizedMidQuizIsWrappedToItsNewWidth() throws {
        var width = 100
        let reader = ScriptedLineReader(["f", "Pervez Musharraf", "d"])
        // The window is narrowed while the learner types the first answer.
        reader.onRead = { _ in width = 40 }
        let screen = try play([], measure: { width }, reader: reader)
        let first = try #require(screen.pieces.firstIndex { $0.contains("[1/3]") })
        let verdict = try #require(screen.pieces.firstIndex { $0.hasPrefix("✔") || $0.hasPrefix("✘") })
        // Before: the first question at 100 columns; after: every verdict and question at 40.
        #expect(screen.pieces[first].split(separator: "\n").contains { $0.count > 40 })
        let after = screen.pieces[verdict...].flatMap { $0.split(separator: "\n") }
        #expect(after.contains { $0.hasPrefix("[2/3]") } && after.contains { $0.hasPrefix("[3/3]") })
        for line in after where !line.contains("/") || line.contains(" ") {
            #expect(line.count <= 40, "\(line)")
        }
    }

    @Test func withoutATerminalTheWidthStaysAsGiven() throws {
        let screen = try play(["f", "Pervez Musharraf", "d"], measure: nil)
        #expect(screen.lines.contains { $0.count > 40 })
    }

    @Test func theAnswerPromptNeverRemembersAnswers() throws {
        let reader = ScriptedLineReader(["f", ":quit"])
        _ = try play([], measure: nil, reader: reader)
        #expect(reader.reads.allSatisfy { !$0.remember && !$0.atMenu && $0.prompt == "answer> " })
    }
}
