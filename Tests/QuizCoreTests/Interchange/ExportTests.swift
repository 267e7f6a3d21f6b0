import Testing

@testable import QuizCore

@Suite struct ExportTests {
    static let questions = SeedQuestionsTests.all

    @Test func markdownHasEveryQuestionAndAnAnswerKey() {
        let text = WorksheetFormats.markdown(Self.questions, title: "Bank")
        #expect(text.hasPrefix("# Bank\n"))
        let keyStart = text.range(of: "## Answer key")!
        let questionLines = text[..<keyStart.lowerBound].split(separator: "\n").filter { $0.first?.isNumber == true }
        let keyLines = text[keyStart.upperBound...].split(separator: "\n").filter { $0.first?.isNumber == true }
        #expect(questionLines.count == Self.questions.count)
        #expect(keyLines.count == Self.questions.count)
        #expect(WorksheetFormats.escapeMarkdown("a *b* <c>") == "a \\*b\\* \\<c\\>")
    }

    @Test func ankiHasItsHeadersAndOneNotePerQuestion() {
        let text = WorksheetFormats.anki(Self.questions, deck: "Bank")
        let lines = text.split(separator: "\n")
        #expect(
            lines.prefix(7) == [
                "#separator:Tab", "#html:true", "#notetype:Basic", "#deck:Bank", "#columns:GUID\tFront\tBack\tTags",
                "#guid column:1", "#tags column:4",
            ])
        let notes = lines.dropFirst(7)
        #expect(notes.count == Self.questions.count)
        #expect(
            notes.allSatisfy {
                $0.split(separator: "\t", omittingEmptySubsequences: false).count == 4 && !$0.hasPrefix("#")
            })
        #expect(WorksheetFormats.html("a < b & c\nd") == "a &lt; b &amp; c<br>d")
    }
}
