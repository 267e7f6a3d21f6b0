import Foundation
import TestSupport
import Testing

/// Scripted quizzes: answers in through a pipe, verdicts and the progress file out.
@Suite struct TakeCommandTests {
    func attempts(_ url: URL) throws -> [[String: Any]] {
        let contents = try ProgressOnDisk.read(url.path)
        #expect(contents.schemaVersion == 3)
        return contents.attempts
    }

    @Test func aScriptedQuizIsGradedAndSaved() throws {
        let folder = try TemporaryFolder("quiz-take")
        defer { folder.remove() }
        let progress = folder.file("progress.json")
        let result = try QuizBinary.run(
            ["take", "pakistan-palestine-israel", "--count", "3", "--seed", "11", "--progress", progress.path],
            input: "a\n:skip\nfalse\n")
        #expect(result.status == 0)
        #expect(result.output.contains("[1/3]"))
        #expect(result.output.contains("Quiz over"))
        // The path wraps only after a "/".
        #expect(result.output.replacingOccurrences(of: "\n", with: "").contains("Progress saved to \(progress.path)"))
        #expect(!result.output.contains("\u{1B}"), "no colour in a pipe")
        #expect(!result.output.contains("answer> "), "no prompt in a pipe")
        let saved = try attempts(progress)
        #expect(saved.count == 3)
        #expect(saved.map { $0["answer"] as? String } == ["a", "", "false"])
        #expect(saved[1]["outcome"] as? String == "skipped")
        for attempt in saved {
            for key in ["questionID", "facts", "bank", "answer", "outcome", "score", "responseSeconds", "time"] {
                #expect(attempt[key] != nil, "attempt lacks \(key)")
            }
        }
        for file in [progress.path, progress.path + "l"] {
            let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
    }

    @Test func anUnreadableAnswerIsAskedAgainAndAPipedAnswerIsRatedGoodNotEasy() throws {
        let folder = try TemporaryFolder("quiz-take")
        defer { folder.remove() }
        let progress = folder.file("progress.json")
        // Seed 5: a true/false question (false), a blank (East Jerusalem), then one of several
        // answers (b and c).
        let result = try QuizBinary.run(
            ["take", "pakistan-palestine-israel", "--count", "3", "--seed", "5", "--progress", progress.path],
            input: "1948\nflase\nEast Jerusalem\nz\nb c\n")
        #expect(result.status == 0)
        #expect(result.output.contains("Not read as an answer. Type true or false (t or f)."))
        #expect(result.output.contains("Not read as an answer. Type the letters of every right option"))
        #expect(!result.output.contains("The answer is False"), "asked again, not graded")
        let saved = try attempts(progress)
        #expect(saved.map { $0["answer"] as? String } == ["flase", "East Jerusalem", "b c"])
        #expect(saved.first?["outcome"] as? String == "correct")
        #expect(saved.allSatisfy { $0["timed"] as? Bool == false })
        // Right at once, but piped: rated good (FSRS's first stability for good is 2.3 days, for
        // easy 8.3).
        let memory = try ProgressOnDisk.read(progress.path).memory
        let first = try #require(saved.first?["facts"] as? [String]).first ?? ""
        let state = (memory["pakistan-palestine-israel/" + first] as? [String: Any])?["state"] as? [String: Any]
        let stability = try #require(state?["stability"] as? Double)
        #expect(stability < 3)
    }

    @Test func takeAsksExactlyWhatPreviewShows() throws {
        let folder = try TemporaryFolder("quiz-take")
        defer { folder.remove() }
        let progress = folder.file("progress.json")
        let preview = try QuizBinary.run([
            "preview", "pakistan-palestine-israel", "--count", "4", "--seed", "99", "--json",
        ])
        let ids = try (JSONSerialization.jsonObject(with: Data(preview.output.utf8)) as? [[String: Any]] ?? [])
            .compactMap { $0["id"] as? String }
        _ = try QuizBinary.run(
            ["take", "pakistan-palestine-israel", "--count", "4", "--seed", "99", "--progress", progress.path],
            input: ":skip\n:skip\n:skip\n:skip\n")
        #expect(try attempts(progress).compactMap { $0["questionID"] as? String } == ids)
    }

    @Test func endOfInputKeepsWhatWasAnswered() throws {
        let folder = try TemporaryFolder("quiz-take")
        defer { folder.remove() }
        let progress = folder.file("progress.json")
        let result = try QuizBinary.run(
            ["take", "pakistan-palestine-israel", "--count", "5", "--seed", "2", "--progress", progress.path],
            input: "zzz\n")
        #expect(result.status == 0)
        let flat = result.output.replacingOccurrences(of: "\n  ", with: " ")
        #expect(flat.contains("Right: 0 of 1 answered; 4 of 5 questions not answered"))
        #expect(try attempts(progress).count == 1)
    }

    @Test func answersAccumulateAcrossSessions() throws {
        let folder = try TemporaryFolder("quiz-take")
        defer { folder.remove() }
        let progress = folder.file("progress.json")
        for seed in ["1", "2"] {
            _ = try QuizBinary.run(
                ["take", "pakistan-palestine-israel", "--count", "2", "--seed", seed],
                environment: ["QUIZ_PROGRESS": progress.path],
                input: "a\nb\n")
        }
        #expect(try attempts(progress).count == 4)
    }

    @Test(arguments: ["{ not json", "[]", "{\"schemaVersion\": 1}", ""])
    func aDamagedProgressFileIsKeptAsideAndAScriptStops(_ contents: String) throws {
        let folder = try TemporaryFolder("quiz-take")
        defer { folder.remove() }
        let progress = folder.file("progress.json")
        try Data(contents.utf8).write(to: progress)
        let result = try QuizBinary.run(
            ["take", "pakistan-palestine-israel", "--count", "2", "--progress", progress.path], input: "a\nb\n")
        #expect(result.status == 1)
        #expect(result.errors.contains("the progress file was damaged; it is kept as"))
        let aside = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasPrefix("progress.json.damaged-")
        }
        #expect(aside.count == 1)
        let kept = try String(contentsOf: folder.file(aside[0]), encoding: .utf8)
        #expect(kept == contents)
    }

    @Test func aProgressFileFromANewerVersionIsRefusedAndLeftAlone() throws {
        let folder = try TemporaryFolder("quiz-take")
        defer { folder.remove() }
        let progress = folder.file("progress.json")
        let contents = "{\"schemaVersion\": 99, \"attempts\": []}"
        try Data(contents.utf8).write(to: progress)
        let result = try QuizBinary.run(
            ["take", "pakistan-palestine-israel", "--count", "2", "--progress", progress.path], input: "a\nb\n")
        #expect(result.status == 1)
        #expect(result.errors.contains("from a newer version of quiz (schema 99); it was left as it is"))
        #expect(try String(contentsOf: progress, encoding: .utf8) == contents)
    }

    @Test func retentionOutsideItsRangeIsAUsageError() throws {
        let result = try QuizBinary.run(["take", "pakistan-palestine-israel", "--retention", "1.5"])
        #expect(result.status == 2)
        #expect(result.errors.contains("--retention must be between 0.7 and 0.99"))
    }

    @Test func theMenuCanBeScriptedToo() throws {
        let folder = try TemporaryFolder("quiz-take")
        defer { folder.remove() }
        let progress = folder.file("progress.json")
        let result = try QuizBinary.run(
            ["--seed", "4", "--progress", progress.path], input: "pakistan-palestine-israel\n2\nnumeric\n250000\n50\n"
        )
        #expect(result.status == 0)
        #expect(result.output.contains("2 questions"))
        let saved = try attempts(progress)
        #expect(saved.count == 2)
        #expect(saved.allSatisfy { $0["kind"] as? String == "numeric" })
    }

    @Test func aCommandsWordWithoutItsColonIsNeitherGradedNorSaved() throws {
        let folder = try TemporaryFolder("quiz-take")
        defer { folder.remove() }
        let progress = folder.file("progress.json")
        // Seed 26: true or false, a short answer, then a choice.
        let result = try QuizBinary.run(
            ["take", "pakistan-palestine-israel", "--count", "3", "--seed", "26", "--progress", progress.path],
            input: "help\nf\nquit\nPervez Musharraf\nexit\nCzechoslovakia\n")
        #expect(result.status == 0)
        #expect(result.output.contains("Commands start with a colon: type :help for the commands (not graded)."))
        #expect(result.output.contains("Commands start with a colon: type :quit to leave (not graded)."))
        #expect(!result.output.contains("Not read as an answer"))
        #expect(!result.output.contains("✘ Incorrect"))
        #expect(try attempts(progress).map { $0["answer"] as? String } == ["f", "Pervez Musharraf", "Czechoslovakia"])
    }

    @Test func theMenuOffersOnlyTheBanksTypesAndAsksAgainForAnother() throws {
        let folder = try TemporaryFolder("quiz-take")
        defer { folder.remove() }
        let progress = folder.file("progress.json")
        let result = try QuizBinary.run(
            ["--seed", "4", "--progress", progress.path], environment: ["COLUMNS": "200"],
            input: "Black Hole\n\n2\nordering\nnumeric\n:quit\n")
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Did you mean 1. The Black Hole of Calcutta [black-hole-of-calcutta]?"))
        #expect(!result.output.contains("ordering,") && !result.output.contains(", ordering"))
        #expect(result.output.contains("The Black Hole of Calcutta has no questions of type ordering."))
        #expect(result.output.contains("The Black Hole of Calcutta: 1 question, all this bank has with these options"))
        #expect(result.output.contains("[1/1] ░░░░░░░░░░  numeric"))
        #expect(result.errors.isEmpty)
    }

    @Test func menuRejectsAnUnknownBankAndAsksAgain() throws {
        let result = try QuizBinary.run(
            [], environment: ["COLUMNS": "200"], input: "nowhere\npakistan-palestin-israel\n")
        #expect(result.output.contains("No bank 'nowhere'. Type its number (1–3) or its name"))
        #expect(
            result.output.contains(
                "Did you mean 2. Pakistan, the Palestinians and Israel [pakistan-palestine-israel]?"))
        #expect(result.status == 1)
    }
}

@Suite struct ConcurrentSessionTests {
    @Test func twoSessionsOnOneFileLoseNothing() throws {
        let folder = try TemporaryFolder("quiz-two")
        defer { folder.remove() }
        let progress = folder.file("progress.json").path
        // Passing is an answer to a question of any kind.
        let answers = String(repeating: ":skip\n", count: 10)
        var processes: [Process] = []
        for seed in ["1", "2", "3"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: QuizBinary.path)
            process.arguments = [
                "take", "pakistan-palestine-israel", "--count", "8", "--seed", seed, "--progress", progress,
            ]
            process.currentDirectoryURL = QuizBinary.repository
            let input = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            input.fileHandleForWriting.write(Data(answers.utf8))
            try input.fileHandleForWriting.close()
            processes.append(process)
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let contents = try ProgressOnDisk.read(progress)
        #expect(contents.attempts.count == 24)
        #expect(!contents.memory.isEmpty)
    }
}

@Suite struct ReviewCommandTests {
    @Test func reviewAsksWhatWasMissedAndListsIt() throws {
        let folder = try TemporaryFolder("quiz-review")
        defer { folder.remove() }
        let progress = folder.file("progress.json").path
        let nothing = try QuizBinary.run(["review", "pakistan-palestine-israel", "--progress", progress])
        #expect(nothing.output.contains("Nothing to review"))
        _ = try QuizBinary.run(
            // Seed 14: true/false (false), a name, a blank.
            ["take", "pakistan-palestine-israel", "--count", "3", "--seed", "14", "--progress", progress],
            input: "t\nzzz\nzzz\n")
        let list = try QuizBinary.run(["review", "pakistan-palestine-israel", "--list", "--progress", progress])
        #expect(list.status == 0)
        #expect(list.output.components(separatedBy: "Missed 1 time on this fact").count - 1 == 3)
        #expect(list.output.contains("you: zzz"))
        #expect(list.output.contains("you: t"))
        let missed = Set(try ProgressOnDisk.read(progress).attempts.flatMap { $0["facts"] as? [String] ?? [] })
        #expect(missed.count >= 3)
        // Passing is an answer to a question of any kind.
        let answers = String(repeating: ":skip\n", count: missed.count)
        let review = try QuizBinary.run(
            ["review", "pakistan-palestine-israel", "--progress", progress, "--seed", "1"], input: answers)
        #expect(review.status == 0)
        // One question may test two of the missed facts: the review asks one per question.
        let header = try #require(
            review.lines.first { $0.hasPrefix("Review of Pakistan, the Palestinians and Israel: ") })
        let asked = try #require(Int(header.split(separator: " ").dropLast(4).last ?? ""))
        #expect((3...missed.count).contains(asked))
        #expect(header.hasSuffix("\(asked) facts due or missed"))
        #expect(review.output.contains("[\(asked)/\(asked)]"))
    }
}

@Suite struct ReviewAcrossBanksTests {
    @Test func withNoBankEveryBankIsReviewedInTurnAndQuittingStops() throws {
        let folder = try TemporaryFolder("quiz-review-all")
        defer { folder.remove() }
        let progress = folder.file("progress.json").path
        for (bank, count) in [("treaty-of-wuchale", 2), ("black-hole-of-calcutta", 1)] {
            _ = try QuizBinary.run(
                ["take", bank, "--count", String(count), "--seed", "1", "--progress", progress],
                input: String(repeating: ":skip\n", count: count))
        }
        let list = try QuizBinary.run(["review", "--list", "--progress", progress])
        #expect(list.status == 0, "\(list.errors)")
        #expect(list.output.contains("The Black Hole of Calcutta:\n"))
        #expect(list.output.contains("\n\nThe Treaty of Wuchale:\n"))
        // Quitting the first bank's review stops there: the second is not started.
        let quit = try QuizBinary.run(["review", "--progress", progress, "--seed", "2"], input: ":quit\n")
        #expect(quit.status == 0)
        #expect(quit.output.contains("Review of The Black Hole of Calcutta: 1 fact due or missed"))
        #expect(!quit.output.contains("Review of The Treaty of Wuchale"))
        #expect(quit.output.contains("1 question was not reached") || quit.output.contains("Nothing answered."))
        // Answering all of it goes on to the next bank.
        let all = try QuizBinary.run(
            ["review", "--progress", progress, "--seed", "2"], input: String(repeating: ":skip\n", count: 3))
        #expect(all.output.contains("Review of The Black Hole of Calcutta: 1 fact due or missed"))
        #expect(all.output.contains("Review of The Treaty of Wuchale: 2 facts due or missed"))
        #expect(all.status == 0)
    }

    @Test func nothingAnywhereSaysSo() throws {
        let folder = try TemporaryFolder("quiz-review-none")
        defer { folder.remove() }
        let result = try QuizBinary.run(["review", "--progress", folder.file("p.json").path])
        #expect(result.status == 0)
        #expect(result.output == "Nothing to review: nothing is due and nothing was missed.\n")
    }
}

@Suite struct StatsCommandTests {
    @Test func statsShowTextAndJSON() throws {
        let folder = try TemporaryFolder("quiz-stats")
        defer { folder.remove() }
        let progress = folder.file("progress.json").path
        #expect(try QuizBinary.run(["stats", "--progress", progress]).output.contains("No answers yet"))
        _ = try QuizBinary.run(
            ["take", "pakistan-palestine-israel", "--count", "3", "--seed", "6", "--progress", progress],
            input: ":skip\n:skip\n:skip\n")
        let text = try QuizBinary.run(["stats", "--progress", progress])
        #expect(text.status == 0)
        #expect(text.output.contains("3 answers"))
        #expect(text.output.contains("Reviews due:"))
        let json = try QuizBinary.run(["stats", "--json", "--progress", progress])
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        #expect((object?["banks"] as? [[String: Any]])?.first?["attempts"] as? Int == 3)
        #expect((object?["dueForecast"] as? [Any])?.count == 7)
    }
}
