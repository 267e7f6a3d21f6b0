import Testing

@testable import QuizCore

/// How the templates word what they ask, where a teacher found the wording stiff, redundant or
/// open to more than one reading.
@Suite struct TemplateWordingTests {
    static let record = Record(
        title: "Wording", sources: [Source(id: "s", title: "S")],
        entities: [
            Entity(id: "pakistan", kind: .country, name: "Pakistan"),
            Entity(id: "israel", kind: .country, name: "Israel"),
            Entity(id: "jordan", kind: .country, name: "Jordan"),
            Entity(id: "jerusalem", kind: .place, name: "East Jerusalem", role: "city"),
            Entity(id: "amman", kind: .place, name: "Amman", role: "city"),
            Entity(
                id: "musharraf", kind: .person, name: "Pervez Musharraf", aliases: ["Musharraf"],
                description: "former Pakistani President"),
            Entity(
                id: "antonelli", kind: .person, name: "Pietro Antonelli",
                description: "the count who represented Italy at the signing"),
        ],
        events: [
            Event(
                id: "treaty", summary: "Italy and Ethiopia signed a treaty at Wuchale.",
                quantities: [Quantity(id: "articles", value: 20, unit: "articles", counts: "articles of the treaty")],
                source: "s"),
            Event(
                id: "capture", summary: "Israel captured fifty volunteers.",
                quantities: [Quantity(id: "volunteers", value: 50, unit: "volunteers", counts: "volunteers captured")],
                source: "s"),
        ],
        statements: [
            Statement(
                id: "stance", kind: .position,
                text: "Pakistan will not recognize Israel until a Palestinian state has East Jerusalem as its capital.",
                holder: "pakistan", about: ["israel", "jerusalem"], source: "s"),
            Statement(
                id: "condition", kind: .position,
                text: "Recognition of Israel would follow a state with East Jerusalem as its capital.",
                holder: "musharraf", about: ["israel", "jerusalem"], source: "s"),
            Statement(
                id: "rifles", kind: .claim, text: "The rifles were aimed at Jordan.", status: .apparent,
                about: ["jordan"], source: "s"),
            Statement(
                id: "battalion", kind: .claim, text: "A battalion would be sent to Amman.", status: .rumoured,
                about: ["amman"], source: "s"),
            Statement(
                id: "help", kind: .claim, text: "Pakistan was trying to help Jordan.", status: .reported,
                about: ["pakistan", "jordan"], source: "s"),
        ])

    static let templates = QuestionGenerator(record: record, options: GenerationOptions(count: nil)).templates

    static func statement(_ id: String) -> Statement { record.statements.first { $0.id == id }! }

    static func cloze(_ statement: String, blank entity: String) throws -> Question {
        try #require(templates.statementCloze(Self.statement(statement)).first { $0.id.hasSuffix(".\(entity)") })
    }

    /// A position whose text opens with its holder says whose it is: no lead naming it again.
    @Test func aPositionThatOpensWithItsHolderIsQuotedWithoutARepeatedLead() throws {
        let own = try Self.cloze("stance", blank: "jerusalem")
        #expect(own.prompt.hasPrefix("Fill in the blank, according to the text: Pakistan will not recognize"))
        // Another holder's position keeps its holder in the lead: the quote does not name him.
        let his = try Self.cloze("condition", blank: "jerusalem")
        #expect(his.prompt.hasPrefix("According to the text, Pervez Musharraf holds this position. Fill in the blank:"))
    }

    /// A hedge ("apparently") reads as hearsay or as the author's doubt: not asked as a status.
    /// A report and a rumour are, with the same five labels, none of them the old stiff one.
    @Test func onlyReportsAndRumoursAreAskedHowTheTextPresentsThem() throws {
        var random = SeededRandom(seed: 3)
        #expect(Self.templates.statementStatus(Self.statement("rifles"), random: &random).isEmpty)
        let rumour = try #require(
            Self.templates.statementStatus(Self.statement("battalion"), random: &random).first)
        #expect(rumour.answerText == "as a rumour")
        #expect(rumour.options.count == 5)
        #expect(rumour.options.contains("as something that only seems to be so"))
        #expect(!rumour.options.contains { $0.contains("only apparently") })
        // The hedged claim's blank says plainly what the text does with it.
        let hedged = try Self.cloze("rifles", blank: "jordan")
        #expect(hedged.prompt.hasPrefix("The text says only that this was apparently so. Fill in the blank:"))
        #expect(
            Self.templates.explanation(Self.statement("rifles"))
                == "The text says this was apparently so: The rifles were aimed at Jordan.")
    }

    /// A description that says what someone was in the history is asked as "who was …?"; a bare
    /// title is not asked (it tests a label).
    @Test func descriptionsAreAskedAsNaturalQuestions() throws {
        #expect(Self.templates.entityDescription(Self.record.entities[5]).isEmpty)
        let phrase = try #require(Self.templates.entityDescription(Self.record.entities[6]).first)
        #expect(phrase.prompt == "According to the text, which count represented Italy at the signing?")
    }

    /// The author's own question for a figure, after "According to the text,"; otherwise the
    /// stock "what was the number of …?".
    @Test func aFigureIsAskedInTheAuthorsWordsWhereGiven() {
        var treaty = Self.record.events[0]
        #expect(
            Self.templates.quantityValue(treaty.quantities[0], of: treaty).prompt
                == "According to the text, what was the number of articles of the treaty?")
        treaty.quantities[0].ask = "How many articles does the treaty have?"
        #expect(
            Self.templates.quantityValue(treaty.quantities[0], of: treaty).prompt
                == "According to the text, how many articles does the treaty have?")
    }

    /// An author's question must be one, and must not print its answer.
    @Test(arguments: [
        ("How many articles does the treaty have?", nil),
        ("The treaty has how many articles", "is a question: end it with '?'"),
        ("Does the treaty have 20 articles?", "prints its own answer"),
        ("Does the treaty have twenty articles?", "prints its own answer"),
    ])
    func anAuthorsQuestionIsChecked(_ ask: String, _ error: String?) {
        let yaml = """
            title: T
            sources: [{id: s, title: S}]
            events:
              - id: e
                summary: A treaty was signed.
                quantities:
                  - {id: q, value: 20, unit: articles, counts: articles of the treaty, ask: "\(ask)"}
            """
        let loaded = BankLoader.load(Array(yaml.utf8), format: .yaml, path: "t.yaml")
        if let error {
            #expect(loaded.diagnostics.contains { $0.description.contains(error) }, "\(loaded.diagnostics)")
            #expect(loaded.record == nil)
        } else {
            #expect(loaded.record?.events.first?.quantities.first?.ask == ask)
        }
    }

    /// A blank in an event of Pakistan's never offers what Pakistan holds a position about (it
    /// does not recognize Israel): a purchase "in Israel" would be false at a glance.
    @Test func noWrongOptionIsWhatTheActorTakesAStandAgainst() {
        let record = Record(
            title: "Rifles", sources: [Source(id: "s", title: "S")],
            entities: ["Pakistan", "Israel", "Czechoslovakia", "Jordan", "Syria", "Turkey"].map {
                Entity(id: $0.lowercased(), kind: .country, name: $0)
            },
            events: [
                Event(
                    id: "rifles", summary: "Pakistan purchased rifles in Czechoslovakia.",
                    actors: [.init(entity: "pakistan", role: "buyer")], places: ["czechoslovakia"], source: "s")
            ],
            statements: [
                Statement(
                    id: "stance", kind: .position, text: "Pakistan does not recognize Israel.", holder: "pakistan",
                    about: ["israel"], source: "s")
            ])
        let templates = QuestionGenerator(record: record, options: GenerationOptions(count: nil)).templates
        for seed in UInt64(0)..<20 {
            var random = SeededRandom(seed: seed)
            let questions = templates.eventParticipant(record.events[0], places: true, typed: false, random: &random)
            #expect(!questions.isEmpty)
            for question in questions { #expect(!question.options.contains("Israel"), "\(question.options)") }
        }
    }

    /// The Why of a number question says the number: the event's summary where it does (in
    /// figures or words), the figure itself where it does not.
    @Test func aNumbersExplanationAlwaysGivesTheNumber() {
        let treaty = Self.record.events[0]
        let articles = Self.templates.quantityValue(treaty.quantities[0], of: treaty)
        #expect(articles.explanation == "The text gives 20 as the number of articles of the treaty.")
        let capture = Self.record.events[1]
        let volunteers = Self.templates.quantityValue(capture.quantities[0], of: capture)
        #expect(volunteers.explanation == "Israel captured fifty volunteers.")
    }
}
