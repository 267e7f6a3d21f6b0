import Testing

@testable import QuizCore

/// The stages of reading GIFT before the answer block, each on its own.
@Suite struct GIFTFormatReadingTests {
    @Test func blocksSplitOnBlankLinesWithTheirLineAndComments() {
        let text = "// [id:a]\r\nFirst {T}\n  \n\n// only a comment\n\nSecond\n// [tag:x]\n{F}\n"
        let blocks = GIFTFormat.blocks(text)
        #expect(blocks.map(\.line) == [1, 7])
        #expect(blocks.map(\.lines) == [["First {T}"], ["Second", "{F}"]])
        #expect(blocks.map(\.comments) == [[" [id:a]"], [" [tag:x]"]])
    }

    @Test(
        arguments: [
            ("$CATEGORY: $course$/top/Cold War", "cold-war"),
            ("$CATEGORY:Empires/Ottoman Empire", "ottoman-empire"),
            ("$CATEGORY: $course$/top", nil),
        ] as [(String, String?)])
    func aCategorySetsTheTopicFromItsLastPart(_ body: String, _ topic: String?) throws {
        let path = try #require(GIFTFormat.categoryPath(body))
        #expect(GIFTFormat.topic(ofCategory: path) == topic)
    }

    @Test func aQuestionIsNoCategory() {
        #expect(GIFTFormat.categoryPath("Who? {=Me}") == nil)
    }

    @Test func theTextAroundTheAnswerBlockMakesThePrompt() throws {
        var diagnostics: [Diagnostic] = []
        let at = SourceLocation.start
        let titled = try #require(
            GIFTFormat.QuestionParts("::T1::Who? {=Me####Because.}", at: at, diagnostics: &diagnostics))
        #expect(titled.title == "T1" && titled.prompt == "Who?" && !titled.isMissingWord)
        #expect(titled.answers == "=Me" && titled.generalFeedback == "Because.")
        let missing = try #require(GIFTFormat.QuestionParts("It fell in {=1453}.", at: at, diagnostics: &diagnostics))
        #expect(missing.isMissingWord && missing.prompt == "It fell in _____.")
        #expect(diagnostics.isEmpty)
    }

    @Test func whatIsNoQuestionSaysWhy() {
        var diagnostics: [Diagnostic] = []
        for body in ["Just words.", "Open {=a", "{=a}"] {
            #expect(GIFTFormat.QuestionParts(body, at: .start, diagnostics: &diagnostics) == nil)
        }
        #expect(diagnostics.map(\.severity) == [.warning, .error, .error])
    }

    @Test func commentsGiveTheLastIdAndEveryTag() {
        let metadata = GIFTFormat.Metadata(comments: [" [id: first ] [tag:a]", "[id:second][tag: b ] [unclosed"])
        #expect(metadata.id == "second")
        #expect(metadata.tags == ["a", "b"])
    }
}

/// GIFT's `[markdown]` text, made plain for the terminal.
@Suite struct GIFTFormatMarkdownTests {
    @Test(arguments: [
        ("The **Treaty** of *Wuchale*", "The Treaty of Wuchale"),
        ("__strong__ and _em_ but snake_case", "strong and em but snake_case"),
        ("5 * 3 and \\*literal\\*", "5 * 3 and *literal*"),
        ("Read [the text](https://example.org) and `code`", "Read the text (https://example.org) and code"),
        ("# Heading\nLine", "Heading\nLine"),
    ])
    func inlineMarksAreTakenOut(_ markdown: String, _ plain: String) {
        #expect(GIFTFormat.plainMarkdown(markdown) == plain)
    }

    @Test func aMarkdownQuestionIsPlainInEveryText() {
        let text = "[markdown]Who signed the **treaty**? {=*Menelik II*#**Yes.** ~Antonelli####See *article 17*.}"
        let (record, diagnostics) = GIFTFormat.read(text, sourceTitle: "t")
        #expect(diagnostics.isEmpty)
        let question = record.questions[0]
        #expect(question.prompt == "Who signed the treaty?")
        #expect(question.answer == .choice(choices: ["Menelik II", "Antonelli"], correct: 0))
        #expect(question.notes["Menelik II"]?.feedback == "Yes.")
        #expect(question.explanation == "See article 17.")
        let (plain, _) = GIFTFormat.read("Is 2 * 3 *six*? {T}", sourceTitle: "t")
        #expect(plain.questions[0].prompt == "Is 2 * 3 *six*?", "text not marked [markdown] is left as it is")
    }

    @Test func aTagMayHoldAnEscapedBracket() {
        let metadata = GIFTFormat.Metadata(comments: [#" [id:a.b] [tag:list \] item] [tag:c\d]"#])
        #expect(metadata.id == "a.b")
        #expect(metadata.tags == ["list ] item", #"c\d"#])
    }
}
