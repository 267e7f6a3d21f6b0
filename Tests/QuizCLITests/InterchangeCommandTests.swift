import Foundation
import TestSupport
import Testing

/// `quiz import` and `quiz export` through the binary: round trips that give the same file,
/// what an import refuses to overwrite, and what an export chooses.
@Suite struct InterchangeCommandTests {
    static let banks = ["black-hole-of-calcutta", "pakistan-palestine-israel", "treaty-of-wuchale"]

    /// Exports `bank`, imports the export, exports the import: both exports.
    static func trip(_ bank: String, format: String, in folder: TemporaryFolder) throws -> (String, String) {
        let first = try QuizBinary.run(["export", "--to", format, bank])
        #expect(first.status == 0, "\(first.errors)")
        let exported = try folder.write("\(bank).\(format)", first.output)
        let imported = folder.file("\(bank)-\(format).yaml").path
        let result = try QuizBinary.run(["import", "--from", format, exported, "-o", imported])
        #expect(result.status == 0, "\(result.errors)")
        let second = try QuizBinary.run(["export", "--to", format, imported])
        #expect(second.status == 0, "\(second.errors)")
        return (first.output, second.output)
    }

    /// Imports a GIFT file into a bank and takes a quiz of all its questions: the bank's path
    /// and the quiz's run.
    static func importAndTake(_ gift: String, answers: [String], in folder: TemporaryFolder) throws -> (
        String, QuizBinary.Result
    ) {
        let file = try folder.write("questions.gift", gift)
        let bank = folder.file("questions.yaml").path
        #expect(try QuizBinary.run(["import", "--from", "gift", file, "-o", bank]).status == 0)
        let quiz = try QuizBinary.run(
            ["take", bank, "--count", "\(answers.count)", "--seed", "1", "--progress", folder.file("p.json").path],
            input: answers.map { $0 + "\n" }.joined())
        #expect(quiz.status == 0, "\(quiz.errors)")
        return (bank, quiz)
    }

    @Test(arguments: banks)
    func giftExportImportExportIsByteIdentical(_ bank: String) throws {
        let folder = try TemporaryFolder("quiz-trip")
        defer { folder.remove() }
        let (first, second) = try Self.trip(bank, format: "gift", in: folder)
        #expect(!first.isEmpty && first == second)
        #expect(!first.contains("gift-"), "no prefix is added to the ids")
        #expect(try QuizBinary.run(["export", "--to", "gift", bank]).output == first, "the export is deterministic")
    }

    @Test(arguments: banks)
    func timelineExportImportExportIsByteIdentical(_ bank: String) throws {
        let folder = try TemporaryFolder("quiz-trip")
        defer { folder.remove() }
        let (first, second) = try Self.trip(bank, format: "timeline", in: folder)
        #expect(first.contains("\"unique_id\"") && first == second)
        #expect(!first.contains("\"tl-") && !first.contains("\"group-"))
    }

    @Test func aTimelinesGroupsAreTopicsAfterTheImport() throws {
        let folder = try TemporaryFolder("quiz-timeline")
        defer { folder.remove() }
        let json = """
            {"title": {"text": {"headline": "Wars"}}, "events": [
              {"start_date": {"year": 1948, "month": 5, "day": 15}, "text": {"headline": "The Arab armies cross the border."}, "group": "1948-war", "unique_id": "invasion"},
              {"start_date": {"year": 1949}, "text": {"headline": "The armistice agreements are signed."}, "group": "1948-war", "unique_id": "armistice"},
              {"start_date": {"year": 1956}, "text": {"headline": "Israel, Britain and France attack Egypt."}, "group": "suez", "unique_id": "suez.crisis"}
            ]}
            """
        let file = try folder.write("wars.json", json)
        let bank = folder.file("wars.yaml").path
        #expect(try QuizBinary.run(["import", "--from", "timeline", file, "-o", bank]).status == 0)
        let preview = try QuizBinary.run(["preview", bank, "--topic", "1948-war", "--all", "--json"])
        #expect(preview.status == 0, "\(preview.errors)")
        let questions = try JSONSerialization.jsonObject(with: Data(preview.output.utf8)) as? [[String: Any]] ?? []
        let ids = Set(questions.compactMap { $0["id"] as? String })
        #expect(ids.isSuperset(of: ["g.event-year.invasion", "g.event-year.armistice"]))
        #expect(!ids.contains("g.event-year.suez.crisis"))
    }

    @Test func importRefusesToOverwriteUnlessForced() throws {
        let folder = try TemporaryFolder("quiz-import")
        defer { folder.remove() }
        let gift = try folder.write("q.gift", "// [id:q1]\nIn what year did the Wall fall? {#1989}\n")
        let bank = try folder.write("bank.yaml", "title: mine\n")
        let refused = try QuizBinary.run(["import", "--from", "gift", gift, "-o", bank])
        #expect(refused.status == 1)
        #expect(refused.errors == "quiz: \(bank) already exists; it was left as it is (--force replaces it)\n")
        #expect(try String(contentsOfFile: bank, encoding: .utf8) == "title: mine\n")
        let forced = try QuizBinary.run(["import", "--from", "gift", gift, "-o", bank, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: bank, encoding: .utf8).contains("id: \"q1\""))
    }

    @Test func anImportedYearShowsAsAYearAndAWrongNumberBlamesNoText() throws {
        let folder = try TemporaryFolder("quiz-numbers")
        defer { folder.remove() }
        let (bank, quiz) = try Self.importAndTake(
            "// [id:wall]\nIn what year did the Wall fall? {#1989}\n\n// [id:count]\nHow many gates? {#=14:0}\n",
            answers: ["1990", "1990"], in: folder)
        #expect(quiz.output.contains("The answer is 1989."))
        #expect(!quiz.output.contains("1,989"))
        #expect(quiz.output.contains("Incorrect: not the right number. The answer is 14."))
        #expect(!quiz.output.contains("the text gives"))
        #expect(!quiz.output.contains("Why:"), "no explanation, no empty Why: line")
        let preview = try QuizBinary.run(["preview", bank, "--all"])
        #expect(preview.output.contains("Answer: 1989\n"))
        #expect(!preview.output.contains("Why:"))
    }

    @Test func theAccentedRowsOfABSDTableReadAsLettersAndABadRowIsSkipped() throws {
        let table = Repository.url("Tests/QuizCoreTests/Fixtures/BSD/capitals").path
        let result = try QuizBinary.run(["import", "--from", "bsd", table, "--columns", "nation:cap{ital}"])
        #expect(result.status == 0)
        #expect(
            result.errors
                == "\(table):6:1: warning: this row is skipped: it has 3 columns; the index line names 2 (a ':' inside a cell is written '\\:')\n"
        )
        #expect(result.output.contains("answer: \"Tórshavn\""))
        #expect(result.output.contains("name: \"Côte d'Ivoire\""))
        #expect(!result.output.contains("\\b") && !result.output.contains("\\u0008"))
    }

    @Test func exportChoosesAsTakeDoes() throws {
        let anki = try QuizBinary.run(
            ["export", "--to", "anki", "pakistan-palestine-israel", "--count", "4", "--seed", "3"])
        #expect(anki.status == 0, "\(anki.errors)")
        let ids = anki.lines.filter { !$0.hasPrefix("#") }.map { String($0.prefix { $0 != "\t" }) }
        let preview = try QuizBinary.run([
            "preview", "pakistan-palestine-israel", "--count", "4", "--seed", "3", "--json",
        ])
        let questions = try JSONSerialization.jsonObject(with: Data(preview.output.utf8)) as? [[String: Any]] ?? []
        #expect(ids.count == 4 && ids == questions.compactMap { $0["id"] as? String })
        let typed = try QuizBinary.run(
            ["export", "--to", "anki", "pakistan-palestine-israel", "--type", "multiple-choice", "--topic", "1948-war"])
        let notes = typed.lines.filter { !$0.hasPrefix("#") }
        #expect(!notes.isEmpty)
        #expect(notes.allSatisfy { $0.hasSuffix("quiz::multiple-choice") && $0.contains("\t1948-war ") })
        let bogus = try QuizBinary.run(["export", "--to", "gift", "pakistan-palestine-israel", "--topic", "1948-wars"])
        #expect(bogus.status == 1)
        #expect(bogus.errors.contains("has no topic '1948-wars' (did you mean '1948-war'?)"))
        let none = try QuizBinary.run(
            ["export", "--to", "gift", "pakistan-palestine-israel", "--topic", "war-in-beirut", "--type", "matching"])
        #expect(none.status == 1)
        #expect(none.errors == "quiz: no questions to export (check --type and --topic)\n")
    }

    @Test func exportHelpListsEveryFormat() throws {
        let help = try QuizBinary.run(["export", "--help"])
        for format in [
            "gift", "aiken", "markdown", "anki", "timeline", "GIFT", "--count", "--type", "--topic", "--seed",
        ] {
            #expect(help.output.contains(format), "\(format)")
        }
    }

    @Test(arguments: ["gift", "aiken", "markdown", "anki", "timeline"])
    func anExportShowsNoControlCharacterRaw(_ format: String) throws {
        let folder = try TemporaryFolder("quiz-export")
        defer { folder.remove() }
        let bank = try folder.write(
            "hostile.yaml",
            """
            title: "Hostile \\e[2J"
            sources:
              - {id: s, title: "A \\x9b31m source"}
            events:
              - {id: e, date: "1948", summary: "It happened \\u202E here.", tags: ["t\\a"]}
            questions:
              - {id: q, type: multiple-choice, prompt: "Which \\e]0;x\\a one?", choices: ["a\\r\\nb", "c"], answer: c}
            """)
        let result = try QuizBinary.run(["export", "--to", format, bank])
        #expect(result.status == 0, "\(result.errors)")
        let raw = (result.output + result.errors).unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}"
        }
        #expect(raw.isEmpty)
    }

    @Test func worksheetsAndNotesKeepTheirShape() throws {
        let folder = try TemporaryFolder("quiz-worksheet")
        defer { folder.remove() }
        let bank = try folder.write(
            "sheet.yaml",
            """
            title: Sheet
            sources:
              - {id: s, title: A source}
            questions:
              - id: q1
                type: multiple-answer
                prompt: "Line one\\r\\nline two"
                choices: ["Leave as soon as possible.", "Stay put.", "Wait"]
                answers: ["Leave as soon as possible.", "Stay put."]
            """)
        let anki = try QuizBinary.run(["export", "--to", "anki", bank])
        #expect(anki.status == 0, "\(anki.errors)")
        #expect(anki.lines.count == 8, "seven headers and one note")
        #expect(!anki.output.contains("\r") && !anki.output.contains("<i></i>"))
        #expect(anki.lines.last?.hasPrefix("q1\tLine one<br>line two<br>a) ") == true)
        let markdown = try QuizBinary.run(["export", "--to", "markdown", bank])
        #expect(markdown.output.contains("1. Line one line two\n"))
        #expect(markdown.output.contains(". b) ") && !markdown.output.contains(".;"))
    }

    @Test func markdownTextReachesTheLearnerPlain() throws {
        let folder = try TemporaryFolder("quiz-markdown")
        defer { folder.remove() }
        let (_, quiz) = try Self.importAndTake(
            "// [id:signed]\n[markdown]Who signed the **treaty**? {=*Menelik II* ~Antonelli####See *article 17*.}\n",
            answers: ["a"], in: folder)
        #expect(quiz.output.contains("Who signed the treaty?") && quiz.output.contains("Menelik II"))
        #expect(quiz.output.contains("See article 17."))
        #expect(!quiz.output.contains("*"))
    }
}
