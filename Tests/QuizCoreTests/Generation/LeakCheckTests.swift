import Testing

@testable import QuizCore

/// The tests' own leak check, checked on prompts known to give their answer away and prompts
/// known not to.
@Suite struct LeakCheckTests {
    @Test(arguments: [
        ("Which country did Pakistan refuse to recognise?", "Pakistan"),
        ("WHO LED PAKISTAN IN 1971?", "Pakistan"),
        ("Who signed for the Palestine Liberation Organization in 1993?", "Palestine Liberation Organization"),
        ("Which side was Pakistan's ally?", "Pakistan"),
        ("Where did Türkiye send troops?", "Turkiye"),
        ("Where did Turkiye send troops?", "Türkiye"),
        ("What did the Palestine-Liberation Organization want?", "Palestine Liberation Organization"),
        ("What did the PLO want?", "the PLO"),
        ("How many rifles were sent: 250,000 or more?", "250000"),
        ("How many rifles were sent: 250000 or more?", "250,000"),
        ("Why did Straße matter?", "Strasse"),
        ("Who ruled (Iraq) then?", "Iraq"),
        ("Was the war of 1948 lost?", "1948"),
        ("Which city, also called «Ankara», became the capital?", "ankara"),
    ])
    func knownLeaksAreFlagged(_ prompt: String, _ answer: String) {
        #expect(LeakCheck.leaks(answer, in: prompt))
    }

    @Test(arguments: [
        ("Which country bordered Pakistani territory?", "Pakistan"),
        ("Who ruled Iraq?", "Iran"),
        ("What did the Syrians want?", "Syria"),
        ("In which year after 1948 was it signed?", "194"),
        ("In which year after 1948 was it signed?", "1949"),
        ("Which organisation was founded in 1964?", "the PLO"),
        ("Who claimed to speak for Palestine?", "Palestine Liberation Organization"),
        ("Who fought for the liberation of Palestine?", "Palestine Liberation"),
        ("How many men were there: 25 or 250?", "250,000"),
        ("Who is named here?", ""),
        ("Who ruled Austria?", "Australia"),
    ])
    func knownNonLeaksAreNotFlagged(_ prompt: String, _ answer: String) {
        #expect(!LeakCheck.leaks(answer, in: prompt))
    }

    @Test func wordsAreLowerCaseWithoutAccentsOrPunctuation() {
        #expect(LeakCheck.words("Égypte's ÇA-va, 1,948 men; ø!") == ["egypte", "s", "ca", "va", "1948", "men", "o"])
        #expect(LeakCheck.words("  ") == [])
    }

    static func question(
        _ prompt: String, _ answer: Question.Answer, options: [String] = [], accepted: [String] = []
    ) -> Question {
        Question(
            id: "q", kind: .shortAnswer, prompt: prompt, options: options, left: [], answer: answer, accepted: accepted,
            explanation: "e", source: "s", statementKind: .fact, facts: [], template: "test", tags: [])
    }

    @Test func everyAcceptedFormCountsAsTheAnswer() {
        let question = Self.question(
            "Which PLO leader signed?", .text("the Palestine Liberation Organization"), accepted: ["PLO"])
        #expect(LeakCheck.leaked(question) == ["PLO"])
        let option = Self.question(
            "Who sent Türkiye's troops?", .option(1), options: ["Syria", "Turkey"], accepted: ["Türkiye"])
        #expect(LeakCheck.leaked(option) == ["Türkiye"])
        let blanks = Self.question("The _____ (PLO) signed.", .blanks([["Palestine Liberation Organization", "PLO"]]))
        #expect(LeakCheck.leaked(blanks) == ["PLO"])
        // An alias the grader does not take is what the question asks about, not its answer.
        let expansion = Self.question("What does PLO stand for?", .text("the Palestine Liberation Organization"))
        #expect(LeakCheck.leaked(expansion) == [])
    }

    @Test func numbersAndYearsLeakInAnyGrouping() throws {
        let rifles = Self.question(
            "How many rifles (250,000 in all) came?", .number(250_000, tolerance: nil, unit: nil, approximate: false))
        #expect(LeakCheck.leaked(rifles) == ["250000"])
        let year = Self.question("In what year, 1948, was it?", .date(try HistoricalDate(parsing: "1948-05-14")))
        #expect(LeakCheck.leaked(year) == ["1948"])
        let span = Self.question("It began in 1947; when?", .date(try HistoricalDate(parsing: "1947/1949")))
        #expect(LeakCheck.leaked(span).sorted() == ["1947"])
        let ancient = Self.question("Caesar died in 44 BCE; when?", .date(try HistoricalDate(parsing: "-0043")))
        #expect(LeakCheck.leaked(ancient) == ["44 BCE"])
    }

    @Test func aQuestionThatKeepsItsAnswerBackLeaksNothing() throws {
        let question = Self.question(
            "Which organisation did Arafat lead?", .text("the Palestine Liberation Organization"))
        #expect(LeakCheck.leaked(question) == [])
        let year = Self.question("In what year was Israel founded?", .date(try HistoricalDate(parsing: "1948")))
        #expect(LeakCheck.leaked(year) == [])
    }
}
