import Foundation
import TestSupport
import Testing

/// What a newcomer trips on first: mistyped commands, bank names and topics, quizzes smaller
/// than asked, a bank just written with `quiz new`, the start menu's messages.
@Suite struct FirstContactTests {
    @Test(arguments: [("tkae", "take"), ("stat", "stats"), ("previwe", "preview"), ("timline", "timeline")])
    func aMistypedCommandSuggestsTheRealOne(typed: String, meant: String) throws {
        let result = try QuizBinary.run([typed, "pakistan-palestine-israel"])
        #expect(result.status == 2)
        #expect(result.errors.hasPrefix("quiz: '\(typed)' is not a quiz command; did you mean '\(meant)'?\n"))
        #expect(
            result.errors.contains(
                "Commands: take, timeline, review, stats, analyze, banks, lint, preview, new, import, export, progress."
            ))
        #expect(!result.errors.contains("quiz start"))
    }

    @Test func aWordNothingLikeACommandListsTheCommands() throws {
        let result = try QuizBinary.run(["frobnicate"])
        #expect(result.status == 2)
        #expect(result.errors.hasPrefix("quiz: 'frobnicate' is not a quiz command.\nCommands: take,"))
    }

    @Test func aNegativeCountIsRefusedAsACount() throws {
        let result = try QuizBinary.run(["take", "pakistan-palestine-israel", "--count", "-3"])
        #expect(result.status == 2)
        #expect(result.errors.contains("--count must be at least 1"))
        #expect(!result.errors.contains("Missing value"))
    }

    @Test(arguments: ["take", "preview"])
    func anUnknownTopicIsNamedWithTheBanksTopics(command: String) throws {
        let folder = try TemporaryFolder("quiz-topic")
        defer { folder.remove() }
        let progress = command == "take" ? ["--progress", folder.file("p.json").path] : []
        let result = try QuizBinary.run(
            [command, "pakistan-palestine-israel", "--topic", "1948war"] + progress, input: "")
        #expect(result.status == 1)
        #expect(
            result.errors.hasPrefix(
                "quiz: Pakistan, the Palestinians and Israel has no topic '1948war' (did you mean '1948-war'?); its topics: 1948-war, "
            ))
        #expect(result.output.isEmpty)
        // Nothing was written for a quiz that never started.
        #expect(!FileManager.default.fileExists(atPath: folder.file("p.json").path))
    }

    @Test func askingForMoreThanABankHasSaysSo() throws {
        let folder = try TemporaryFolder("quiz-more")
        defer { folder.remove() }
        let result = try QuizBinary.run(
            ["take", "treaty-of-wuchale", "--count", "500", "--seed", "3", "--progress", folder.file("p.json").path],
            input: "")
        #expect(result.output.hasPrefix("The Treaty of Wuchale: "))
        // No options narrowed the choice: the bank has no more.
        #expect(result.output.contains(" questions, all this bank has (seed 3;"))
        let narrowed = try QuizBinary.run(
            [
                "take", "treaty-of-wuchale", "--count", "500", "--seed", "3", "--type", "ordering", "--progress",
                folder.file("p.json").path,
            ],
            input: "")
        #expect(narrowed.output.contains(" all this bank has with these options (seed 3;"))
        let asked = try QuizBinary.run(
            ["take", "treaty-of-wuchale", "--count", "2", "--seed", "3", "--progress", folder.file("p.json").path],
            input: "")
        #expect(asked.output.contains("The Treaty of Wuchale: 2 questions (seed 3;"))
    }

    @Test func aTypeTheBankDoesNotYieldIsAnError() throws {
        let result = try QuizBinary.run(["take", "black-hole-of-calcutta", "--type", "ordering"], input: "")
        #expect(result.status == 1)
        #expect(
            result.errors
                == "quiz: The Black Hole of Calcutta has no questions of type ordering; its types: multiple-choice, multiple-answer, true-false, short-answer, numeric, year, matching, cloze\n"
        )
    }

    @Test func aBankWrittenByNewIsFoundByName() throws {
        let folder = try TemporaryFolder("quiz-new")
        defer { folder.remove() }
        let made = try QuizBinary.run(["new", "mybank"], directory: folder.url)
        #expect(made.status == 0)
        #expect(made.output.contains("take it with 'quiz take mybank.yaml'"))
        let result = try QuizBinary.run(
            ["take", "mybank", "--count", "1", "--seed", "1", "--progress", folder.file("p.json").path],
            directory: folder.url, input: ":quit\n")
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("Mybank: 1 question (seed 1;"))
    }

    @Test(arguments: [
        ("pakistan", "pakistan-palestine-israel"), ("black-hole-of-calcuta", "black-hole-of-calcutta"),
        ("The Black Hole", "black-hole-of-calcutta"),  // a part of its title
        ("calcuta", "black-hole-of-calcutta"), ("wuchal", "treaty-of-wuchale"),  // a slip in one of its words
    ])
    func aPartOrASlipOfABanksNameSuggestsIt(typed: String, meant: String) throws {
        let result = try QuizBinary.run(["take", typed])
        #expect(result.status != 0)
        #expect(result.errors.contains("no bank file or bank named '\(typed)'; did you mean '\(meant)'?"))
    }

    @Test func banksListsTopicsAndTypes() throws {
        let result = try QuizBinary.run(["banks", "--topics"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        let bank = try #require(lines.firstIndex { $0.contains("[pakistan-palestine-israel]") })
        #expect(lines[bank + 1].hasPrefix("       topics: 1948-war, arab-israeli-wars,"))
        #expect(lines[bank + 2].hasPrefix("       types: multiple-choice,"))
        #expect(!lines[bank + 2].contains("ordering"))  // the seed bank yields none
        // Every type a quiz limited to it can ask, as the start menu offers them: the Black Hole's
        // short answers and blanks are kept in a quiz of their type, if not among all types.
        let blackHole = try #require(lines.firstIndex { $0.contains("[black-hole-of-calcutta]") })
        #expect(
            lines[blackHole + 2]
                == "       types: multiple-choice, multiple-answer, true-false, short-answer, numeric, year, matching, cloze"
        )
        let asked = try QuizBinary.run(["preview", "black-hole-of-calcutta", "--type", "short-answer", "--count", "1"])
        #expect(asked.output.hasPrefix("The Black Hole of Calcutta: 1 question"))
    }

    @Test func theMenuSuggestsATypeAndSaysWhenInputEnds() throws {
        let result = try QuizBinary.run([], environment: ["COLUMNS": "40"], input: "2\n3\nshort-an\n")
        #expect(result.output.contains("Types: multiple-choice,"))
        #expect(result.output.contains("Unknown type: short-an (did you mean"))
        // Every line of the menu fits the 40 columns, the greeting included.
        #expect(result.output.split(separator: "\n").allSatisfy { $0.count <= 40 }, "\(result.output)")
        #expect(result.status == 1)
        #expect(result.errors == "quiz: input ended in the start menu; no quiz was started\n")
    }
}

/// What `make install` generates from the command itself: shell completions.
@Suite struct CompletionTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func everyShellGetsCompletionsForTheRealCommands(shell: String) throws {
        let result = try QuizBinary.run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        for word in ["take", "review", "preview", "topic", "seed"] {
            #expect(result.output.contains(word), "\(shell): \(word)")
        }
    }
}
