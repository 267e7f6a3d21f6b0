import ArgumentParser
import Testing

@testable import quiz

/// Arguments that name a subcommand are parsed by that subcommand alone (a start-up cost); what
/// that gives must be what the full parse gives, and whatever the full parse refuses or answers
/// itself (help, version) must be left to it.
@Suite struct DirectParseTests {
    /// A parsed command, every option's value included, as text to compare.
    static func described(_ command: ParsableCommand) -> String {
        var text = ""
        dump(command, to: &text)
        return text
    }

    @Test(arguments: [
        ["take", "pakistan-palestine-israel"],
        ["take", "seed-bank", "--count", "5", "--seed", "7", "--type", "cloze", "--type", "year"],
        ["take", "seed-bank", "--count=12", "--topic", "wars", "--banks", "/tmp/a", "--banks", "b"],
        ["take", "seed-bank", "--no-color", "--seed", "3", "--retention", "0.8"],
        ["preview", "treaty-of-wuchale", "--all"],
        ["timeline", "black-hole-of-calcutta", "--count", "4"],
        ["stats", "--json"],
        ["progress", "check"],
        ["review", "--list"],
    ])
    func agreesWithTheFullParse(_ arguments: [String]) throws {
        let direct = try #require(Quiz.parsedDirectly(arguments))
        let full = try Quiz.parseAsRoot(arguments)
        #expect(type(of: direct) == type(of: full))
        #expect(Self.described(direct) == Self.described(full))
    }

    /// The comparison above sees option values: two parses that differ only in one differ.
    @Test func theDescriptionShowsValues() throws {
        let five = try #require(Quiz.parsedDirectly(["take", "bank", "--count", "5"]))
        let six = try #require(Quiz.parsedDirectly(["take", "bank", "--count", "6"]))
        #expect(Self.described(five) != Self.described(six))
    }

    @Test(arguments: [
        ["take"],  // a missing bank: the full parse says so
        ["take", "x", "--count", "0"],  // refused by validation
        ["take", "x", "--bogus"],
        ["take", "x", "--help"],
        ["take", "-h"],
        ["take", "x", "--version"],
        ["help", "take"],
        ["--version"],
        ["tkae", "x"],
        [],
    ])
    func leavesTheRestToTheFullParse(_ arguments: [String]) {
        #expect(Quiz.parsedDirectly(arguments) == nil)
    }
}
