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

/// What a worksheet and an Anki note must never show.
@Suite struct WorksheetTextTests {
    static func question(prompt: String, options: [String], answer: Question.Answer, explanation: String) -> Question {
        Question(
            id: "q", kind: .multipleAnswer, prompt: prompt, options: options, left: [], answer: answer, accepted: [],
            explanation: explanation, source: nil, statementKind: .fact, facts: ["q"], template: "authored", tags: [])
    }

    @Test func aNoteWithCRLFStaysOneLine() {
        let question = Self.question(
            prompt: "First line\r\nsecond\rthird", options: ["a\r\nb", "c"], answer: .options([0]),
            explanation: "Why\r\nso")
        let text = WorksheetFormats.anki([question], deck: "Deck\r\nname")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 9, "seven headers, one note, and the end")
        #expect(!text.unicodeScalars.contains("\r"))
        #expect(lines[7].hasPrefix("q\tFirst line<br>second<br>third<br>a) a<br>b<br>b) c\t"))
        #expect(lines[3] == "#deck:Deck name")
    }

    @Test func noEmptyItalicsWithoutAnExplanation() {
        let question = Self.question(prompt: "P", options: ["a", "b"], answer: .options([1]), explanation: "")
        let text = WorksheetFormats.anki([question], deck: "D")
        #expect(!text.contains("<i></i>"))
        #expect(text.hasSuffix("\tP<br>a) a<br>b) b\tb) b\tquiz::multiple-answer\n"))
        #expect(WorksheetFormats.markdown([question], title: "T").hasSuffix("1. b) b\n"))
    }

    @Test func theAnswerKeyJoinsSentencesWithoutASemicolon() {
        let question = Self.question(
            prompt: "Which?", options: ["Leave as soon as possible.", "Stay", "Wait"], answer: .options([0, 1, 2]),
            explanation: "Because.")
        let key = WorksheetFormats.markdown([question], title: "T")
        #expect(key.hasSuffix("1. a) Leave as soon as possible. b) Stay; c) Wait — Because.\n"))
        #expect(!key.contains(".;"))
    }

    @Test func aMarkdownWorksheetKeepsEachQuestionOnItsLine() {
        let question = Self.question(prompt: "One\r\ntwo", options: ["a", "b"], answer: .options([0]), explanation: "")
        #expect(WorksheetFormats.markdown([question], title: "T").contains("1. One two\n"))
    }
}
