import Foundation
import TestSupport
import Testing

@testable import QuizCore
@testable import QuizTerminal

/// The start menu, driven in-process with the bundled banks: 1. The Black Hole of Calcutta,
/// 2. Pakistan, the Palestinians and Israel, 3. The Treaty of Wuchale.
@Suite struct REPLMenuTests {
    static let listing = BankListing.make(folders: [Repository.url("QuestionBanks").path])

    struct Run {
        var choice: REPL.Choice?
        var text: String
        var reader: ScriptedLineReader
        var endedInMenu: Bool
        var bank: String? { choice.map { REPL.name(of: $0.entry.path) } }
    }

    func menu(_ lines: [String], defaultKinds: Set<Question.Kind> = []) -> Run {
        let reader = ScriptedLineReader(lines)
        var written: [String] = []
        let repl = REPL(reader: reader, renderer: Renderer(color: false, width: 200), write: { written.append($0) })
        let choice = repl.menu(Self.listing, defaultCount: 10, defaultKinds: defaultKinds)
        return Run(
            choice: choice, text: written.joined(separator: "\n"), reader: reader, endedInMenu: repl.inputEndedInMenu)
    }

    @Test func onlyTheTypesTheBankHasAreOfferedAndAnotherIsAskedAgain() throws {
        let run = menu(["1", "3", "ordering", "ordering numeric", "numeric"])
        let record = Self.listing.banks[0].record
        let offered = QuestionGenerator.kinds(in: record)
        #expect(!offered.contains(.ordering) && offered.contains(.numeric))
        #expect(run.text.contains("\n  Types: \(offered.map(\.rawValue).joined(separator: ", ")).\n"))
        // Asked again each time: the type alone, and among others.
        let refusal =
            "The Black Hole of Calcutta has no questions of type ordering. Type one or more of the types above, or press Enter for all."
        #expect(run.text.components(separatedBy: refusal).count == 3)
        let choice = try #require(run.choice)
        #expect(choice.count == 3 && choice.kinds == [.numeric])
        // Tab completes only the types offered.
        #expect(run.reader.reads.last?.completions == offered.map(\.rawValue))
    }

    @Test func theTypesAskedForOnTheCommandLineAreTheDefaultWhereTheBankHasThem() throws {
        let run = menu(["1", "", ""], defaultKinds: [.ordering, .numeric])
        #expect(run.text.contains("(It has no questions of type ordering.)"))
        #expect(run.reader.reads.last?.prompt == "Which types? [numeric]> ")
        #expect(try #require(run.choice).kinds == [.numeric])
    }

    @Test(arguments: [
        ("Pakistan", 2, "pakistan-palestine-israel"),  // a part of a name
        ("The Treaty of Wuchale", 3, "treaty-of-wuchale"),  // a title
        ("black-hole-of-calcuta", 1, "black-hole-of-calcutta"),  // a slip
    ])
    func aBankIsFoundAsQuizTakeFindsItAndOfferedToConfirm(_ typed: String, number: Int, name: String) throws {
        let title = Self.listing.banks[number - 1].record.title
        let taken = menu([typed, "", "", ""])
        #expect(taken.text.contains("Did you mean \(number). \(title) [\(name)]?"), "\(taken.text)")
        #expect(taken.reader.reads[1].prompt == "Take it? [Y/n]> ")
        #expect(taken.bank == name)
        // Declined, the bank is asked for again.
        let declined = menu([typed, "n", "2", "", ""])
        #expect(declined.reader.reads[2].prompt == "Pick a bank (number or name)> ")
        #expect(declined.bank == "pakistan-palestine-israel")
    }

    @Test func aNameWithItsExtensionOrInAnotherCaseIsTakenAtOnce() {
        #expect(menu(["Treaty-Of-Wuchale.yaml", "", ""]).bank == "treaty-of-wuchale")
        #expect(menu(["3", "", ""]).bank == "treaty-of-wuchale")
    }

    @Test(arguments: [[String](), ["1"], ["1", "3"], ["Pakistan"]])
    func quitLeavesFromEveryQuestionOfTheMenu(_ before: [String]) {
        for quit in [":quit", ":q", ":exit"] {
            let run = menu(before + [quit, "1", "1", ""])
            #expect(run.choice == nil)
            #expect(!run.endedInMenu)
            #expect(run.reader.lines == ["1", "1", ""], "read past \(quit)")
        }
    }

    @Test func aCommandsWordWithoutItsColonIsToldHowToTypeIt() throws {
        let run = menu(["quit", "1", "exit", "3", "help", ":help", ":skip", ""])
        #expect(run.text.contains("Commands start with a colon: type :quit to leave.\n"))
        #expect(run.text.contains("Commands start with a colon: type :help for the commands.\n"))
        #expect(run.text.contains("Type one or more of the types above, or press Enter for all. Type :quit to leave."))
        #expect(run.text.contains(":skip is not a command here; :help says what to type."))
        #expect(try #require(run.choice).count == 3)
    }

    @Test func everyMenuLineIsAskedForAsTheMenusOwn() {
        let run = menu(["Pakistan", "y", "2", ""])
        #expect(run.reader.reads.count == 4)
        #expect(run.reader.reads.allSatisfy { $0.remember && $0.atMenu })
        #expect(!run.reader.isAtMenu)
    }
}
