import Foundation
import Testing

@testable import QuizCore

@Suite struct AttemptTableTests {
    @Test func oneRowPerAttemptWithEveryFieldInItsColumn() throws {
        let today = try AttemptTests.decoder().decode(Attempt.self, from: Data(AttemptTests.todaysLine.utf8))
        let old = try AttemptTests.decoder().decode(Attempt.self, from: Data(AttemptTests.oldLine.utf8))
        var chosen = old
        chosen.kind = .multipleChoice
        chosen.options = ["Jordan", "Syria, or Egypt", "Israel"]
        chosen.chosen = ["Syria, or Egypt"]
        chosen.timed = false
        let rows = AttemptTable.csv([today, old, chosen]).components(separatedBy: "\r\n")
        #expect(rows.count == 5 && rows[4].isEmpty)
        #expect(rows[0] == AttemptTable.columns.joined(separator: ","))
        #expect(
            rows[1]
                == "\(today.stableID),2026-11-25T22:11:41Z,pakistan-palestine-israel,"
                + "g.statement-cloze.green-line-border.israel,cloze,green-line-border,borders,Pakistan,Israel,incorrect,"
                + "confused,0,0,3,1,2.5,\"Incorrect: that is Pakistan, another item of the record. The answer is Israel.\","
                + "true,,")
        #expect(
            rows[2]
                == "\(old.stableID),2026-01-01T00:00:00Z,b,q,true-false,f,,t,True,correct-with-note,,1,,,0,1,Correct.,"
                + "true,,")
        // A piped answer to a choice question: the options as shown and the one picked.
        #expect(rows[3].hasSuffix(",Correct.,false,\"Jordan; Syria, or Egypt; Israel\",\"Syria, or Egypt\""))
    }

    @Test(arguments: [
        ("plain", "plain"), ("a, b", "\"a, b\""), ("say \"x\"", "\"say \"\"x\"\"\""), ("two\nlines", "\"two\nlines\""),
        ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""), ("+1", "'+1"), ("@SUM", "'@SUM"), ("-x", "'-x"),
        ("-1948", "-1948"),
    ])
    func textIsQuotedAndNeverRunAsAFormula(_ text: String, _ field: String) {
        #expect(AttemptTable.quoted(AttemptTable.inert(text)) == field)
    }
}
