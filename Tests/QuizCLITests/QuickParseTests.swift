import ArgumentParser
import PropertyBased
import Testing

@testable import quiz

/// `quiz take` read without the argument parser (a start-up cost) must read exactly what the
/// parser reads, and leave it everything else: help, errors, and forms it does not know.
@Suite struct QuickParseTests {
    @Test(arguments: [
        ["take", "pakistan-palestine-israel"],
        ["take", "seed-bank", "--count", "5", "--seed", "7", "--type", "cloze", "--type", "year"],
        ["take", "--count", "5", "seed-bank"],
        ["take", "seed-bank", "-c", "3", "--topic", "wars", "--topic", "treaties"],
        ["take", "seed-bank", "--count=12", "--topic=wars", "--banks", "/tmp/a", "--banks", "b"],
        ["take", "seed-bank", "--no-color", "--seed", "3", "--retention", "0.8"],
        ["take", "seed-bank", "--progress", "/tmp/p.json", "--retention=0.95", "--seed=18446744073709551615"],
        ["take", "My Bank.yaml", "--type", "true-false"],
        ["take", ""],
    ])
    func agreesWithTheParser(_ arguments: [String]) throws {
        let quick = try #require(Quiz.parsedQuickly(arguments))
        let full = try #require(try Quiz.parseAsRoot(arguments) as? Take)
        #expect(quick == full.request)
    }

    @Test(arguments: [
        ["take"],  // no bank: the parser says so
        ["take", "a", "b"],  // two banks
        ["take", "x", "--count", "0"],  // refused by validation
        ["take", "x", "--count=-3"],
        ["take", "x", "--count", "5", "--count", "6"],
        ["take", "x", "--count", "five"],
        ["take", "x", "--seed", "-1"],
        ["take", "x", "--retention", "0.5"],
        ["take", "x", "--retention", "nan"],
        ["take", "x", "--type", "essay"],
        ["take", "x", "--topic"],  // a value missing
        ["take", "x", "--topic", "--seed", "2"],
        ["take", "x", "--no-color=yes"],
        ["take", "x", "--bogus"],
        ["take", "x", "-h"],
        ["take", "x", "--help"],
        ["take", "x", "--version"],
        ["take", "--", "-x"],
        ["take", "x", "-c5"],
        ["preview", "x"],
        ["tkae", "x"],
        [],
    ])
    func leavesTheRestToTheParser(_ arguments: [String]) {
        #expect(Quiz.parsedQuickly(arguments) == nil)
    }

    /// Well-formed options, each a word or two: any bank with any of them is read quickly, and
    /// read as the parser reads it.
    static let wellFormed: [[String]] = [
        ["--type", "year"], ["--type=cloze"], ["--topic", "wars"], ["--topic=1948"], ["--banks", "folder"],
        ["--banks=/tmp/banks"], ["--no-color"],
    ]
    /// Options given at most once, in the forms each may take.
    static let once: [[[String]]] = [
        [["--count", "3"], ["-c", "20"], ["--count=7"]], [["--seed", "0"], ["--seed=42"]],
        [["--progress", "mine.json"]], [["--retention", "0.99"], ["--retention=0.75"]],
    ]

    @Test func readsEveryWellFormedLine() async {
        let repeatable = Gen.element(of: Self.wellFormed).array(of: 0...4)
        // For each once-only option: absent (0) or one of its forms.
        let single = Gen.int(in: 0...3).array(of: Self.once.count)
        await propertyCheck(count: 60, input: repeatable, single, Gen.bool) { many, forms, bankFirst in
            var options = many.compactMap { $0 }.filter { $0 != ["--no-color"] }.flatMap { $0 }
            for (group, form) in zip(Self.once, forms) where form > 0 { options += group[(form - 1) % group.count] }
            if many.contains(["--no-color"]) { options.append("--no-color") }
            let arguments = ["take"] + (bankFirst ? ["bank"] + options : options + ["bank"])
            let quick = Quiz.parsedQuickly(arguments)
            #expect(quick != nil, "not read quickly: \(arguments)")
            let full = try? Quiz.parseAsRoot(arguments) as? Take
            #expect(full != nil, "the parser refuses \(arguments)")
            if let quick, let full { #expect(quick == full.request) }
        }
    }

    /// Words a command line is made of, odd ones included.
    static let words = [
        "bank", "other", "--count", "-c", "--count=4", "--count=0", "7", "0", "-2", "x", "--seed", "--seed=9",
        "12", "--type", "year", "cloze", "--type=matching", "--topic", "wars", "--topic=", "--progress", "p.json",
        "--retention", "0.85", "0.5", "--retention=0.7", "--banks", "dir", "--banks=d2", "--no-color", "-h",
        "--", "-", "=", "--count=", "--bogus",
    ]

    /// Any command line made of those words: where the quick read gives a command, the parser
    /// gives the same one.
    @Test func neverDisagreesWithTheParser() async {
        await propertyCheck(count: 400, input: Gen.element(of: Self.words).array(of: 0...7)) { words in
            let arguments = ["take"] + words.compactMap { $0 }
            guard let quick = Quiz.parsedQuickly(arguments) else { return }
            let full = try? Quiz.parseAsRoot(arguments) as? Take
            #expect(full != nil, "the parser refuses \(arguments)")
            if let full { #expect(quick == full.request) }
        }
    }
}
