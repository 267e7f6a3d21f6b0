import Testing

@testable import QuizCore

@Suite struct TableFormatTests {
    @Test func readsRowsWithQuotesAlternativesTopicsAndExplanations() {
        let csv =
            "term,answer,topic,explanation\n"
            + "Capital of the Byzantine Empire,Constantinople|Byzantium,empires,\"Renamed, later.\"\n"
            + "\"Who led the Haitian Revolution, after 1791?\",Toussaint Louverture,revolutions,\n"
            + "\"A term\nover two lines\",\"an \"\"answer\"\"\",,\n"
        let (record, diagnostics) = TableFormat.read(csv, separator: ",", sourceTitle: "t")
        #expect(diagnostics.isEmpty)
        #expect(record.questions.count == 3)
        #expect(record.questions[0].answer == .text("Constantinople", accepted: ["Byzantium"]))
        #expect(record.questions[0].tags == ["empires"])
        #expect(record.questions[0].explanation == "Renamed, later.")
        #expect(record.questions[1].prompt == "Who led the Haitian Revolution, after 1791?")
        #expect(record.questions[2].prompt == "A term\nover two lines")
        #expect(record.questions[2].answer == .text("an \"answer\"", accepted: []))
    }

    @Test func tabSeparatedToo() {
        let (record, diagnostics) = TableFormat.read(
            "question\tanswer\nYear of the Partition of India\t1947\n", separator: "\t", sourceTitle: "t")
        #expect(diagnostics.isEmpty)
        #expect(record.questions.first?.answer == .text("1947", accepted: []))
    }

    @Test(arguments: [
        ("word,meaning\nx,y\n", "1:1: the header row needs"),
        ("term,answer\n,orphan\n", "2:1: this row has no term"),
        ("term,answer\nlonely,\n", "2:1: the term 'lonely' has no answer"),
        ("term,answer\nfine,yes\n\"never closed,no\n", "3:1: a quoted cell is never closed"),
        ("", "1:1: the file is empty"),
    ])
    func errorsPointToTheirLines(_ text: String, _ expected: String) {
        let (_, diagnostics) = TableFormat.read(text, separator: ",", sourceTitle: "t")
        let first = diagnostics.first.map { "\($0.location): \($0.message)" } ?? ""
        #expect(first.hasPrefix(expected), "\(first)")
    }
}
