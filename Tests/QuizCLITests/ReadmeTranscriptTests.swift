import Foundation
import TestSupport
import Testing

/// Every transcript in the README is what the binary prints: each `$ quiz …` of a `console`
/// block is run as shown (answers typed at a pseudo-terminal where the transcript types them),
/// and its output must match line for line, `…` standing for lines left out.
@Suite struct ReadmeTranscriptTests {
    /// One command of a transcript and the lines shown after it.
    struct Run: CustomStringConvertible {
        var words: [String]
        var shown: [String]
        var description: String { "$ " + words.joined(separator: " ") }
    }

    /// The prompts after which a transcript types an answer.
    static let prompts = [
        "answer> ", "slot> ", "Pick a bank (number or name)> ", "How many questions? [10]> ",
        "Which types? (Enter for all)> ",
    ]

    static let readme: String = (try? String(contentsOf: Repository.url("README.md"), encoding: .utf8)) ?? ""

    /// The commands of the README's `console` blocks.
    static let runs: [Run] = {
        var runs: [Run] = []
        var inBlock = false
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line == "```console" {
                inBlock = true
            } else if inBlock && line == "```" {
                inBlock = false
            } else if inBlock && line.hasPrefix("$ ") {
                runs.append(Run(words: line.dropFirst(2).split(separator: " ").map(String.init), shown: []))
            } else if inBlock {
                runs[runs.count - 1].shown.append(line)
            }
        }
        for index in runs.indices {
            while runs[index].shown.last == "" { runs[index].shown.removeLast() }
        }
        return runs
    }()

    /// A bank with two mistakes, as the README lints it.
    static let brokenBank = """
        title: My bank
        sources:
          - id: s
            title: A source
        entities:
          - id: pk
            kind: contry
            name: Pakistan
        events:
          - id: e1
            date: "1947"
            summary: Pakistan became independent.
            tags: [independence]
            place: pak

        """

    /// What each learner of the README's class answered, in the order `--count 6 --seed 1` asks
    /// the Treaty of Wuchale's questions: the signing's year, what Menelik II got in return, the
    /// count, the denunciation's year, Ethiopia's reading of Article 17, the second language.
    static let classAnswers = [
        ["1889", "a c", "Pietro Antonelli", "1893", "c", "Amharic"],
        ["1889", "a c", "Crispi", "1893", "c", "Amharic"],
        ["1889", "a c", "Crispi", "1896", "a", "Amharic"],
        ["1890", "a", "Crispi", "1893", "a", "Amharic"],
        ["1896", "d", "Crispi", "1889", "d", "Tigrinya"],
        ["1893", "b", "Menelik", "1896", "d", "Arabic"],
    ]

    /// A folder holding what the transcripts name: the bundled banks, the README's timeline bank,
    /// the broken bank and a class's progress files; and a home folder for progress.
    static func workspace(home: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder("quiz-readme")
        try FileManager.default.createSymbolicLink(
            atPath: folder.file("QuestionBanks").path, withDestinationPath: Repository.url("QuestionBanks").path)
        let timeline = try #require(readme.range(of: "```yaml\ntitle: Italy and Ethiopia"))
        let end = try #require(readme.range(of: "```", range: timeline.upperBound..<readme.endIndex))
        _ = try folder.write(
            "italy-and-ethiopia.yaml", String(readme[readme.index(timeline.lowerBound, offsetBy: 8)..<end.lowerBound]))
        _ = try folder.write("my-bank.yaml", brokenBank)
        try FileManager.default.createDirectory(at: folder.file("class"), withIntermediateDirectories: true)
        for (index, answers) in classAnswers.enumerated() {
            let learner = try run(
                [
                    "take", "treaty-of-wuchale", "--count", "6", "--seed", "1", "--progress",
                    "class/learner-\(index + 1).json",
                ],
                in: folder, home: home, input: answers.joined(separator: "\n") + "\n")
            #expect(learner.status == 0)
        }
        return folder
    }

    /// A home folder for the runs, its path short enough that "Progress saved to …" fits on a
    /// line as it does for /home/you.
    static func home() throws -> String {
        var template = Array("/tmp/qr-XXXXXX".utf8CString)
        guard mkdtemp(&template) != nil else { throw POSIXError(.EIO) }
        return String(cString: template)
    }

    /// The environment of every run: nothing of the tester's own settings.
    static func environment(_ home: String) -> [String: String] {
        ["HOME": home, "TERM": "dumb", "INPUTRC": "/dev/null", "PATH": "/usr/bin:/bin"]
    }

    static func run(_ words: [String], in folder: TemporaryFolder, home: String, input: String? = nil) throws
        -> ChildProcess.Result
    {
        try ChildProcess.run(
            QuizBinary.path, words, environment: environment(home), directory: folder.url, input: input ?? "")
    }

    /// The words of a command as a shell would pass them: `class/*.json` expanded.
    static func expanded(_ words: [String], in folder: TemporaryFolder) throws -> [String] {
        try words.flatMap { word -> [String] in
            guard word.hasSuffix("/*.json") else { return [word] }
            let dir = String(word.dropLast("/*.json".count))
            return try FileManager.default.contentsOfDirectory(atPath: folder.file(dir).path)
                .filter { $0.hasSuffix(".json") }.sorted().map { dir + "/" + $0 }
        }
    }

    /// What a transcript types, prompt by prompt (a prompt answered with nothing may have lost
    /// its trailing space in the README).
    static func typed(_ shown: [String]) -> [(prompt: String, answer: String)] {
        shown.compactMap { line in
            prompts.first { line.hasPrefix($0) || line == $0.dropLast() }.map {
                ($0, String(line.dropFirst($0.count)))
            }
        }
    }

    /// Runs a transcript's command at a pseudo-terminal 80 columns wide, typing its answers.
    static func runAtTerminal(_ run: Run, in folder: TemporaryFolder, home: String) throws -> String {
        var words = Array(run.words.dropFirst())
        // `quiz` alone picks a random seed; the transcript prints the one it picked.
        if words.isEmpty, let seed = run.shown.lazy.compactMap(Self.seed).first { words = ["--seed", seed] }
        // Started by a shell that first goes to the folder the transcript's paths are in.
        let terminal = try PseudoTerminal(
            executable: "/bin/sh", arguments: ["-c", "cd \"$0\" && exec \"$@\"", folder.path, QuizBinary.path] + words,
            environment: environment(home), columns: 80)
        for (prompt, answer) in typed(run.shown) {
            #expect(terminal.expect(prompt), "\(run): no prompt \(prompt)")
            terminal.send(answer + "\r")
        }
        if run.shown.last == "…" {
            #expect(terminal.expect("> "))
            terminal.send("\u{4}")
        }
        _ = terminal.wait()
        return terminal.everything
    }

    static func seed(_ line: String) -> String? {
        guard let start = line.range(of: "(seed "), let end = line[start.upperBound...].firstIndex(of: ";") else {
            return nil
        }
        return String(line[start.upperBound..<end])
    }

    /// Whether `actual` shows every line of `shown` in order, `…` standing for any lines.
    static func matches(_ shown: [String], _ actual: [String]) -> Bool {
        let segments = shown.split(omittingEmptySubsequences: false) { $0.trimmingCharacters(in: .whitespaces) == "…" }
        var position = 0
        for (index, segment) in segments.enumerated() where !segment.isEmpty {
            let count = segment.count
            guard
                let start = (position...max(position, actual.count - count)).first(where: {
                    $0 + count <= actual.count && Array(actual[$0..<$0 + count]) == Array(segment)
                })
            else { return false }
            if index == 0 && start != 0 { return false }
            position = start + count
        }
        return segments.count > 1 && segments.last!.isEmpty || position == actual.count
    }

    @Test func theReadmeShowsTranscripts() {
        #expect(Self.runs.count >= 9)
        #expect(Self.runs.contains { $0.words == ["quiz"] })
    }

    @Test func everyTranscriptIsWhatTheBinaryPrints() throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let folder = try Self.workspace(home: home)
        defer { folder.remove() }
        for run in Self.runs {
            #expect(run.words.first == "quiz")
            let words = try Self.expanded(run.words, in: folder)
            let raw =
                Self.typed(run.shown).isEmpty
                ? try Self.run(Array(words.dropFirst()), in: folder, home: home).output
                : try Self.runAtTerminal(Run(words: words, shown: run.shown), in: folder, home: home)
            let text = raw.replacingOccurrences(of: "\r", with: "")
                .replacingOccurrences(of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: "", options: .regularExpression)
                .replacingOccurrences(of: home, with: "/home/you")
            var lines = text.components(separatedBy: "\n")
            if lines.last == "" { lines.removeLast() }
            // Trailing spaces (after an empty answer's prompt) do not survive editors.
            func trimmed(_ lines: [String]) -> [String] {
                lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
            }
            #expect(
                Self.matches(trimmed(run.shown), trimmed(lines)),
                "\(run)\n--- shown:\n\(run.shown.joined(separator: "\n"))\n--- printed:\n\(text)")
        }
    }
}
