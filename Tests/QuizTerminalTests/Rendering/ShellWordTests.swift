import Foundation
import TestSupport
import Testing

@testable import QuizTerminal

/// Paths in the commands quiz prints are quoted as a shell needs them, so that a command copied
/// from quiz's output runs as printed.
@Suite struct ShellWordTests {
    @Test(arguments: [
        ("mybank.yaml", "mybank.yaml"),
        ("banks/fall-of-rome_2.yaml", "banks/fall-of-rome_2.yaml"),
        ("Türkiye.yaml", "Türkiye.yaml"),
        ("My Bank.yaml", "\"My Bank.yaml\""),
        ("it's.yaml", "\"it's.yaml\""),
        ("~/x.yaml", "\"~/x.yaml\""),
        ("a*b.yaml", "\"a*b.yaml\""),
        ("cost$1.yaml", "'cost$1.yaml'"),
        ("say \"hi\".yaml", "'say \"hi\".yaml'"),
        ("it's $5!.yaml", "'it'\\''s $5!.yaml'"),
        ("", "\"\""),
    ])
    func quotesOnlyWhatAShellWouldRead(word: String, quoted: String) {
        #expect(ShellWord.quoted(word) == quoted)
    }

    /// What a shell makes of each quoted word is the word itself.
    @Test func aShellReadsTheQuotedWordBack() throws {
        let words = [
            "My Bank.yaml", "it's.yaml", "cost$1 `x`.yaml", "a\\b.yaml", "say \"hi\" it's!.yaml", "~x", "a;b|c&d",
        ]
        for word in words {
            let script = "printf '%s' " + ShellWord.quoted(word)
            let result = try ChildProcess.run("/bin/sh", ["-c", script])
            #expect(result.output == word, "\(script)")
        }
    }
}
