import Testing

@testable import QuizCore

/// The reasons the rules between questions give: an author must learn from them which question
/// is in the way, and where an answer is printed.
@Suite struct QuestionCriticReasonsTests {
    static let bank = """
        title: The Fall of Constantinople
        sources: [{id: s, title: A chronicle}]
        entities:
          - {id: mehmed, kind: person, name: Mehmed II}
          - {id: constantine, kind: person, name: Constantine XI}
          - {id: notaras, kind: person, name: Loukas Notaras}
          - {id: constantinople, kind: place, name: Constantinople}
        events:
          - id: siege
            summary: Mehmed II captured Constantinople after a siege.
            actors: [{entity: mehmed, role: besieger}]
            place: constantinople
            quantities: [{id: siege-days, value: 53, unit: days, counts: days the siege lasted}]
          - id: walls
            summary: Loukas Notaras commanded the sea walls.
            actors: [{entity: notaras, role: commander}]
        questions:
          - {id: q-sultan, type: short-answer, prompt: Which Ottoman sultan captured Constantinople?, answer: Mehmed II, tests: [siege]}
          - id: q-emperor
            type: short-answer
            prompt: Who was the last emperor of Byzantium?
            answer: Constantine XI
            explanation: Constantine XI died on the walls; his admiral, Loukas Notaras, was executed later.
            tests: [constantine]
          - {id: q-walls, type: short-answer, prompt: Who commanded the sea walls?, answer: Loukas Notaras, tests: [walls]}

        """

    static func reviews() throws -> [Review] {
        let record = try #require(BankLoader.load(Array(bank.utf8), format: .yaml, path: "fall.yaml").record)
        return QuestionGenerator(record: record, options: GenerationOptions(count: nil)).reviews(seed: 0)
    }

    static func reasons(of id: String, in reviews: [Review]) throws -> [String] {
        try #require(reviews.first { $0.question.id == id }).findings.map(\.reason)
    }

    /// A generated question on an item the author asks about is dropped though it asks something
    /// else: the reason names the author's question, the item, and the rule.
    @Test func aQuestionBesideTheAuthorsOwnSaysItIsTheAuthorsItem() throws {
        let reasons = try Self.reasons(of: "g.quantity-value.siege-days", in: Self.reviews())
        #expect(
            reasons == [
                "q-sultan, your own question, already tests this event (siege); generated questions stay off the items your questions test"
            ])
    }

    /// The one exception: a date the author does not ask. An ordering question on two events
    /// leaves "In what year…?" on each; a year question of the author's own does not.
    @Test func aDateTheAuthorDoesNotAskIsStillAsked() throws {
        func bank(_ authored: String) -> String {
            """
            title: T
            sources: [{id: s, title: S}]
            events:
              - {id: signed, summary: Italy and Ethiopia signed a treaty., date: "1889"}
              - {id: denounced, summary: Menelik II denounced the treaty., date: "1893"}
              - {id: adwa, summary: Ethiopian forces won at Adwa., date: "1896"}
            questions:
              - \(authored)
            """
        }
        let ordering =
            "{id: q, type: ordering, prompt: Put these in order., items: [The signing, The denunciation, The battle], tests: [signed, denounced, adwa]}"
        let year = "{id: q, type: year, prompt: When was the treaty signed?, answer: \"1889\", tests: [signed]}"
        func reviews(_ authored: String) throws -> [Review] {
            let record = try #require(BankLoader.load(Array(bank(authored).utf8), format: .yaml, path: "t.yaml").record)
            return QuestionGenerator(record: record, options: GenerationOptions(count: nil)).reviews(seed: 0)
        }
        let besideOrdering = try reviews(ordering)
        #expect(try Self.reasons(of: "g.event-year.signed", in: besideOrdering) == [])
        let besideYear = try reviews(year)
        #expect(
            try Self.reasons(of: "g.event-year.signed", in: besideYear).first?.contains("your own question") == true)
    }

    /// Only one of the two questions prints the other's answer, and only in its explanation: the
    /// reason says which, and where.
    @Test func aLeakSaysWhichQuestionPrintsTheAnswerAndWhere() throws {
        let reviews = try Self.reviews()
        #expect(
            try Self.reasons(of: "q-walls", in: reviews) == [
                "q-emperor's explanation (the “Why” shown after answering) prints this one's answer, Loukas Notaras"
            ])
        #expect(try Self.reasons(of: "q-emperor", in: reviews) == [])
    }

    @Test func aLeakFromTheQuestionJudgedNamesTheOtherQuestionsAnswer() {
        let critic = QuestionCritic(record: QuestionCriticTests.seed)
        let place = QuestionCriticTests.question(
            .eventWhere, prompt: "Which country? “Pakistan purchased rifles in _____.”",
            options: ["Czechoslovakia", "Jordan", "Syria"], answer: .option(0), facts: ["rifle-purchase"],
            subject: "czechoslovakia", rivals: ["jordan", "syria"])
        var told = QuestionCriticTests.question(
            .quantityValue, prompt: "How many rifles did Pakistan buy in Czechoslovakia?",
            answer: .number(250_000, tolerance: nil, unit: "rifles", approximate: false), facts: ["rifles"])
        told.explanation = "The rifles came from Czechoslovakia."
        let reviews = critic.review([place, told])
        #expect(
            reviews[1].findings.map(\.reason) == [
                "this one's prompt and explanation (the “Why” shown after answering) print the answer to g.event-where.rifle-purchase, Czechoslovakia"
            ])
    }

    @Test func aRepeatSaysWhatItShares() {
        let typed = QuestionCriticTests.question(
            .eventWhoTyped, prompt: "Which place fills the blank? “Rifles bought in _____.”",
            answer: .text("Czechoslovakia"), facts: ["rifle-purchase"], subject: "czechoslovakia")
        let chosen = QuestionCriticTests.question(
            .eventWhere, prompt: "Which country? “Pakistan purchased rifles in _____.”",
            options: ["Czechoslovakia", "Jordan", "Syria"], answer: .option(0), facts: ["rifle-purchase"],
            subject: "czechoslovakia", rivals: ["jordan", "syria"])
        let reviews = QuestionCriticTests.critic.review([typed, chosen])
        #expect(
            reviews[0].findings.map(\.reason) == [
                "g.event-where.rifle-purchase has the same answer, Czechoslovakia: two questions with one answer ask one thing twice"
            ])
    }

    @Test func itemsAreNamedByWhatTheyAre() {
        let critic = QuestionCriticTests.critic
        #expect(critic.describe(item: "rifle-purchase") == "event (rifle-purchase)")
        #expect(critic.describe(item: "pakistan") == "country (pakistan)")
        #expect(critic.describe(item: "volunteers-captured") == "figure (volunteers-captured)")
        #expect(critic.describe(item: "nothing-of-the-kind") == "item (nothing-of-the-kind)")
    }
}
