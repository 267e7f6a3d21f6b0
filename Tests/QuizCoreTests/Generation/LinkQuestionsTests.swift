import Testing

@testable import QuizCore

/// Questions on the links a text draws between its items: the reasons it gives, what it rests a
/// report on, what it contrasts. Asked as one matching per kind of link.
@Suite struct LinkQuestionsTests {
    static func event(_ id: String, _ gist: String?) -> Event {
        Event(id: id, summary: "Something happened (\(id)).", source: "s", gist: gist)
    }

    static func fact(_ id: String, _ gist: String, _ links: Links) -> Statement {
        Statement(id: id, kind: .fact, text: "A fact (\(id)).", source: "s", gist: gist, links: links)
    }

    /// Outcomes with their reasons: two for the siege, one each for the others, a reason for a
    /// reason, a historian's reason, a rumoured one.
    static let record = Record(
        title: "Links", sources: [Source(id: "s", title: "S")],
        entities: [Entity(id: "holwell", kind: .person, name: "John Holwell")],
        events: [
            event("siege", "the siege of the fort"), event("fall", "the fall of the fort"),
            event("flight", "the flight of the garrison"), event("treaty", "the signing of the treaty"),
            event("famine", "the famine in the province"),
            // Linked to nothing: the spare a matching needs.
            event("harvest", "the harvest festival"),
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

    static func matching(_ kind: Links.Kind, in record: Record = record, seed: UInt64 = 7) -> Question? {
        let generator = QuestionGenerator(record: record, options: GenerationOptions(count: nil))
        var random = SeededRandom(seed: seed)
        return generator.templates.linkMatch(kind, random: &random).first
    }

    /// The pairs a matching question keys, as (left, right).
    static func pairs(_ question: Question) -> [String: String] {
        guard case .pairs(let partners) = question.answer else { return [:] }
        return Dictionary(uniqueKeysWithValues: zip(question.left, partners.map { question.options[$0] }))
    }

    @Test func theTextsReasonsAreMatchedToWhatTheyExplain() throws {
        let question = try #require(Self.matching(.reason))
        #expect(question.kind == .matching)
        #expect(question.prompt == "Match each of these to the reason the text gives for it.")
        let pairs = Self.pairs(question)
        #expect(pairs["The fall of the fort"] == "the desertions of the sepoys")
        #expect(pairs["The signing of the treaty"] == "the protection of trade")
        #expect(QuestionCritic(record: Self.record).passes(question))
        #expect(QuestionRules.violations(question, in: Self.record) == [])
    }

    @Test(arguments: [UInt64(1), 2, 3, 7, 99])
    func everyItemHasExactlyOneDefensiblePartner(seed: UInt64) throws {
        let question = try #require(Self.matching(.reason, seed: seed))
        let pairs = Self.pairs(question)
        // The siege has two reasons: at most one of them is asked, and the insult (a reason for
        // one of them) is never beside it. A holder's reason and a rumour are not the text's.
        #expect(
            pairs.values.filter { ["indifference to the ruler's authority", "the ruler's ambition"].contains($0) }.count
                <= 1)
        if pairs["The siege of the fort"] != nil { #expect(!question.options.contains("an insult to the envoy")) }
        #expect(!question.options.contains("the cramped cell"))
        #expect(!question.options.contains("a drought"))
        #expect(Set(question.left).isDisjoint(with: question.options.map(TextTools.capitalized)))
    }

    @Test func aSpareThatPartnersNothingKeepsTheLastPairFromBeingForced() throws {
        let question = try #require(Self.matching(.reason))
        #expect(question.options.count == question.left.count + 1)
        #expect(question.options.contains("the harvest festival"))
        var record = Self.record
        record.events.removeLast()  // no item left that is linked to nothing
        #expect(Self.matching(.reason, in: record) == nil)
    }

    @Test func fewerThanThreeLinksMakeNoMatching() {
        var record = Self.record
        record.statements = [record.statements[3], record.statements[4]]
        #expect(Self.matching(.reason, in: record) == nil)
    }

    @Test func aLinkToAnItemWithoutAGistIsLeftOut() throws {
        var record = Self.record
        record.events[1].gist = nil  // the fall
        record.statements.append(Self.fact("orders", "the company's orders", Links(reasonFor: ["flight"])))
        let question = try #require(Self.matching(.reason, in: record))
        #expect(!question.options.contains("the desertions of the sepoys"))
    }

    @Test func basesAndContrastsAreMatchedToo() throws {
        var record = Self.record
        record.statements = [
            Self.fact("letter", "a letter from the envoy", Links(basisFor: ["siege"], contrastsWith: ["fall"])),
            Self.fact("diary", "a soldier's diary", Links(basisFor: ["fall"], contrastsWith: ["treaty"])),
            Self.fact("ledger", "the company's ledger", Links(basisFor: ["flight"], contrastsWith: ["famine"])),
        ]
        let basis = try #require(Self.matching(.basis, in: record))
        #expect(basis.prompt == "Match each of these to what the text gives as its basis.")
        #expect(Self.pairs(basis)["The siege of the fort"] == "a letter from the envoy")
        let contrast = try #require(Self.matching(.contrast, in: record))
        #expect(contrast.prompt == "Match each of these to what the text contrasts it with.")
        #expect(Self.pairs(contrast)["The signing of the treaty"] == "a soldier's diary")
        // In a whole quiz, each kind of link is one question.
        let all = QuestionGenerator(record: record, options: GenerationOptions(count: nil)).questions(seed: 1)
        #expect(all.filter { $0.template == "basis-match" }.count == 1)
        #expect(all.filter { $0.template == "contrast-match" }.count == 1)
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
