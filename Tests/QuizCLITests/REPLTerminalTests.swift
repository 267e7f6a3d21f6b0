import Foundation
import TestSupport
import Testing

/// The REPL in a real pseudo-terminal: readline's completion, history, Ctrl-C and Ctrl-D.
/// Serialized: each test owns a terminal and a child process. A class, so that each test's home
/// folder is removed when its instance ends.
@Suite(.serialized) final class REPLTerminalTests {
    let home: TemporaryFolder

    init() throws {
        home = try TemporaryFolder("quiz-pty")
    }

    deinit { home.remove() }

    var progress: String { home.file("progress.json").path }
    var history: String { home.file("state/quiz/history").path }

    func launch(
        _ arguments: [String], term: String = "dumb", extra: [String: String] = [:], columns: UInt16 = 120
    ) throws -> PseudoTerminal {
        var environment = [
            "TERM": term, "INPUTRC": "/dev/null", "HOME": home.path,
            "XDG_STATE_HOME": home.file("state").path,
            "QUIZ_PROGRESS": progress, "PATH": "/usr/bin:/bin",
        ]
        environment.merge(extra) { $1 }
        return try PseudoTerminal(
            executable: QuizBinary.path, arguments: arguments, environment: environment, columns: columns)
    }

    func take(_ count: Int = 3, seed: Int = 5) throws -> PseudoTerminal {
        try launch(["take", "pakistan-palestine-israel", "--count", String(count), "--seed", String(seed)])
    }

    @Test func aFullShortQuiz() throws {
        let repl = try take(2)
        #expect(repl.expect("[1/2]"))
        #expect(repl.expect("answer> "))
        repl.send("t\r")  // a true/false question
        #expect(repl.expect("Score: "))
        #expect(repl.expect("[2/2]"))
        #expect(repl.expect("answer> "))
        repl.send("a\r")
        #expect(repl.expect("Quiz over"))
        #expect(repl.expect("Progress saved to"))
        #expect(repl.wait() == 0)
        #expect(try ProgressOnDisk.read(progress).attempts.count == 2)
    }

    @Test func tabCompletesCommandsButNeverAnswers() throws {
        let repl = try take()
        #expect(repl.expect("answer> "))
        repl.send(":sk\t\r")
        #expect(repl.expect("Skipped."))
        #expect(repl.expect("answer> "))
        repl.send("Pak\t\t")  // nothing to complete at an answer: no names, no files
        repl.send("\u{15}:sc\t\r")  // Ctrl-U clears, then a completed command
        #expect(repl.expect("0 of 1 right, 2 to go"))
        repl.send(":quit\r")
        #expect(repl.wait() == 0)
        #expect(!repl.everything.contains("answer> Pakistan"), "the answer was completed")
        #expect(repl.everything.contains("answer> Pak"))
    }

    @Test func ctrlCDropsTheHalfTypedLineAndCtrlCAtAnEmptyPromptSaysHowToQuit() throws {
        let repl = try take()
        #expect(repl.expect("answer> "))
        repl.send("garbage")
        #expect(repl.expect("garbage"))
        repl.send("\u{03}")
        #expect(repl.expect("answer> "))
        repl.send("\u{03}")
        #expect(repl.expect("type :quit or press Ctrl-D"))
        repl.send(":score\r")
        #expect(repl.expect("0 of 0 right, 3 to go"))
        repl.send(":quit\r")
        #expect(repl.expect("Quiz over"))
        #expect(repl.wait() == 0)
    }

    @Test func ctrlDEndsTheQuizWithASummary() throws {
        let repl = try take()
        #expect(repl.expect("answer> "))
        repl.send("t\r")
        #expect(repl.expect("answer> "))
        repl.send("\u{04}")
        #expect(repl.expect("Quiz over"))
        #expect(repl.expect("2 of 3 questions not answered"))
        #expect(repl.wait() == 0)
    }

    @Test func historyKeepsCommandsAcrossRestartsButNeverAnswers() throws {
        let first = try take()
        #expect(first.expect("answer> "))
        first.send("Czechoslovakia\r")
        #expect(first.expect("answer> "))
        first.send(":score\r")
        #expect(first.expect("Score:"))
        first.send(":quit\r")
        #expect(first.wait() == 0)
        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(saved.contains(":score"))
        #expect(!saved.contains("Czechoslovakia"))

        let second = try take()
        #expect(second.expect("answer> "))
        second.send("\u{10}\u{10}\r")  // Ctrl-P twice: past ":quit" to ":score"
        #expect(second.expect("0 of 0 right"))
        second.send(":quit\r")
        #expect(second.wait() == 0)
    }

    @Test func menuInputsAreNeitherRecalledAtTheAnswerPromptNorSaved() throws {
        // A command from an earlier quiz, in the history file.
        let earlier = try take()
        #expect(earlier.expect("answer> "))
        earlier.send(":score\r")
        #expect(earlier.expect("Score:"))
        earlier.send(":quit\r")
        #expect(earlier.wait() == 0)

        let repl = try launch(["--seed", "5"])
        #expect(repl.expect("Pick a bank"))
        repl.send("pakistan-palestine-israel\r")
        #expect(repl.expect("How many questions?"))
        repl.send("x\r")  // refused, asked again: Up recalls it in the menu
        #expect(repl.expect("How many questions?"))
        repl.send("\u{10}\u{15}2\r")
        #expect(repl.expect("Which types?"))
        repl.send("\r")
        #expect(repl.expect("answer> "))
        // Up once: past the menu's lines to the earlier quiz's last command, ":quit"; twice: ":score".
        repl.send("\u{10}\u{10}\r")
        #expect(repl.expect("0 of 0 right, 2 to go"))
        #expect(repl.expect("answer> "))
        repl.send(":quit\r")
        #expect(repl.wait() == 0)
        let saved = try String(contentsOfFile: history, encoding: .utf8).split(separator: "\n")
        #expect(saved == [":score", ":quit", ":score", ":quit"], "\(saved)")
    }

    @Test func aWindowResizedMidQuizIsWrappedToItsNewWidth() throws {
        let repl = try launch(
            ["take", "pakistan-palestine-israel", "--count", "3", "--seed", "26"], columns: 100)
        #expect(repl.expect("answer> "))
        repl.resize(columns: 40)
        repl.send("f\r")
        #expect(repl.expect("[2/3]"))
        #expect(repl.expect("answer> "))
        repl.send(":quit\r")
        #expect(repl.expect("Quiz over"))
        #expect(repl.wait() == 0)
        let lines = repl.everything.components(separatedBy: "\r\n")
        let resized = try #require(lines.firstIndex { $0.hasSuffix("answer> f") })
        // Before: the first question, wrapped for 100 columns.
        #expect(lines[..<resized].contains { $0.count > 40 })
        // After: the verdict, the next question and the summary, for 40 (but a path's long name).
        for line in lines[(resized + 1)...] where !line.contains("/") {
            #expect(line.count <= 40, "\(line)")
        }
        #expect(lines[(resized + 1)...].contains { $0.hasPrefix("✔ Correct.") })
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func aSignalKeepsWhatWasAnswered(_ signal: Int32) throws {
        let repl = try take()
        #expect(repl.expect("answer> "))
        repl.send("t\r")
        #expect(repl.expect("Score: "))
        #expect(repl.expect("answer> "))
        kill(repl.pid, signal)
        _ = repl.wait()
        #expect(try ProgressOnDisk.read(progress).attempts.count == 1)
    }

    @Test func ctrlCInTheMenuSaysHowToLeaveNotHowToEndAQuiz() throws {
        let repl = try launch([])
        #expect(repl.expect("Pick a bank"))
        repl.send("\u{03}")
        #expect(repl.expect("(To leave, press Ctrl-D or type :quit.)"))
        repl.send(":quit\r")
        #expect(repl.wait() == 0)
    }

    @Test func theMenuCompletesBankNames() throws {
        let repl = try launch(["--seed", "1"])
        #expect(repl.expect("Pick a bank"))
        repl.send("paki\t\r")
        #expect(repl.expect("How many questions? [10]"))
        repl.send("1\r")
        #expect(repl.expect("Which types? (Enter for all)"))
        repl.send("tru\t\r")
        #expect(repl.expect("[1/1]"))
        #expect(repl.expect("true false"))
        #expect(repl.expect("answer> "))  // keys sent before readline has the terminal can be lost
        repl.send("\u{04}")
        #expect(repl.expect("Quiz over"))
        #expect(repl.wait() == 0)
    }

    @Test func colourOnlyWhereWanted() throws {
        let coloured = try launch(["take", "pakistan-palestine-israel", "--count", "1", "--seed", "2"], term: "xterm")
        #expect(coloured.expect("answer> "))
        coloured.send(":quit\r")
        #expect(coloured.wait() == 0)
        #expect(coloured.everything.contains("\u{1B}[36m"))

        let plain = try launch(
            ["take", "pakistan-palestine-israel", "--count", "1", "--seed", "2"], term: "xterm",
            extra: ["NO_COLOR": "1"])
        #expect(plain.expect("answer> "))
        plain.send(":quit\r")
        #expect(plain.wait() == 0)
        #expect(!plain.everything.contains("\u{1B}[36m"))
    }
}
