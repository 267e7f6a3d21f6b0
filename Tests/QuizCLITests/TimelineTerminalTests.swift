import Foundation
import TestSupport
import Testing

/// `quiz timeline` in a real pseudo-terminal: the prompt, readline's Ctrl-C and Ctrl-D, and the
/// width of a narrow terminal. Serialized: each test owns a terminal and a child process.
@Suite(.serialized) struct TimelineTerminalTests {
    let files: TimelineFolder
    var progress: String { files.progress }

    init() throws { files = try TimelineFolder() }

    /// The game of `TimelineCommandTests.aWrongPlacementSaysWhereItBelongsAndIsSavedAsAMiss`:
    /// Adwa goes after the treaty (slot 2), then Dogali before it (slot 1).
    func launch(columns: UInt16 = 120, term: String = "dumb") throws -> PseudoTerminal {
        try PseudoTerminal(
            executable: QuizBinary.path, arguments: ["timeline", files.bank, "--count", "3", "--seed", "3"],
            environment: [
                "TERM": term, "INPUTRC": "/dev/null", "HOME": files.folder.path,
                "XDG_STATE_HOME": files.folder.file("state").path,
                "QUIZ_PROGRESS": progress, "PATH": "/usr/bin:/bin",
            ], columns: columns)
    }

    @Test func placementsAreGradedAndCtrlDEndsTheGameKeepingThem() throws {
        let game = try launch()
        #expect(game.expect("[1/3]"))
        #expect(game.expect("slot> "))
        game.send("2\r")
        #expect(game.expect("✔ Right. 1 March 1896: after 2 May 1889, so slot 2."))
        #expect(game.expect("[2/3]"))
        #expect(game.expect("  [3]"), "the line now has two events and three slots")
        #expect(game.expect("slot> "))
        game.send("half-typed")
        #expect(game.expect("half-typed"))
        game.send("\u{03}")  // Ctrl-C drops it
        #expect(game.expect("slot> "))
        game.send("3\r")
        #expect(game.expect("✘ Not slot 3. About 1887: before 2 May 1889, so slot 1."))
        #expect(game.expect("slot> "))
        game.send("\u{04}")  // Ctrl-D
        #expect(game.expect("Your timeline:"))
        #expect(game.expect("Quiz over"))
        #expect(game.expect("of 3 questions not answered"))
        #expect(game.expect("Progress saved to"))
        #expect(game.wait() == 0)
        let saved = try ProgressOnDisk.read(progress).attempts
        #expect(saved.map { $0["outcome"] as? String } == ["correct", "incorrect"])
        #expect(saved.map { $0["answer"] as? String } == ["slot 2, after 2 May 1889", "slot 3, after 1 March 1896"])
    }

    @Test func aNarrowTerminalWrapsEveryLineAndColourShowsTheSlots() throws {
        let game = try launch(columns: 40, term: "xterm")
        #expect(game.expect("slot> "))
        game.send(":quit\r")
        #expect(game.expect("Quiz over"))
        #expect(game.wait() == 0)
        #expect(game.everything.contains("\u{1B}[36m  [1]\u{1B}[0m"))
        let plain = game.everything.replacingOccurrences(
            of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: "", options: .regularExpression)
        let lines = plain.components(separatedBy: "\r\n")
        #expect(lines.contains("Where does this go?"))
        for line in lines {
            #expect(line.count <= 40, "\(line)")
        }
    }
}
