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

    /// A holder's position whose sentence opens with the blank needs no lead saying whose it is:
    /// the sentence says that whoever fills the blank holds it.
    @Test func aBlankHolderOpeningThePositionNeedsNoLead() throws {
        let holder = try Self.cloze("stance", blank: "pakistan")
        #expect(
            holder.prompt
                == "Fill in the blank, according to the text: _____ will not recognize Israel until a Palestinian state has East Jerusalem as its capital."
        )
    }

    /// A sentence that opens with its blank is asked in its own words, "who …?" or "which …?",
    /// where its verb reads the same whoever fills the blank; otherwise it keeps its blank.
    @Test(
        arguments: [
            (
                "_____ asked if the whole tribe was migrating.", "which group",
                "According to the text, which group asked if the whole tribe was migrating?"
            ),
            (
                "_____ removed Dyer from duty and forced him to retire.", "which house",
                "According to the text, which house removed Dyer from duty and forced him to retire?"
            ),
            (
                "_____ took the treaty to different groups.", "who",
                "According to the text, who took the treaty to different groups?"
            ),
            ("_____ agreed to the terms.", "who", "According to the text, who agreed to the terms?"),
            // An opening phrase of time or circumstance, and a possessive blank, whatever its verb.
            (
                "Following the revolution, _____'s claims were denied.", "which country",
                "According to the text, following the revolution, which country's claims were denied?"
            ),
            ("In 1919, _____ banned all meetings.", "who", "According to the text, in 1919, who banned all meetings?"),
            ("_____'s army is large.", "who", "According to the text, whose army is large?"),
            ("Dyer's men, _____ fired.", "who", nil), ("In 1919 _____ banned meetings.", "who", nil),
            // A verb that changes with the subject's number, or no verb next to the blank.
            ("_____ claims that the treaty was void.", "who", nil), ("_____ was convinced of a rising.", "who", nil),
            ("_____ and other iwi wanted settlement.", "which iwi", nil), ("_____ need more time.", "who", nil),
            ("_____, the commander, ordered a retreat.", "who", nil),
            // The blank inside the sentence, two sentences, or a quotation.
            ("_____ signed it. Others refused.", "who", nil),
            ("_____ signed “the treaty”.", "who", nil), ("_____ signed it", "who", nil),
        ] as [(String, String, String?)])
    func aSentenceOpeningWithItsBlankIsAskedAsAQuestion(_ blanked: String, _ wh: String, _ question: String?) {
        #expect(Templates.openingBlankQuestion(blanked, asking: wh) == question)
    }

    /// A plural name is given away by its singular ("the Bolshevik Revolution" for the
    /// Bolsheviks); a name that only ends in "s" has no singular.
    @Test(arguments: [
        ("the Bolsheviks", ["the Bolshevik", "Bolshevik"], true), ("Paris", ["Pari"], false),
        ("the Arabs", ["the Arab", "Arab"], true), ("Holwell", ["Holwel"], false),
    ])
    func aPluralNamesSingularGivesItAway(_ name: String, _ singular: [String], _ present: Bool) {
        var question = Question(
            id: "q", kind: .shortAnswer, prompt: "Who?", options: [], left: [], answer: .text(name), accepted: [],
            explanation: "", source: nil, statementKind: .fact, facts: ["f"], template: "event-who-typed", tags: [])
        question.subject = nil
        #expect(singular.allSatisfy(question.leakForms.contains) == present, "\(question.leakForms)")
    }

    /// A summary in the passive is asked in one sentence: "In what year was … founded?". Only
    /// with one "was" or "were" after a plain subject, a participle after it, and a subject that
    /// opens with a name or reads the same in lower case.
    @Test(
        arguments: [
            ("The Indian National Congress was founded.", "was|the Indian National Congress|founded"),
            ("Fifty volunteers were captured by Israel.", "were|fifty volunteers|captured by Israel"),
            ("Pakistan was given aid.", "was|Pakistan|given aid"),
            ("Hundreds of people were killed.", "were|hundreds of people|killed"),
            ("Protesters were arrested.", nil),  // a capital that may or may not be a name
            ("The war was over.", nil), ("The fort, which was weak, was taken.", nil),
            ("The treaty was signed. It was denounced.", nil), ("Israel captured volunteers.", nil),
            ("The man who was shot was a general.", nil),
        ] as [(String, String?)])
    func aPassiveSummaryIsAskedInOneSentence(_ text: String, _ parts: String?) {
        let split = Self.templates.passiveParts(text)
        #expect(split.map { "\($0.be)|\($0.subject)|\($0.rest)" } == parts)
    }

    /// A count said as "twice" is a figure the summary gives: the summary is the Why.
    @Test(arguments: [
        (2.0, "The House voted against him twice.", true), (1, "He was wounded once.", true),
        (3, "They met thrice.", true), (3, "They met twice.", false), (2, "They met once.", false),
        (4, "Four times they met.", true),
    ])
    func aCountSaidAsAnAdverbIsAFigure(_ value: Double, _ text: String, _ printed: Bool) {
        #expect(Question.printsFigure(value, in: text) == printed)
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
        // Any common opening word goes to lower case after the lead-in.
        treaty.quantities[0].ask = "In how many languages was the treaty written?"
        #expect(
            Self.templates.quantityValue(treaty.quantities[0], of: treaty).prompt
                == "According to the text, in how many languages was the treaty written?")
        // A name keeps its capital: the attribution goes at the end.
        treaty.quantities[0].ask = "Italy's copy of the treaty had how many articles?"
        #expect(
            Self.templates.quantityValue(treaty.quantities[0], of: treaty).prompt
                == "Italy's copy of the treaty had how many articles, according to the text?")
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

/// The date an event's summary opens with is taken off before a when-question prints it, in
/// the forms authors write dates in; a phrase that is not only a date stays.
@Suite struct LeadingDateTests {
    @Test(arguments: [
        ("In 1982, fifty volunteers were captured.", "Fifty volunteers were captured."),
        ("In May 1948, the war began.", "The war began."),
        ("On 14 May 1948, Israel declared independence.", "Israel declared independence."),
        ("On December 16, 1773, colonists destroyed the tea.", "Colonists destroyed the tea."),
        ("On December 16th, 1773, colonists destroyed the tea.", "Colonists destroyed the tea."),
        ("In the spring of 1773, the act was passed.", "The act was passed."),
        ("During 1948, Pakistan bought rifles.", "Pakistan bought rifles."),
        ("By 1890, Italy held Eritrea.", "Italy held Eritrea."),
        // Not (only) a date: left as written.
        ("During the 1948 war, Pakistan bought rifles.", "During the 1948 war, Pakistan bought rifles."),
        ("In 1982 Israel captured fifty volunteers.", "In 1982 Israel captured fifty volunteers."),
        ("In Boston, officials refused.", "In Boston, officials refused."),
        ("In May, the war began.", "In May, the war began."),
        ("On 12345, nothing.", "On 12345, nothing."),
        ("Pakistan bought rifles in 1948.", "Pakistan bought rifles in 1948."),
    ])
    func theOpeningDateIsTakenOff(_ summary: String, _ text: String) {
        #expect(TextTools.withoutLeadingDate(summary) == text)
    }

    /// "Which of these happened in 1773?" explains itself with the date once.
    @Test func theExplanationGivesTheDateOnce() throws {
        let yaml = """
            title: T
            sources: [{id: s, title: S}]
            events:
              - {id: a, summary: "In 1773, the Tea Act was passed.", date: "1773"}
              - {id: b, summary: The war began near Boston., date: "1775"}
              - {id: c, summary: The port of Boston was closed., date: "1774"}
              - {id: d, summary: The Congress met in Philadelphia., date: "1776"}
            """
        let (record, templates) = try templatesOf(yaml)
        var random = SeededRandom(seed: 1)
        let dated = try #require(templates.eventInYear(record.events[0], random: &random).first)
        #expect(dated.explanation == "In 1773, the Tea Act was passed.")
        let plain = try #require(templates.eventInYear(record.events[1], random: &random).first)
        #expect(plain.explanation == "The war began near Boston (1775).")
    }
}

/// A lead naming a holder agrees with it: "colonists hold", "the garrison holds". A claim's
/// lead is in the past, which agrees with any holder and fits people long dead, and points
/// ahead plainly: "claimed the following", not "claims this".
@Suite struct HolderAgreementTests {
    @Test(arguments: [
        ("colonists", "position", "According to the text, colonists hold this position."),
        ("garrison", "position", "According to the text, the garrison holds this position."),
        ("usa", "position", "According to the text, the United States holds this position."),
        ("colonists", "claim", "According to the text, colonists claimed the following."),
        ("garrison", "claim", "According to the text, the garrison claimed the following."),
    ])
    func theVerbAgreesWithTheHolder(_ holder: String, _ kind: String, _ lead: String) throws {
        let yaml = """
            title: T
            sources: [{id: s, title: S}]
            entities:
              - {id: colonists, kind: group, name: colonists}
              - {id: garrison, kind: group, name: the garrison}
              - {id: usa, kind: country, name: the United States}
              - {id: tea-act, kind: concept, name: the Tea Act}
              - {id: stamp-act, kind: concept, name: the Stamp Act}
            statements:
              - {id: c, kind: \(kind), holder: \(holder), text: The Tea Act violated the law., about: [tea-act]}
            """
        let (record, templates) = try templatesOf(yaml)
        let cloze = try #require(templates.statementCloze(record.statements[0]).first)
        #expect(cloze.prompt.hasPrefix(lead + " Fill in the blank:"), "\(cloze.prompt)")
    }
}

/// A blank never stands where it would break the sentence: before a plural possessive's
/// apostrophe ("the _____' right"); before "'s" it may.
@Suite struct BlankPlacementTests {
    @Test(arguments: [
        ("The Tea Act violated the colonists' right.", false),
        ("The Tea Act violated the colonists’ right.", false),
        ("The Tea Act angered the colonists.", true),
        ("The colonists's anger grew.", true),
    ])
    func aPluralPossessiveIsNotBlanked(_ text: String, _ asked: Bool) throws {
        let yaml = """
            title: T
            sources: [{id: s, title: S}]
            entities:
              - {id: colonists, kind: group, name: colonists}
              - {id: merchants, kind: group, name: merchants}
            statements:
              - {id: c, kind: fact, text: "\(text)", about: [colonists]}
            """
        let (record, templates) = try templatesOf(yaml)
        #expect(!templates.statementCloze(record.statements[0]).isEmpty == asked)
    }
}

/// What an option or an item to order prints must make sense on its own page.
@Suite struct StandAloneTextTests {
    @Test(arguments: [
        ("The British Parliament passed the Tea Act.", true),
        ("Menelik II yielded territories in return for an assurance of independence.", true),
        ("The British Parliament responded with the Coercive Acts.", false),
        ("He yielded some territories of Ethiopia to Italy.", false),
        ("This treaty was signed at Wuchale.", false),
        ("Italy in turn occupied Eritrea.", false),
        ("Pakistan also defines the situation as a massacre.", false),
        ("Hearing of it, the Nawab marched on Calcutta.", true),
        ("As a result, the war began.", false),
        ("The latter signed the treaty.", false),
        ("They signed the treaty.", false),
        ("Thistlewood led the plot in London.", true),
        ("Italy's envoy signed the treaty at Wuchale.", true),
        ("The envoy, as a rule, signed.", true),
    ])
    func anItemPointingOffThePageIsNoOption(_ text: String, _ alone: Bool) {
        #expect(TextTools.standsAlone(text) == alone)
    }

    /// "Which of these happened in 1773?" offers no event that points elsewhere.
    @Test func whichHappenedInAYearOffersOnlyStandAloneEvents() throws {
        let yaml = """
            title: T
            sources: [{id: s, title: S}]
            events:
              - {id: a, summary: The Tea Act was passed., date: "1773"}
              - {id: b, summary: The war began near Boston., date: "1775"}
              - {id: c, summary: Parliament responded with the Coercive Acts., date: "1774"}
              - {id: d, summary: The Congress met in Philadelphia., date: "1776"}
            """
        let (record, templates) = try templatesOf(yaml)
        var random = SeededRandom(seed: 1)
        let question = try #require(templates.eventInYear(record.events[0], random: &random).first)
        #expect(question.options.count == 3)
        #expect(!question.options.contains { $0.contains("responded") })
        #expect(templates.eventInYear(record.events[2], random: &random).isEmpty)
        #expect(templates.eventOrder(record.events[0], random: &random).isEmpty)
    }
}

/// The bank's title heads every quiz, so a when-question whose answer it prints gives itself
/// away; the description is never shown to a learner, so it does not.
@Suite struct HeadingLeakTests {
    @Test(arguments: [
        ("The 1889 treaty", "A treaty between Italy and Ethiopia", true),
        ("The Treaty of Wuchale", "The 1889 treaty between Italy and Ethiopia", false),
    ])
    func onlyTheTitleCounts(_ title: String, _ description: String, _ leaks: Bool) throws {
        let yaml = """
            title: \(title)
            description: \(description)
            sources: [{id: s, title: S}]
            events:
              - {id: signed, summary: Italy and Ethiopia signed the treaty at Wuchale., date: "1889-05-02"}
              - {id: denounced, summary: Menelik II denounced the treaty., date: "1893"}
            """
        let record = try #require(BankLoader.load(Array(yaml.utf8), format: .yaml, path: "t.yaml").record)
        let reviews = QuestionGenerator(record: record, options: GenerationOptions(count: nil)).reviews(seed: 1)
        let year = try #require(reviews.first { $0.question.id == "g.event-year.signed" })
        #expect(year.findings.contains { $0.reason.contains("title prints the answer") } == leaks)
    }
}

/// A record written as YAML, loaded, and the templates over it.
func templatesOf(_ yaml: String) throws -> (record: Record, templates: Templates) {
    let record = try #require(BankLoader.load(Array(yaml.utf8), format: .yaml, path: "t.yaml").record)
    return (record, Templates(index: RecordIndex(record), choiceCount: 4))
}

/// An event the record dates to the day is asked its date where its year would not tell it from
/// the others; otherwise its year.
@Suite struct DayQuestionTests {
    @Test(arguments: [
        (["1756-06-20", "1756"], "On what date", "20 June 1756"),  // one year in the whole record
        (["1773-12-16", "1773", "1775"], "On what date", "16 December 1773"),  // another event that year
        (["1889-05-02", "1893", "1896"], "In what year", "1889"),
    ])
    func theDayIsAskedWhereTheYearWouldNotDo(_ dates: [String], _ asked: String, _ answer: String) throws {
        let events = dates.enumerated().map {
            "  - {id: e\($0.offset), summary: Event \($0.offset) happened., date: \"\($0.element)\"}"
        }
        let yaml = "title: T\nsources: [{id: s, title: S}]\nevents:\n" + events.joined(separator: "\n")
        let (record, templates) = try templatesOf(yaml)
        let question = try #require(templates.eventYear(record.events[0]).first)
        #expect(question.prompt == "Event 0 happened. \(asked) did this happen, according to the text?")
        #expect(question.answerText == answer)
        // The Why gives the date, which the summary does not.
        #expect(question.explanation.hasPrefix("Event 0 happened (") && question.explanation.contains(answer))
    }

    /// Another question printing the year narrows a day question; printing the day gives it away.
    @Test func theDayIsWhatGivesADateAway() {
        let day = Question(
            id: "d", kind: .year, prompt: "It happened. On what date did this happen?", options: [], left: [],
            answer: .date(try! HistoricalDate(parsing: "1773-12-16")), accepted: [], explanation: "",
            source: nil, statementKind: .fact, facts: ["d"], template: "event-year", tags: [])
        #expect(TextTools.leaks(day.leakForms, in: "On December 16, 1773, the tea was destroyed."))
        #expect(TextTools.leaks(day.leakForms, in: "16 December 1773: the tea was destroyed."))
        #expect(!TextTools.leaks(day.leakForms, in: "In 1773, the Tea Act was passed."))
    }
}

/// "Who makes this claim?" offers the others who give their own account of the same thing (a
/// witness and some historians on a death toll), whatever their roles; a group that speaks of
/// something else is not offered, and states keep to their own role.
@Suite struct RivalAccountTests {
    static let yaml = """
        title: T
        sources: [{id: s, title: S}]
        entities:
          - {id: hole, kind: place, name: the Black Hole}
          - {id: fort, kind: place, name: Fort William}
          - {id: holwell, kind: person, role: official, name: John Zephaniah Holwell}
          - {id: historians, kind: group, role: scholars, name: some modern historians}
          - {id: others, kind: group, role: scholars, name: some other historians}
          - {id: sepoys, kind: group, role: soldiers, name: the sepoys}
          - {id: nawab, kind: person, role: ruler, name: Siraj-ud-Daulah}
        statements:
          - {id: witness, kind: claim, holder: holwell, text: Of 146 prisoners 123 died., about: [hole]}
          - {id: modern, kind: claim, holder: historians, text: Of 64 prisoners 43 died., about: [hole]}
          - {id: lowest, kind: claim, holder: others, text: About 18 died., about: [hole]}
          - {id: desert, kind: claim, holder: sepoys, text: The fort could not be held., about: [fort]}
          - {id: order, kind: position, holder: nawab, text: The fortifications must stop., about: [fort]}
        """

    @Test func theOtherAccountsAreTheOptions() throws {
        let (record, templates) = try templatesOf(Self.yaml)
        var random = SeededRandom(seed: 3)
        let asked = try #require(templates.statementHolder(record.statements[0], random: &random).first)
        #expect(Set(asked.options).isSuperset(of: ["some modern historians", "some other historians"]))
        #expect(!asked.options.contains("the sepoys"))
        // A group's own claim is asked too, against the other accounts.
        let critic = QuestionCritic(record: record)
        let group = try #require(templates.statementHolder(record.statements[1], random: &random).first)
        #expect(group.options.contains("John Zephaniah Holwell") && !group.options.contains("the sepoys"))
        #expect(!critic.review([group])[0].findings.contains { $0.rule == .implausibleOption })
    }

    /// No wrong option whose words are all in the answer's, or the answer's all in its own.
    @Test(arguments: [
        ("some historians", "some modern historians", true),
        ("Israel", "the State of Israel", true),
        ("The French complied, while the British demurred.", "The British complied, while the French demurred.", false),
        ("the 1967 Arab-Israeli war", "the 1973 Arab-Israeli war", false),
        ("Pakistan", "the Pakistani Air Force", false),
        ("John Zephaniah Holwell", "some historians", false),
    ])
    func overlappingLabelsAreFound(_ one: String, _ other: String, _ overlap: Bool) {
        #expect(QuestionCritic.oneContainsTheOther(one, other) == overlap)
        #expect(QuestionCritic.oneContainsTheOther(other, one) == overlap)
    }

    @Test func anOverlappingWrongOptionIsNotOffered() throws {
        let (record, templates) = try templatesOf(Self.yaml)
        var random = SeededRandom(seed: 5)
        // "some other historians" against "some modern historians": one set of words is not in the
        // other, so both are offered; a plain "some historians" would not be.
        let asked = try #require(templates.statementHolder(record.statements[1], random: &random).first)
        #expect(asked.options.contains("some other historians"))
        var overlapping = asked
        overlapping.options = asked.options.map { $0 == "some other historians" ? "some historians" : $0 }
        let critic = QuestionCritic(record: record)
        #expect(
            critic.review([overlapping])[0].findings.contains {
                $0.reason.contains("the words of one are all in the other")
            })
        // Where the record names another group "some historians", "who says so?" of either group
        // has no fair form (two defensible answers, or the answer the only historians offered):
        // it is not asked. Holwell's claim still is, with both groups offered.
        let (plain, plainTemplates) = try templatesOf(
            Self.yaml.replacingOccurrences(of: "some other historians", with: "some historians"))
        #expect(plainTemplates.statementHolder(plain.statements[1], random: &random).isEmpty)
        #expect(plainTemplates.statementHolder(plain.statements[2], random: &random).isEmpty)
        let witness = try #require(plainTemplates.statementHolder(plain.statements[0], random: &random).first)
        #expect(Set(witness.options).isSuperset(of: ["some modern historians", "some historians"]))
    }

    /// Accounts of different things do not make groups rivals.
    @Test func aGroupSpeakingOfSomethingElseIsNoRival() throws {
        let (record, _) = try templatesOf(Self.yaml)
        let critic = QuestionCritic(record: record)
        let entity = { (id: String) in record.entities.first { $0.id == id }! }
        #expect(critic.rivalAccounts(entity("historians"), entity("holwell")))
        #expect(!critic.rivalAccounts(entity("sepoys"), entity("holwell")))
        #expect(!critic.rivalAccounts(entity("nawab"), entity("holwell")))
    }
}

/// Two states' readings of one article: each is asked "who holds this position?" with the other
/// offered, though each reading names the other state; a sentence that names its holder as the
/// one who claims is its own attribution.
@Suite struct RivalReadingTests {
    static let yaml = """
        title: T
        sources: [{id: s, title: S}]
        entities:
          - {id: italy, kind: country, role: state, name: Italy}
          - {id: ethiopia, kind: country, role: state, name: Ethiopia}
          - {id: france, kind: country, role: state, name: France}
          - {id: article, kind: concept, name: Article 17}
        statements:
          - id: italian
            kind: position
            holder: italy
            topic: Article 17
            text: Italy claimed that Article 17 imposed a protectorate.
            about: [article, ethiopia]
          - id: ethiopian
            kind: position
            holder: ethiopia
            topic: Article 17
            text: Ethiopia claimed that Article 17 let it use Italy's diplomacy by choice.
            about: [article, italy]
          - {id: french, kind: position, holder: france, topic: trade, text: France wanted trade., about: [article]}
        """

    @Test func theOtherReadingsHolderIsOffered() throws {
        let (record, templates) = try templatesOf(Self.yaml)
        var random = SeededRandom(seed: 2)
        let asked = try #require(templates.statementHolder(record.statements[0], random: &random).first)
        #expect(asked.options.contains("Ethiopia") && asked.options.contains("Italy"))
        #expect(asked.prompt == "According to the text, who claimed that Article 17 imposed a protectorate?")
        // The explanation is the sentence itself: it says whose reading it is.
        #expect(asked.explanation == "Italy claimed that Article 17 imposed a protectorate.")
        // A reading that names the other party gives itself away: that party is not offered.
        let named = try #require(templates.statementHolder(record.statements[1], random: &random).first)
        #expect(!named.options.contains("Italy") && named.options.contains("France"))
    }

    @Test(arguments: [
        ("italian", "Article 17 imposed a protectorate."),
        ("ethiopian", "Article 17 let it use Italy's diplomacy by choice."),
        ("french", "France wanted trade."),
    ])
    func whatIsReportedIsTheClaimWithoutItsHolder(_ id: String, _ reported: String) throws {
        let (record, templates) = try templatesOf(Self.yaml)
        let statement = try #require(record.statements.first { $0.id == id })
        #expect(templates.reported(statement) == reported)
    }
}

/// An event the record names by a gist ("the signing of the treaty") is asked its date in one
/// sentence; one named only by its summary, or by a gist that is no happening, keeps the
/// summary before the question.
@Suite struct NamedEventDateTests {
    @Test(arguments: [
        ("the signing of the Treaty of Wuchale", true),
        ("the establishment of Fort William", true),
        ("the British reinforcement of Fort William", true),
        ("information received by Israel's diplomatic mission in Washington", false),
        ("the British commander's order to the garrison to escape", false),
        ("Pakistan's non-recognition of Israel", false),
        ("the passing of the Tea Act", false),
        ("the storming of the Bastille", true),
    ])
    func aGistThatNamesAHappening(_ gist: String, _ names: Bool) {
        #expect(Templates.namesAnEvent(gist) == names)
    }

    @Test func theDateOfANamedEventIsAskedInOneSentence() throws {
        let yaml = """
            title: T
            sources: [{id: s, title: S}]
            events:
              - {id: signed, summary: Italy and Ethiopia signed a treaty at Wuchale., date: "1889", gist: the signing of the treaty}
              - {id: denounced, summary: Menelik II denounced the treaty., date: "1893"}
            """
        let (record, templates) = try templatesOf(yaml)
        let named = try #require(templates.eventYear(record.events[0]).first)
        #expect(named.prompt == "In what year did the signing of the treaty take place, according to the text?")
        let plain = try #require(templates.eventYear(record.events[1]).first)
        #expect(plain.prompt == "Menelik II denounced the treaty. In what year did this happen, according to the text?")
    }
}

/// Rival accounts of one thing by a group and an organisation: each is the other's wrong answer
/// to "who …?", and a statement that opens with its holder is asked in its own words, with its
/// holder or another in its place.
@Suite struct RivalAccountWordingTests {
    static let record = Record(
        title: "Tolls", sources: [Source(id: "s", title: "S")],
        entities: [
            Entity(id: "official", kind: .group, name: "official sources", role: "officials"),
            Entity(id: "congress", kind: .organisation, name: "the Congress", role: "party"),
            Entity(id: "historians", kind: .group, name: "some historians", role: "scholars"),
            Entity(id: "massacre", kind: .other, name: "the massacre"),
        ],
        events: [Event(id: "shooting", summary: "Troops fired on a crowd.", source: "s")],
        statements: [
            Statement(
                id: "official-toll", kind: .claim, text: "Official sources gave a figure of 379 dead.",
                holder: "official", about: ["shooting", "massacre"], source: "s",
                links: Links(contrastsWith: ["congress-toll"])),
            Statement(
                id: "congress-toll", kind: .claim, text: "The Congress estimated about 1,000 dead.",
                holder: "congress", about: ["shooting", "massacre"], source: "s"),
            Statement(
                id: "turning-point", kind: .claim, text: "Some historians claim that the massacre was a turning point.",
                holder: "historians", about: ["massacre"], source: "s"),
            Statement(
                id: "present", kind: .claim, text: "Official sources give a lower figure.", holder: "official",
                about: ["shooting"], source: "s"),
            // Two who objected alike: neither is a false item for the other.
            Statement(
                id: "congress-objected", kind: .position, text: "The Congress objected to the shooting.",
                holder: "congress", about: ["shooting"], source: "s"),
            Statement(
                id: "historians-objected", kind: .position, text: "Some historians objected to the shooting.",
                holder: "historians", about: ["shooting"], source: "s"),
        ])

    static let templates = QuestionGenerator(record: record, options: GenerationOptions(count: nil)).templates

    static func statement(_ id: String) -> Statement { record.statements.first { $0.id == id }! }

    @Test func anOrganisationsAccountIsARivalOfAGroups() throws {
        var random = SeededRandom(seed: 1)
        let holder = try #require(
            Self.templates.statementHolder(Self.statement("official-toll"), random: &random).first)
        #expect(holder.prompt == "According to the text, who gave a figure of 379 dead?")
        #expect(holder.options.contains("the Congress"))
        #expect(holder.answerText == "official sources")
    }

    @Test func aStatementOpeningWithItsHolderIsPutWithAnotherInItsPlace() throws {
        #expect(Self.templates.afterSwappableHolder(Self.statement("official-toll")) == " gave a figure of 379 dead.")
        #expect(Self.templates.afterSwappableHolder(Self.statement("congress-toll")) == " estimated about 1,000 dead.")
        // Reported words are asked without their holder; a present tense would not agree with another.
        #expect(Self.templates.afterSwappableHolder(Self.statement("turning-point")) == nil)
        #expect(Self.templates.afterSwappableHolder(Self.statement("present")) == nil)
        var random = SeededRandom(seed: 1)
        for id in ["official-toll", "congress-toll"] {
            let statement = Self.statement(id)
            let asked =
                Self.templates.statementTrue(statement, random: &random)
                + Self.templates.statementFalseHolder(statement, random: &random)
            let question = try #require(asked.first)
            #expect(asked.count == 1)
            #expect(question.prompt.hasPrefix("True or false? According to the text, "))
            let own = question.prompt.hasPrefix(
                "True or false? According to the text, \(id == "official-toll" ? "official sources" : "the Congress") ")
            #expect(own == (question.answer == .truth(true)), "\(question.prompt)")
        }
        // Put with another holder, a view must be false of it by the text: only a holder whose
        // account the text sets against it. Two who objected alike are asked no such item.
        for id in ["congress-objected", "historians-objected"] {
            let statement = Self.statement(id)
            #expect(Self.templates.afterSwappableHolder(statement) != nil)
            #expect(Self.templates.statementTrue(statement, random: &random).isEmpty)
            #expect(Self.templates.statementFalseHolder(statement, random: &random).isEmpty)
        }
    }
}
