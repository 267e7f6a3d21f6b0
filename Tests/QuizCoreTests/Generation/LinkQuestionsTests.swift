import Testing

@testable import QuizCore

/// Questions on the links a text draws between its items: the reasons it gives, what it rests a
/// report on, what it contrasts.
@Suite struct LinkQuestionsTests {
    static func event(_ id: String, _ gist: String?, _ links: Links = Links()) -> Event {
        Event(id: id, summary: "Something happened (\(id)).", source: "s", gist: gist, links: links)
    }

    static func fact(_ id: String, _ gist: String, _ links: Links) -> Statement {
        Statement(id: id, kind: .fact, text: "A fact (\(id)).", source: "s", gist: gist, links: links)
    }

    /// Five outcomes with their reasons: two for the siege, one for each other, a reason for a
    /// reason, a historian's reason, a rumoured one.
    static let record = Record(
        title: "Links", sources: [Source(id: "s", title: "S")],
        entities: [Entity(id: "holwell", kind: .person, name: "John Holwell")],
        events: [
            event("siege", "the siege of the fort"), event("fall", "the fall of the fort"),
            event("flight", "the flight of the garrison"), event("treaty", "the signing of the treaty"),
            event("famine", "the famine in the province"),
        ],
        statements: [
            fact("indifference", "indifference to the ruler's authority", Links(reasonFor: ["siege"])),
            fact("ambition", "the ruler's ambition", Links(reasonFor: ["siege"])),
            fact("insult", "an insult to the envoy", Links(reasonFor: ["indifference"])),
            fact("desertions", "the desertions of the sepoys", Links(reasonFor: ["fall"])),
            fact("trade", "the protection of trade", Links(reasonFor: ["treaty"])),
            Statement(
                id: "cramped", kind: .claim, text: "The cell was cramped.", holder: "holwell", source: "s",
                gist: "the cramped cell", links: Links(reasonFor: ["flight"])),
            Statement(
                id: "drought", kind: .claim, text: "There was a drought.", status: .rumoured, source: "s",
                gist: "a drought", links: Links(reasonFor: ["famine"])),
        ])

    static func questions(_ record: Record = record, template: Templates.Name) -> [Question] {
        let generator = QuestionGenerator(record: record, options: GenerationOptions(count: nil))
        var random = SeededRandom(seed: 7)
        let templates = generator.templates
        return record.events.flatMap { templates.eventQuestions(template, $0, random: &random) }
            + record.statements.flatMap { templates.statementQuestions(template, $0, random: &random) }
    }

    static func gist(_ id: String) -> String {
        (record.events.first { $0.id == id }?.gist ?? record.statements.first { $0.id == id }?.gist)!
    }

    @Test func aReasonIsAskedAmongOtherReasons() throws {
        let question = try #require(Self.questions(template: .linkReason).first { $0.facts == ["desertions"] })
        #expect(question.prompt == "Which of these does the text give as a reason for the fall of the fort?")
        #expect(question.answerText == "the desertions of the sepoys")
        let reasons = Set(Self.record.statements.map(\.gist!))
        #expect(question.options.count == 4)
        #expect(question.options.allSatisfy(reasons.contains), "\(question.options)")
        #expect(QuestionCritic(record: Self.record).passes(question))
    }

    @Test func noOtherReasonForTheSameThingNorAReasonForAReasonIsOffered() {
        let onTheSiege = Self.questions(template: .linkReason).filter { $0.prompt.hasSuffix("the siege of the fort?") }
        #expect(onTheSiege.count == 2)
        for question in onTheSiege {
            let wrong = question.options.filter { $0 != question.answerText }
            // "the ruler's ambition" and "indifference…" are both reasons for the siege; the insult
            // is a reason for the indifference, so a learner could defend it too.
            for defensible in [
                "indifference to the ruler's authority", "the ruler's ambition", "an insult to the envoy",
            ] {
                #expect(!wrong.contains(defensible), "\(question.id): \(wrong)")
            }
        }
    }

    @Test func aHoldersReasonIsTheirsAndARumourHasNobodyToGiveOne() throws {
        let all = Self.questions(template: .linkReason)
        let holwell = try #require(all.first { $0.facts == ["cramped"] })
        #expect(holwell.prompt == "Which of these does John Holwell give as a reason for the flight of the garrison?")
        #expect(!all.contains { $0.facts == ["drought"] })
    }

    @Test func severalReasonsFromOneVoiceAreAskedTogether() throws {
        let all = Self.questions(template: .linkReasons)
        #expect(all.count == 1)
        let question = try #require(all.first)
        #expect(
            question.prompt
                == "Which of these does the text give as reasons for the siege of the fort? Choose all that apply.")
        guard case .options(let right) = question.answer else {
            Issue.record("not a multiple-answer question")
            return
        }
        #expect(
            Set(right.map { question.options[$0] }) == [
                "indifference to the ruler's authority", "the ruler's ambition",
            ])
        #expect(question.options.count - right.count >= 2)
        #expect(Set(question.facts) == ["indifference", "ambition"])
    }

    @Test func basesAndContrastsAreTheTextsReading() throws {
        var record = Self.record
        record.statements = [
            Self.fact("letter", "a letter from the envoy", Links(basisFor: ["siege"], contrastsWith: ["fall"])),
            Self.fact("diary", "a soldier's diary", Links(basisFor: ["fall"], contrastsWith: ["treaty"])),
            Self.fact("ledger", "the company's ledger", Links(basisFor: ["flight"], contrastsWith: ["famine"])),
            Self.fact("sermon", "a sermon", Links(basisFor: ["treaty"], contrastsWith: ["flight"])),
        ]
        let basis = try #require(Self.questions(record, template: .linkBasis).first { $0.facts == ["letter"] })
        #expect(basis.prompt == "What does the text give as the basis for the siege of the fort?")
        #expect(basis.answerText == "a letter from the envoy")
        #expect(basis.options.count == 4)
        let contrast = try #require(Self.questions(record, template: .linkContrast).first { $0.facts == ["diary"] })
        #expect(contrast.prompt == "Which of these does the text contrast with the signing of the treaty?")
        #expect(contrast.answerText == "a soldier's diary")
        // The sermon is contrasted with the flight, the ledger with the famine: neither with the
        // treaty, so both may be offered; the sermon is the treaty's basis, so it is not.
        #expect(!contrast.options.contains("a sermon"))
        let critic = QuestionCritic(record: record)
        #expect(critic.passes(basis) && critic.passes(contrast))
    }

    @Test func aLinkToAnItemWithoutAGistAsksNothing() {
        var record = Self.record
        record.events[1].gist = nil  // the fall
        #expect(!Self.questions(record, template: .linkReason).contains { $0.facts == ["desertions"] })
    }

    @Test func tooFewOtherReasonsLeaveTheCriticToSayWhy() throws {
        var record = Self.record
        record.statements = [record.statements[0], record.statements[4]]
        let reviews = QuestionGenerator(record: record, options: GenerationOptions(count: nil)).reviews(seed: 1)
        let onTrade = try #require(reviews.first { $0.question.id == "g.link-reason.trade.treaty" })
        #expect(onTrade.findings.map(\.rule) == [.tooFewOptions])
        #expect(!onTrade.isKept)
    }

    @Test func aTargetWithoutAGistIsWarnedAbout() throws {
        let yaml = """
            title: T
            sources: [{id: s, title: S}]
            events:
              - {id: siege, summary: The fort was besieged.}
            statements:
              - {id: why, kind: fact, text: The ruler was angry., gist: the ruler's anger, reason-for: siege}
            """
        let bank = BankLoader.load(Array(yaml.utf8), format: .yaml, path: "t.yaml")
        #expect(bank.record != nil)
        #expect(
            bank.diagnostics.map(\.description) == [
                "t.yaml:6:92: warning: 'reason-for' names 'siege', which has no 'gist': give it one (a short phrase) so that questions can name it"
            ])
        #expect(bank.record?.statements.first?.links.reasonFor == ["siege"])
    }
}
