import Foundation
import TestSupport
import Testing

@Suite struct LintCommandTests {
    @Test func bundledBanksLintClean() throws {
        let result = try QuizBinary.run(["lint", "QuestionBanks/"])
        #expect(result.status == 0)
        #expect(result.errors == "")
        #expect(result.lines.count >= 1)
        #expect(result.lines.allSatisfy { $0.contains(": ok: ") || $0.hasSuffix("0 errors, 0 warnings") })
    }

    @Test func questionsShowsWhatTheCriticDroppedAndWhy() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quiz-lintq-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Pakistan is in every item, so a blank on it is trivial; the rifles' country is fair game.
        let bank = """
            title: Arms
            sources: [{id: s, title: A text}]
            entities:
              - {id: pk, kind: country, role: state, name: Pakistan}
              - {id: cz, kind: country, role: state, name: Czechoslovakia}
              - {id: jo, kind: country, role: state, name: Jordan}
              - {id: sy, kind: country, role: state, name: Syria}
            events:
              - {id: rifles, summary: Pakistan purchased rifles in Czechoslovakia., actors: [{entity: pk, role: buyer}], place: cz}
              - {id: aid, summary: Pakistan sent aid to Jordan., actors: [{entity: pk, role: donor}, {entity: jo, role: recipient}]}
              - {id: talks, summary: Pakistan held talks with Syria., actors: [{entity: pk, role: host}, {entity: sy, role: guest}]}
            questions:
              - {id: q1, type: short-answer, prompt: Where did Pakistan purchase rifles?, answer: Czechoslovakia, tests: [rifles]}
              - {id: q2, type: short-answer, prompt: Pakistan bought rifles in Czechoslovakia. Who bought them?, answer: Pakistan, tests: [rifles]}

            """
        try Data(bank.utf8).write(to: folder.appendingPathComponent("arms.yaml"))
        let result = try QuizBinary.run(["lint", "--questions", "arms.yaml"], directory: folder)
        #expect(result.status == 0)
        #expect(result.lines.first == "arms.yaml: ok: 1 source, 4 entities, 3 events, 0 statements, 2 questions")
        #expect(result.output.contains("arms.yaml: rejected: g.event-who.rifles.pk [multiple-choice]"))
        #expect(result.output.contains("    - trivial: the answer, Pakistan, is named in most of the record"))
        #expect(result.output.contains("arms.yaml: flagged: q2 [short-answer]"))
        #expect(
            result.output.contains(
                "    - leak: this one's prompt and explanation (the “Why” shown after answering) print the answer to q1, Czechoslovakia"
            ))
        let summary = try #require(result.lines.last)
        #expect(summary.hasPrefix("arms.yaml: questions: "))
        #expect(summary.contains("(1 flagged)"))
        #expect(summary.contains("trivial"))
        // Without the flag, nothing about questions.
        let plain = try QuizBinary.run(["lint", "arms.yaml"], directory: folder)
        #expect(plain.lines == [result.lines.first!])
    }

    @Test func brokenBankExitsOneWithPositions() throws {
        let fixture = "Tests/QuizCoreTests/Fixtures/Broken/invalid-dates.yaml"
        let result = try QuizBinary.run(["lint", fixture])
        #expect(result.status == 1)
        #expect(
            result.lines.first
                == "\(fixture):7:11: error: invalid date in event 'e1': '1948-13': month 13 is not 01–12 (or a season 21–24)"
        )
        #expect(result.lines.last == "\(fixture): 6 errors: 1 source, 0 entities, 6 events, 0 statements, 0 questions")
    }

    @Test func severalFilesGetATotal() throws {
        let result = try QuizBinary.run([
            "lint", "QuestionBanks/pakistan-palestine-israel.yaml", "Tests/QuizCoreTests/Fixtures/Broken/bad-ids.yaml",
        ])
        #expect(result.status == 1)
        #expect(result.lines.last == "2 files checked: 2 errors, 0 warnings")
    }

    @Test(arguments: [[], ["--no-such-flag", "x"]])
    func usageErrorsExitTwo(_ arguments: [String]) throws {
        let result = try QuizBinary.run(["lint"] + arguments)
        #expect(result.status == 2)
        #expect(result.errors.contains("Usage: quiz lint"))
    }

    @Test func missingFileExitsTwo() throws {
        let result = try QuizBinary.run(["lint", "no/such/bank.yaml"])
        #expect(result.status == 2)
        #expect(result.errors == "quiz: no/such/bank.yaml: no such file or folder\n")
    }

    @Test func hostileBankCannotWriteEscapesToTheTerminal() throws {
        let folder = try TemporaryFolder("quiz-cli")
        defer { folder.remove() }
        let bank = folder.file("evil.yaml")
        try Data("title: \"\\e]52;c;aGk=\\a\"\nsources: [{id: \"\\e[2J\", title: x}]\n".utf8).write(to: bank)
        let result = try QuizBinary.run(["lint", bank.path])
        #expect(result.status == 1)
        #expect(!result.output.contains("\u{1B}"))
        #expect(result.output.contains("id '\\u{1B}[2J' should be lower-case"))
    }

    @Test func binaryFileFailsCleanly() throws {
        let result = try QuizBinary.run(["lint", QuizBinary.path])
        #expect(result.status == 1)
        #expect(
            result.output.contains("not a bank: it contains a NUL byte") || result.output.contains("not valid UTF-8"))
    }
}

@Suite struct NewCommandTests {
    @Test func theSkeletonLintsCleanAndYieldsEveryKindOfQuestion() throws {
        let folder = try TemporaryFolder("quiz-new")
        defer { folder.remove() }
        let made = try QuizBinary.run(["new", "world-history", "--title", "World \"history\""], directory: folder.url)
        #expect(made.status == 0)
        let path = folder.file("world-history.yaml").path
        let lint = try QuizBinary.run(["lint", path])
        #expect(lint.status == 0)
        #expect(lint.lines.count == 1)
        let preview = try QuizBinary.run(["preview", path, "--all", "--json", "--seed", "1"])
        let array = try JSONSerialization.jsonObject(with: Data(preview.output.utf8)) as? [[String: Any]] ?? []
        #expect(Set(array.compactMap { $0["type"] as? String }).count == 9)
        #expect(array.filter { $0["template"] as? String == "authored" }.count == 9)
        let again = try QuizBinary.run(["new", "world-history"], directory: folder.url)
        #expect(again.status == 1)
        #expect(again.errors == "quiz: world-history.yaml already exists; it was left as it is\n")
    }

    /// The skeleton is an example to copy: its own questions pass the critic.
    @Test func theSkeletonsQuestionsAreNeitherFlaggedNorRejected() throws {
        let folder = try TemporaryFolder("quiz-new")
        defer { folder.remove() }
        #expect(try QuizBinary.run(["new", "bank"], directory: folder.url).status == 0)
        let lint = try QuizBinary.run(["lint", "--questions", "bank.yaml"], directory: folder.url)
        #expect(lint.status == 0)
        #expect(!lint.output.contains("bank.yaml: flagged: "))
        #expect(!lint.output.contains("bank.yaml: rejected: q-"))
        #expect(lint.lines.last?.hasPrefix("bank.yaml: questions: ") == true)
        #expect(lint.lines.last?.contains(" kept (0 flagged), ") == true)
    }

    /// A path that needs quoting is quoted in the commands printed, the text is wrapped to the
    /// terminal's width, and the title keeps short words in lower case.
    @Test func whatNewPrintsCanBeCopiedAndIsWrapped() throws {
        let folder = try TemporaryFolder("quiz-new")
        defer { folder.remove() }
        let made = try QuizBinary.run(
            ["new", "The fall of Rome"], environment: ["COLUMNS": "50"], directory: folder.url)
        #expect(made.status == 0)
        #expect(made.lines.count > 2)
        #expect(made.lines.allSatisfy { $0.count <= 50 }, "\(made.lines)")
        let text = made.lines.joined(separator: " ")
        #expect(text.hasPrefix("Wrote The fall of Rome.yaml. Check it with 'quiz lint \"The fall of Rome.yaml\"',"))
        #expect(text.contains("'quiz take \"The fall of Rome.yaml\"'."))
        let written = try String(contentsOf: folder.file("The fall of Rome.yaml"), encoding: .utf8)
        #expect(written.contains("title: \"The Fall of Rome\""))
        // The command as printed runs in a shell.
        let lint = try ChildProcess.run(
            "/bin/sh", ["-c", "\"$0\" lint \"The fall of Rome.yaml\"", QuizBinary.path], directory: folder.url)
        #expect(lint.status == 0, "\(lint.errors)")
    }
}

@Suite struct ImportExportCommandTests {
    @Test func aBankExportedToAikenImportsBackClean() throws {
        let folder = try TemporaryFolder("quiz-io")
        defer { folder.remove() }
        let aiken = folder.file("seed.aiken").path
        let bank = folder.file("seed.yaml").path
        let exported = try QuizBinary.run(["export", "--to", "aiken", "pakistan-palestine-israel", "-o", aiken])
        #expect(exported.status == 0)
        let imported = try QuizBinary.run(["import", "--from", "aiken", aiken, "-o", bank])
        #expect(imported.status == 0)
        let lint = try QuizBinary.run(["lint", bank])
        #expect(lint.status == 0)
        #expect(lint.output.contains("ok: 1 source"))
        let quiz = try QuizBinary.run(
            ["take", bank, "--count", "2", "--seed", "1", "--progress", folder.file("p.json").path],
            input: "a\nb\n")
        #expect(quiz.status == 0)
    }

    @Test func importErrorsNameTheSourceLine() throws {
        let folder = try TemporaryFolder("quiz-io")
        defer { folder.remove() }
        let csv = folder.file("cards.csv")
        try Data("term,answer\nfine,yes\nlonely,\n".utf8).write(to: csv)
        let result = try QuizBinary.run(["import", "--from", "csv", csv.path])
        #expect(result.status == 1)
        #expect(result.errors == "\(csv.path):3:1: error: the term 'lonely' has no answer\n")
        #expect(result.output.isEmpty)
    }
}
