import Testing

@testable import QuizCore

/// Numerical GIFT questions that ask for a year come back as year questions, shown and graded
/// as years.
@Suite struct GIFTFormatYearsTests {
    /// The question a one-question GIFT file makes, as a quiz asks it.
    static func asked(_ text: String) throws -> Question {
        let (record, diagnostics) = GIFTFormat.read(text, sourceTitle: "t")
        #expect(diagnostics.isEmpty)
        let questions = QuestionGenerator(record: record, options: GenerationOptions(count: nil)).questions(seed: 1)
        return try #require(questions.first)
    }

    @Test(arguments: [
        ("In what year did the Wall fall? {#1989}", "1989"),
        ("In what year did the Wall fall? {#=1989:0#Right.}", "1989"),
        ("The Wall fell in {#1989}.", "1989"),
        ("When was the armistice? {#1949:1}", "about 1949"),
        ("In what year did it end? {#1950..1953}", "1950–1953"),
        ("Over which years was the war fought? {#1947..1949}", "1947–1949"),
        ("In what year was Caesar killed? {#-43}", "44 BCE"),
        ("Give the year of the armistice. {#1949}", "1949"),
        ("Which year saw the armistice? {#1949}", "1949"),
    ])
    func aYearShowsAsAYear(_ text: String, _ shown: String) throws {
        let question = try Self.asked(text)
        #expect(question.kind == .year)
        #expect(question.answerText == shown)
    }

    @Test(arguments: [
        "How many soldiers were left behind? {#1989}",
        "How many years did the war last? {#5..7}",
        "In what year, give or take, was it? {#1947:5}",
        "In what year did it happen? {#1947.5}",
        "In what year did it happen? {#=1947 =%50%1948}",
        "How many soldiers died that year? {#146}",
        "Which years had a census? {#1947}",
    ])
    func otherNumbersStayNumbers(_ text: String) throws {
        #expect(try Self.asked(text).kind == .numeric)
    }

    @Test func aYearIsGradedAsAYear() throws {
        let question = try Self.asked("In what year did the Wall fall? {#1989}")
        #expect(AnswerGrader().grade("1989", for: question).isCorrect)
        #expect(!AnswerGrader().grade("1990", for: question).isCorrect)
    }
}
