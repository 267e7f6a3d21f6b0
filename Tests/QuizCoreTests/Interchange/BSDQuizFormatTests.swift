import Foundation
import TestSupport
import Testing

@testable import QuizCore

@Suite struct BSDQuizFormatTests {
    @Test(arguments: [
        ("{G{eorge} }Washington", ["G Washington", "George Washington", "Washington"], "George Washington"),
        ("Hen[ry|] [I|1]", ["Hen 1", "Hen I", "Henry 1", "Henry I"], "Henry I"),
        ("1801-{{18}0}9", ["1801-09", "1801-1809", "1801-9"], "1801-1809"),
        ("a|b", ["a", "b"], "a"),
        ("x\\:y", ["x:y"], "x:y"),
    ])
    func patternsExpandToEveryForm(_ pattern: String, _ forms: [String], _ full: String) throws {
        let parsed = try BSDQuizFormat.parse(pattern)
        #expect(Set(parsed.expansions()) == Set(forms))
        #expect(parsed.full == full)
    }

    @Test func rowsBecomeItemsAndEveryColumnIsAskedFromEveryOther() throws {
        let text = try String(contentsOf: Repository.url("Tests/QuizCoreTests/Fixtures/BSD/rulers"), encoding: .utf8)
        let (record, diagnostics) = BSDQuizFormat.read(
            text, index: "/x/rulers:sov{ereign}:year:succ{essor}", sourceTitle: "t")
        #expect(diagnostics.isEmpty)
        #expect(
            record.entities.map(\.name) == [
                "William I", "William II", "Henry I", "Stephen of Blois", "Richard [the] Lionheart",
            ])
        #expect(record.questions.count == 5 * 6)
        let successor = record.questions.first { $0.prompt == "What is the successor for Henry I (sovereign)?" }
        #expect(successor?.answer == .text("Stephen", accepted: []))
        let sovereign = record.questions.first { $0.prompt == "What is the sovereign for 1066 (year)?" }
        guard case .text(let answer, let accepted)? = sovereign?.answer else {
            Issue.record("no question")
            return
        }
        #expect(answer == "William I")
        #expect(Set(accepted).isSuperset(of: ["Wm I", "William 1", "William the Conqueror", "Wm the Conqueror"]))
        #expect(Set(record.questions.flatMap(\.tests)).isSubset(of: Set(record.entities.map(\.id))))
        let yaml = BankWriter.yaml(record)
        #expect(BankLoader.load(Array(yaml.utf8), format: .yaml, path: "r.yaml").diagnostics.map(\.description) == [])
    }

    /// The presidents table's rows for Cheney and Obama, as bsdgames ships them.
    static let presidents = """
        {G{eorge} }{W{alker} }Bush{{,} J{unio}r}:2001-{{20}0}9:\\
        {R{ichard} }{B{ruce} }Cheney:{B{arack} }{H{ussein} }Obama{ II}
        {B{arack} }{H{ussein} }Obama{ II}:2009-:\\
        {J{oe{seph}} }{R{obinette} }{Biden}{{,} J{unio}r}:
        """

    @Test func everyFormAPatternAllowsIsRightThroughTheWrittenBank() throws {
        let (imported, diagnostics) = BSDQuizFormat.read(
            Self.presidents, index: "pres{ident}:term:vice:succ{essor}", sourceTitle: "t")
        #expect(!diagnostics.hasErrors)
        // Written as a bank and read back, as `quiz import` does.
        let record = try #require(
            BankLoader.load(Array(BankWriter.yaml(imported).utf8), format: .yaml, path: "p.yaml").record)
        let questions = QuestionGenerator(record: record, options: GenerationOptions(count: nil)).questions(seed: 1)
        let vice = try #require(
            questions.first { $0.prompt == "What is the vice for Barack Hussein Obama II (president)?" })
        #expect(!vice.patterns.isEmpty)
        let grader = AnswerGrader(record: record)
        for form in ["Biden", "Biden Jr", "Joe Biden", "Joe R. Biden, Jr.", "J. R. Biden", "joeseph biden junior"] {
            #expect(grader.grade(form, for: vice).isCorrect, "\(form)")
        }
        for wrong in ["Cheney", "Obama", "Bush", "Biden Sr"] {
            #expect(!grader.grade(wrong, for: vice).isCorrect, "\(wrong)")
        }
    }

    @Test func aBadRowIsSkippedWithAWarningNamingItsLine() {
        let (record, diagnostics) = BSDQuizFormat.read(
            "ok:fine\nbad[one:two\n3-201:transfer: right to indorsement\nlast:row\n", index: "a:b", sourceTitle: "t")
        #expect(
            diagnostics.map { "\($0.location): \($0.severity.rawValue): \($0.message)" } == [
                "2:4: warning: this row is skipped: a '[' is never closed by ']'",
                "3:1: warning: this row is skipped: it has 3 columns; the index line names 2 (a ':' inside a cell is written '\\:')",
            ])
        #expect(!diagnostics.hasErrors)
        #expect(record.entities.map(\.name) == ["ok", "last"])
    }

    @Test(arguments: [
        ("T'\u{8}orshavn", "Tórshavn"), ("To\u{8}'rshavn", "Tórshavn"), ("C^\u{8}ote d'Ivoire", "Côte d'Ivoire"),
        ("Bogot'\u{8}a", "Bogotá"), ("Mo,\u{8}cambique", "Moçambique"), ("S~\u{8}ao Tom'\u{8}e", "São Tomé"),
        ("K/\u{8}obenhavn", "København"), ("\u{B0}\u{8}Aland", "Åland"), ("Chi,\u{8}sinau", "Chişinau"),
        ("M\"\u{8}unchen", "München"), ("Mu\u{8}\"nchen", "München"), ("x\u{8}?y", "xy"),
        ("bell\u{7}\u{1B}[2J", "bell[2J"),
    ])
    func overstrikesAreTheLettersTheyStandFor(_ row: String, _ read: String) {
        #expect(BSDQuizFormat.overstruck(row) == read)
    }

    @Test func theTablesAccentedRowsImportAsLetters() throws {
        let text = try String(
            contentsOf: Repository.url("Tests/QuizCoreTests/Fixtures/BSD/capitals"), encoding: .utf8)
        let (record, diagnostics) = BSDQuizFormat.read(text, index: "nation:cap{ital}", sourceTitle: "t")
        #expect(diagnostics.map { "\($0.location.line): \($0.severity.rawValue)" } == ["6: warning"])
        #expect(record.entities.map(\.name) == ["Faroe Islands", "Côte d'Ivoire", "Colombia", "Denmark", "Réunion"])
        let capital = record.questions.first { $0.prompt == "What is the capital for Faroe Islands (nation)?" }
        #expect(capital?.answer == .text("Tórshavn", accepted: ["Torshavn"]))
        #expect(record.entities[1].aliases == ["Cote d'Ivoire"])
        let texts = record.questions.flatMap { question -> [String] in
            guard case .text(let answer, let accepted) = question.answer else { return [question.prompt] }
            return [question.prompt, answer] + accepted
        }
        #expect(!texts.contains { $0.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } })
    }

    /// Every table bsdgames installs, when it is installed: none refused, no control character
    /// left. Without bsdgames, the fixture written in their style stands in.
    @Test func everyInstalledTableImportsWithoutControlCharacters() throws {
        let folder = "/usr/share/games/bsdgames/quiz"
        let index = (try? String(contentsOfFile: folder + "/index", encoding: .utf8)) ?? ""
        var lines = index.split(separator: "\n").map(String.init)
        if lines.isEmpty {
            lines = [Repository.url("Tests/QuizCoreTests/Fixtures/BSD/capitals").path + ":nation:cap{ital}"]
        }
        for line in lines {
            let path = String(line.prefix { $0 != ":" })
            let name = path.split(separator: "/").last.map(String.init) ?? path
            let local = FileManager.default.fileExists(atPath: path) ? path : folder + "/" + name
            guard let text = try? String(contentsOfFile: local, encoding: .utf8) else { continue }
            let (record, diagnostics) = BSDQuizFormat.read(text, index: line, sourceTitle: "t")
            #expect(!diagnostics.hasErrors, "\(name)")
            #expect(!record.entities.isEmpty, "\(name)")
            let yaml = BankWriter.yaml(record)
            #expect(!yaml.contains("\\u0008"), "\(name)")
        }
    }

    @Test func theRealPresidentsTableImportsWhenBSDGamesIsInstalled() throws {
        let folder = "/usr/share/games/bsdgames/quiz"
        let path =
            FileManager.default.fileExists(atPath: folder + "/pres")
            ? folder + "/pres" : Repository.url("Tests/QuizCoreTests/Fixtures/BSD/rulers").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let index = path.hasSuffix("pres") ? "pres{ident}:term:vice:succ{essor}" : "sov{ereign}:year:succ{essor}"
        let (record, diagnostics) = BSDQuizFormat.read(text, index: index, sourceTitle: "t")
        #expect(!diagnostics.hasErrors)
        #expect(record.entities.count >= 5)
        let loaded = BankLoader.load(Array(BankWriter.yaml(record).utf8), format: .yaml, path: "p.yaml")
        #expect(loaded.record != nil)
        let questions = QuestionGenerator(record: loaded.record!, options: GenerationOptions(count: 10)).questions(
            seed: 1)
        #expect(questions.count == 10)
    }
}
