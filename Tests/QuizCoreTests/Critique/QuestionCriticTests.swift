import Foundation
import PropertyBased
import TestSupport
import Testing

@testable import QuizCore

/// The critic's rules, one table per rule: questions a teacher would reject (each must be found,
/// with the rule named) beside near misses that must pass.
@Suite struct QuestionCriticTests {
    static let seed = SeedQuestionsTests.record
    static let critic = QuestionCritic(record: seed)

    /// A generated question made by hand, for the tables.
    static func question(
        _ template: Templates.Name, prompt: String, options: [String] = [], left: [String] = [],
        answer: Question.Answer, accepted: [String] = [], facts: [String], subject: String? = nil,
        rivals: [String] = [], statementKind: Statement.Kind = .fact
    ) -> Question {
        var question = Question(
            id: "g.\(template.rawValue).\(facts.joined(separator: "."))", kind: template.kind, prompt: prompt,
            options: options, left: left, answer: answer, accepted: accepted, explanation: "", source: "seed-text",
            statementKind: statementKind, facts: facts, template: template.rawValue, tags: [])
        question.subject = subject
        question.rivals = rivals
        return question
    }

    static func rules(_ question: Question, critic: QuestionCritic = critic) -> Set<Finding.Rule> {
        Set(critic.findings(for: question).map(\.rule))
    }

    // MARK: Trivial

    @Test func theRecordsSubjectIsNoBlank() {
        #expect(Self.critic.index.cast.dominant.isSuperset(of: ["pakistan", "israel"]))
        #expect(!Self.critic.index.cast.dominant.contains("turkey"))
        let onPakistan = Self.question(
            .eventWhoTyped, prompt: "Which country fills the blank? “_____ purchased 250,000 rifles.”",
            answer: .text("Pakistan"), facts: ["rifle-purchase"], subject: "pakistan")
        #expect(Self.rules(onPakistan).contains(.trivial))
        let onACity = Self.question(
            .eventWhoTyped, prompt: "Which city fills the blank? “Fighting went on in _____.”",
            answer: .text("Beirut"), facts: ["volunteers-captured-1982"], subject: "beirut")
        #expect(!Self.rules(onACity).contains(.trivial))
        // Nothing else in the record is a movement: a blank on the PLO is a choice of one.
        let onTheOnlyMovement = Self.question(
            .eventWhoTyped, prompt: "Which organisation fills the blank? “During the war, _____ received news.”",
            answer: .text("the PLO"), facts: ["mission-information-1948"], subject: "plo")
        #expect(Self.rules(onTheOnlyMovement).contains(.trivial))
    }

    /// "Who was …?" of the record's main subject is answered by every other question that names
    /// him; of anyone else, it stands.
    @Test func theRecordsSubjectIsNoDescriptionToName() {
        let onPakistan = Self.question(
            .entityDescription, prompt: "According to the text, which country was the buyer of the rifles?",
            answer: .text("Pakistan"), facts: ["pakistan"])
        #expect(Self.rules(onPakistan).contains(.trivial))
        let onTurkey = Self.question(
            .entityDescription, prompt: "According to the text, which country was the host of the embassies?",
            answer: .text("Turkey"), facts: ["turkey"])
        #expect(!Self.rules(onTurkey).contains(.trivial))
    }

    /// A word made from a name gives it away: "British" gives Britain, "Turkish" Turkey. A
    /// shortened stem counts only in a capitalised word ("brittle" is no leak), and the name
    /// itself, or a different name, is not a word made from it.
    @Test(
        arguments: [
            ("Britain", "connected to the British Raj", "British"), ("Turkey", "the Turkish channels", "Turkish"),
            ("Syria", "Syrian planes", "Syrian"), ("Israel", "Israeli aircraft", "Israeli"),
            ("Britain", "a brittle peace", nil), ("Britain", "Britain's navy", nil),
            ("Jordan", "the Jordanian army", "Jordanian"), ("Jordan", "Jordan and Syria", nil),
            ("Pakistan", "Pakistani volunteers", "Pakistani"), ("Italy", "the Italian text", "Italian"),
        ] as [(String, String, String?)])
    func aWordMadeFromANameIsFound(_ name: String, _ text: String, _ word: String?) {
        let entity = Entity(id: "e", kind: .country, name: name)
        #expect(QuestionCritic.derivedWord(of: entity, in: text) == word)
    }

    /// A span written short in a title prints its end year: a question asking for it is given away.
    @Test(arguments: [
        ("The Partition of Bengal, 1905-12", "The Partition of Bengal, 1905-12 (1912)"),
        ("Wars of 1998–02", "Wars of 1998–02 (2002)"), ("The Siege, 1453", "The Siege, 1453"),
        ("From 1905-1912", "From 1905-1912"), ("Code 12345-678", "Code 12345-678"),
    ])
    func aShortSpanInATitlePrintsItsEndYear(_ title: String, _ read: String) {
        #expect(QuestionCritic.withFullYears(title) == read)
    }

    @Test func whatTheTitleNamesIsTheSubject() {
        let record = Record(
            title: "The Treaty of Wuchale", entities: [Entity(id: "t", kind: .other, name: "the Treaty of Wuchale")])
        #expect(QuestionCritic(record: record).index.cast.dominant == ["t"])
    }

    // MARK: Leaks

    @Test(arguments: [
        ("“Fifty Pakistani volunteers were captured by _____.”", "pakistan", true),  // a word made from the name
        ("“Turkey's embassies in Ankara and _____ are used.”", "istanbul", false),  // a sibling city is no leak
        ("“_____'s embassies and consulates in Ankara are used.”", "turkey", true),  // its own capital
        ("“_____ shot down some aircraft.”", "syria", false),
        ("“Syrian planes were flown by pilots of _____.”", "syria", true),
    ])
    func aBlankIsNotGivenAwayByTheSentence(prompt: String, subject: String, leaks: Bool) throws {
        let entity = try #require(Self.critic.index.entities[subject])
        let question = Self.question(
            .eventWhoTyped, prompt: "Which place fills the blank? " + prompt, answer: .text(entity.name),
            facts: ["turkish-channels"], subject: subject)
        #expect(Self.rules(question).contains(.leak) == leaks, "\(prompt)")
    }

    @Test(arguments: [
        ("The Pakistani Air Force takes part in the 1967 war", true),
        ("Israel captures volunteers in the 1980s", true),
        ("Fighting in the 19th century", true),
        ("A treaty signed in May", true),
        ("Pakistan purchased 250,000 rifles", false),
        ("Fifty volunteers may be captured", false),
        ("Event 1001 happened between two parties", false),  // a label, not a year
        ("Resolution 242 was passed", false),
        ("Israel captures Pakistani volunteers serving in the PLO", false),
        // A number that says what it counts is no year; one that does not is.
        ("Giustiniani arrived with 700 soldiers from Genoa", false),
        ("An army of 1500 men marched", false),
        ("In 1453 the city fell", true),
        ("In 1453, the city fell", true),
        ("The city fell in 1453", true),
        ("In 1453 Constantinople fell", true),
        ("The 1940s wars ended", true),
    ])
    func chronologyItemsPrintNoDate(item: String, dated: Bool) {
        #expect(QuestionCritic.containsDate(item) == dated, "\(item)")
        let question = Self.question(
            .eventOrder, prompt: "Put these in order.", options: [item, "A", "B"], answer: .order([0, 1, 2]),
            facts: ["paf-war-1967"])
        #expect(Self.rules(question).contains(.leak) == dated)
    }

    /// A small count gives another question's answer away only with its unit; a larger figure
    /// does wherever it is printed.
    @Test(arguments: [
        (3.0, "shiploads", "Officials refused to return three shiploads of tea.", true),
        (3.0, "shiploads", "Protesters stopped the tea in three other colonies.", false),
        (3.0, "shiploads", "Officials refused to return 3 shiploads of tea.", true),
        (50.0, "volunteers", "Fifty Pakistani volunteers were captured.", true),
        (250_000.0, "rifles", "It bought 250,000 of them.", true),
    ])
    func aSmallCountLeaksOnlyWithItsUnit(_ value: Double, _ unit: String, _ other: String, _ leaks: Bool) {
        let asked = Self.question(
            .quantityValue, prompt: "According to the text, how many \(unit) were there?",
            answer: .number(value, tolerance: nil, unit: unit, approximate: false), facts: ["a"])
        var printed = Self.question(
            .eventYear, prompt: "In what year did this happen?", answer: .text("x"), facts: ["b"])
        printed.explanation = other
        #expect(Self.critic.givesAway(asked, printed) == leaks)
    }

    @Test func anArticleBeforeTheBlankHints() {
        let hinted = Self.question(
            .statementCloze, prompt: "Fill in the blank in this position of Pakistan: “Pakistan supports an _____.”",
            answer: .blanks([["independent Palestinian state"]]), facts: ["supports-palestinian-state"],
            subject: "independent-palestinian-state", statementKind: .position)
        #expect(Self.rules(hinted).contains(.leak))
        var plain = hinted
        plain.prompt = "Fill in the blank in this position of Pakistan: “Pakistan supports the _____.”"
        #expect(!Self.rules(plain).contains(.leak))
        // At the start of the sentence, after the question.
        var opening = hinted
        opening.prompt = "Fill in the blank, according to the text: An _____ is what Pakistan supports."
        #expect(Self.rules(opening).contains(.leak))
        opening.prompt = "Fill in the blank, according to the text: Some _____ is what Pakistan supports."
        #expect(!Self.rules(opening).contains(.leak))
    }

    @Test func aWhenQuestionPrintsNoYear() {
        let printed = Self.question(
            .entityDate, prompt: "Over which years did the 1948 Palestinian War take place?",
            answer: .date(try! HistoricalDate(parsing: "1947/1949")), facts: ["war-1948"])
        #expect(Self.rules(printed).contains(.leak))
    }

    @Test(arguments: [
        // The prompt's "Palestinian" stands in the right option only: matched, not known.
        (["solidarity with Palestinian Muslims", "the liberation of both countries", "a shared faith abroad"], true),
        // A word the prompt shares with a wrong option too points nowhere.
        (["solidarity with Palestinian Muslims", "Palestinian refugees in the camps", "a shared faith abroad"], false),
        // Short words ("with", "of") and no shared word at all: fine.
        (["solidarity with its people", "the liberation of both countries", "a shared faith abroad"], false),
    ])
    func aPhraseOptionDoesNotEchoThePrompt(options: [String], echoes: Bool) {
        let question = Self.question(
            .eventInYear, prompt: "Which of these does the text give as a reason for the Palestinian question?",
            options: options, answer: .option(0), facts: ["solidarity-reason"])
        #expect(Self.rules(question).contains(.leak) == echoes, "\(options)")
    }

    @Test func theRightPhraseIsNotTheLongestByFar() {
        let long = Self.question(
            .eventInYear, prompt: "Which of these happened in 1948?",
            options: [
                "the marked differences between the two versions of the treaty", "a long war", "a great drought",
            ],
            answer: .option(0), facts: ["rifle-purchase"])
        #expect(Self.rules(long).contains(.leak))
        var even = long
        even.options[1] = "the ambition of the king to rule the coast"
        #expect(!Self.rules(even).contains(.leak))
        // Names are no phrases: a war's long name beside short ones is no cue.
        let names = Self.question(
            .eventDuring, prompt: "During which war did this happen? “Fifty volunteers were captured.”",
            options: ["the war between Israel and the PLO in Beirut", "1948 Palestinian War", "1967 Arab-Israeli war"],
            answer: .option(0), facts: ["volunteers-captured-1982"], subject: "war-beirut",
            rivals: ["war-1948", "war-1967"])
        #expect(!Self.rules(names).contains(.leak))
        // An author's question is flagged for it, never dropped.
        var authored = long
        authored.template = "authored"
        #expect(Self.critic.findings(for: authored).map(\.severity) == [.flag])
    }

    @Test func aMultipleAnswerQuestionLeavesTwoWrongOptions() {
        let forced = Self.question(
            .holderPositions,
            prompt: "Which of these does the text give as positions of Pakistan? Choose all that apply.",
            options: ["greed", "a drought", "a flood"], answer: .options([0, 1]), facts: ["two-state"])
        #expect(Self.rules(forced).contains(.tooFewOptions))
        var fair = forced
        fair.options.append("a plague")
        #expect(!Self.rules(fair).contains(.tooFewOptions))
    }

    // MARK: Options

    @Test(arguments: [
        ("jordan", "czechoslovakia", nil),  // two states: fair
        ("palestinian-authority", "plo", Finding.Rule.implausibleOption),  // a government against a movement
        ("beirut", "green-line", .implausibleOption),  // a border line offered as a city
        ("istanbul", "ankara", nil),  // two cities of one country are rivals
        ("pakistani-air-force", "pakistan", .implausibleOption),  // another kind
        ("israel", "israeli-mission-washington", .implausibleOption),  // a part of the answer
    ])
    func wrongOptionsMustBeBelievable(subject: String, rival: String, rule: Finding.Rule?) throws {
        let answer = try #require(Self.critic.index.entities[subject])
        let other = try #require(Self.critic.index.entities[rival])
        let question = Self.question(
            .eventWho, prompt: "Which fills the blank? “_____ did it.”", options: [answer.name, other.name, "X"],
            answer: .option(0), facts: ["relations-attempt"], subject: subject, rivals: [rival])
        let found = Self.rules(question)
        if let rule {
            #expect(found.contains(rule), "\(rival) against \(subject)")
        } else {
            #expect(!found.contains(.implausibleOption), "\(rival) against \(subject)")
        }
    }

    @Test func nothingThatDidNotYetExist() {
        let record = Record(
            title: "T",
            entities: [
                Entity(
                    id: "a", kind: .organisation, name: "Old League", date: try? HistoricalDate(parsing: "1900/1920")),
                Entity(id: "b", kind: .organisation, name: "New Union", date: try? HistoricalDate(parsing: "1990/..")),
                Entity(id: "c", kind: .organisation, name: "Other League"),
            ],
            events: [
                Event(id: "e", date: try? HistoricalDate(parsing: "1910"), summary: "Old League met.", source: "s")
            ])
        let critic = QuestionCritic(record: record)
        let anachronism = Self.question(
            .eventWho, prompt: "Which organisation fills the blank? “_____ met.”",
            options: ["Old League", "New Union", "Other League"], answer: .option(0), facts: ["e"], subject: "a",
            rivals: ["b", "c"])
        let findings = critic.findings(for: anachronism)
        #expect(findings.count == 1)
        #expect(findings.first?.rule == .implausibleOption && findings.first?.reason.contains("New Union") == true)
    }

    @Test func holdersMustHoldSomething() {
        let question = Self.question(
            .statementHolder,
            prompt: "According to the text, who holds this position? “_____ approves a two-state solution.”",
            options: ["Pakistan", "Jordan", "Pervez Musharraf"], answer: .option(0), facts: ["two-state"],
            subject: "pakistan", rivals: ["jordan"], statementKind: .position)
        let reasons = Self.critic.findings(for: question).map(\.reason)
        #expect(reasons.contains { $0.contains("Jordan holds no view") })
    }

    @Test func twoOptionsAreTooFew() {
        let question = Self.question(
            .eventFirst, prompt: "According to the text, which of these happened first?", options: ["A", "B"],
            answer: .option(0), facts: ["paf-war-1967"])
        #expect(Self.rules(question).contains(.tooFewOptions))
    }

    @Test func typedAnswersAreShort() {
        let long = Self.question(
            .eventWhoTyped, prompt: "Which organisation fills the blank? “During the war, _____ received news.”",
            answer: .text("Israel's diplomatic mission in Washington"), facts: ["mission-information-1948"],
            subject: "israeli-mission-washington")
        #expect(Self.rules(long).contains(.answerTooLong))
    }

    // MARK: Grammar and attribution

    @Test(arguments: [
        ("True or false? A the Soviet Union U-2 aircraft was shot down.", true),
        ("True or false? Fifty volunteers were captured..", true),
        ("True or false? fifty volunteers were captured.", true),
        ("fifty volunteers were captured. In what year?", true),
        ("True or false? The Soviet Union shot down a U-2 aircraft.", false),
        ("Which place fills the blank, according to the text? _____ was besieged.", false),
    ])
    func brokenSentencesAreFound(prompt: String, broken: Bool) {
        let question = Self.question(
            .statementFalseHolder, prompt: prompt, options: ["True", "False"], answer: .truth(false),
            facts: ["rifle-purchase"])
        #expect(Self.rules(question).contains(.grammar) == broken)
    }

    @Test func aViewIsNeverAskedAsFact() {
        let bare = Self.question(
            .statementCloze, prompt: "Fill in the blank: “Pakistan defines the situation as a _____.”",
            answer: .blanks([["massacre"]]), facts: ["massacre-not-conflict"], statementKind: .position)
        #expect(Self.rules(bare).contains(.viewAsFact))
        var attributed = bare
        attributed.prompt = "Fill in the blank in this position of Pakistan: “Pakistan defines it as a _____.”"
        #expect(!Self.rules(attributed).contains(.viewAsFact))
        let gloss = Self.question(
            .statementCloze,
            prompt: "Fill in the blank in this claim by the text's author: “The Green Line serves as an _____.”",
            answer: .blanks([["international border"]]), facts: ["green-line-border"], statementKind: .claim)
        #expect(Self.rules(gloss).contains(.viewAsFact))
    }

    // MARK: Whole-bank rules

    @Test func theSameFactIsNotAskedTwice() {
        let typed = Self.question(
            .eventWhoTyped, prompt: "Which place fills the blank? “Rifles bought in _____.”",
            answer: .text("Czechoslovakia"), facts: ["rifle-purchase"], subject: "czechoslovakia")
        let chosen = Self.question(
            .eventWhere, prompt: "Which country? “Pakistan purchased rifles in _____.”",
            options: ["Czechoslovakia", "Jordan", "Syria"], answer: .option(0), facts: ["rifle-purchase"],
            subject: "czechoslovakia", rivals: ["jordan", "syria"])
        // The choice is weighed first, whatever the order: the typed form repeats it.
        let reviews = Self.critic.review([typed, chosen])
        #expect(reviews[1].isKept)
        #expect(reviews[0].findings.map(\.rule) == [.duplicate])
    }

    @Test func anOptionRightEveryTimeItIsOfferedIsAPattern() {
        func holder(_ statement: String, _ answer: Int) -> Question {
            Self.question(
                .statementHolder, prompt: "According to the text, who makes this claim? “Claim \(statement).”",
                options: ["the text's author", "Pakistan", "Pervez Musharraf"], answer: .option(answer),
                facts: [statement], statementKind: .claim)
        }
        let always = Self.critic.review([holder("green-line-border", 0), holder("solidarity-reason", 0)])
        #expect(always.allSatisfy { $0.findings.map(\.rule) == [.predictable] })
        let mixed = Self.critic.review([holder("green-line-border", 0), holder("islam-reason", 1), holder("x", 0)])
        #expect(mixed.allSatisfy { $0.isKept })
    }

    @Test func authoredQuestionsAreFlaggedNeverDropped() {
        let authored = QuestionGenerator(record: Self.seed, options: GenerationOptions(count: nil)).reviews(seed: 1)
            .filter { $0.question.template == "authored" }
        #expect(authored.count == Self.seed.questions.count)
        #expect(authored.allSatisfy { $0.isKept })
    }

    // MARK: Generation keeps what the critic passes

    @Test func everyBundledBankYieldsOnlyWhatTheCriticPasses() throws {
        for name in ["pakistan-palestine-israel", "black-hole-of-calcutta", "treaty-of-wuchale"] {
            let url = Repository.url("QuestionBanks/\(name).yaml")
            let bytes = try [UInt8](Data(contentsOf: url))
            let record = try #require(BankLoader.load(bytes, format: .yaml, path: url.path).record)
            let generator = QuestionGenerator(record: record, options: GenerationOptions(count: nil))
            let all = generator.questions(seed: 5)
            let critic = QuestionCritic(record: record)
            #expect(critic.review(all).allSatisfy { $0.isKept }, "\(name)")
            #expect(all.count >= 6, "\(name) yields \(all.count)")
            let truths = all.filter { $0.kind == .trueFalse }.map { $0.answer == .truth(true) }
            let trueCount = truths.count { $0 }
            // About half true: a learner who always answers "True" gains nothing.
            #expect(truths.count < 4 || abs(Double(trueCount) / Double(truths.count) - 0.5) <= 0.25, "\(name)")
            for seed in [1, 2, 3] as [UInt64] {
                let quiz = QuestionGenerator(record: record, options: GenerationOptions(count: 10)).questions(
                    seed: seed)
                #expect(critic.review(quiz).allSatisfy { $0.isKept }, "\(name), seed \(seed)")
            }
        }
    }

    /// Random records with roles, sides and dates of existence.
    static let records: Generator<Record, some SendableSequenceType> = Gen.int(in: 0...1_000_000).map { seed in
        var random = SeededRandom(seed: UInt64(seed))
        func pick<T>(_ items: [T]) -> T { items[random.below(items.count)] }
        let names = ["Syria", "Iran", "Iraq", "Jordan", "Egypt", "Cairo", "Damascus", "Baghdad", "the League", "Amman"]
        let roles: [String?] = ["state", "city", "movement", nil]
        var entities: [Entity] = []
        for index in 0..<(3 + random.below(8)) {
            entities.append(
                Entity(
                    id: "n\(index)", kind: pick([.country, .place, .organisation]),
                    name: names[index % names.count]
                        + (index >= names.count ? " \(index)" : ""),
                    role: pick(roles), partOf: index > 0 && random.below(3) == 0 ? ["n\(random.below(index))"] : [],
                    date: random.below(4) == 0
                        ? try? HistoricalDate(parsing: pick(["1900/1950", "1960/..", "1930"])) : nil
                ))
        }
        var events: [Event] = []
        for index in 0..<(1 + random.below(6)) {
            let actor = pick(entities)
            let place = pick(entities)
            events.append(
                Event(
                    id: "e\(index)", date: try? HistoricalDate(parsing: pick(["1940", "1955", "1970", "1925"])),
                    summary: "\(TextTools.capitalized(actor.name)) met envoys in \(place.name).",
                    actors: [.init(entity: actor.id, role: "met")], places: [place.id], source: "s"))
        }
        return Record(title: "Random", sources: [Source(id: "s", title: "S")], entities: entities, events: events)
    }

    @Test func randomRecordsOfferOnlyFairRivals() async {
        await propertyCheck(count: 150, input: Self.records) { record in
            let questions = QuestionGenerator(record: record, options: GenerationOptions(count: nil)).questions(seed: 3)
            let entities = Dictionary(uniqueKeysWithValues: record.entities.map { ($0.id, $0) })
            func ancestors(_ id: String) -> Set<String> {
                var found: Set<String> = []
                var pending = entities[id]?.partOf ?? []
                while let next = pending.popLast() {
                    if found.insert(next).inserted { pending += entities[next]?.partOf ?? [] }
                }
                return found
            }
            for question in questions {
                guard let subject = question.subject.flatMap({ entities[$0] }) else { continue }
                for rival in question.rivals.compactMap({ entities[$0] }) {
                    // Checked here on the record itself, not through the critic's code.
                    #expect(rival.kind == subject.kind, "\(question.id)")
                    #expect(rival.role == subject.role, "\(question.id)")
                    #expect(!ancestors(rival.id).contains(subject.id) && !ancestors(subject.id).contains(rival.id))
                    #expect(rival.name != subject.name)
                }
            }
            #expect(QuestionCritic(record: record).review(questions).allSatisfy { $0.isKept })
        }
    }
}

/// Rules between the questions of one set, and the record constructs the critic reads.
@Suite struct QuestionSetTests {
    static let seed = SeedQuestionsTests.record

    @Test func aReportShownElsewhereAnswersHowTheTextPassesItOn() {
        let critic = QuestionCritic(record: Self.seed)
        let status = QuestionCriticTests.question(
            .statementStatus, prompt: "How does the text present this statement? “Pakistan was trying to help.”",
            options: ["as plain fact", "as a report", "as the author's own opinion"],
            answer: .option(1), facts: ["military-assistance-report"], statementKind: .claim)
        let during = QuestionCriticTests.question(
            .eventDuring, prompt: "During which war did this happen? “The mission received information.”",
            options: ["A", "B", "C"], answer: .option(0), facts: ["mission-information-1948"])
        let unrelated = QuestionCriticTests.question(
            .eventYear, prompt: "In what year did this happen? “Volunteers were captured.”",
            answer: .date(try! HistoricalDate(parsing: "1982")), facts: ["volunteers-captured-1982"])
        #expect(critic.revealsStatus(status, during))
        #expect(!critic.revealsStatus(status, unrelated))
        let reviews = critic.review([during, status])
        #expect(reviews[0].findings.map(\.rule) == [.leak])
        #expect(reviews[1].isKept)
    }

    @Test func anAuthorHearsOfAForcedPairButKeepsTheQuestion() {
        var matching = QuestionCriticTests.question(
            .holderPositionMatch, prompt: "Match each government to its reading.", options: ["x", "y"],
            left: ["Italy", "Ethiopia"], answer: .pairs([0, 1]), facts: ["italy-article-17"])
        matching.template = "authored"
        let critic = QuestionCritic(record: Self.seed)
        let review = critic.review([matching])[0]
        #expect(review.isKept)
        #expect(review.findings.map(\.rule) == [.tooFewOptions])
        #expect(review.findings.first?.severity == .flag)
        matching.options.append("z")
        #expect(critic.findings(for: matching).isEmpty)
    }

    @Test func eventsOfOneYearAreOrderedByMonthAndDay() throws {
        func event(_ id: String, _ date: String, _ summary: String) -> Event {
            Event(id: id, date: try? HistoricalDate(parsing: date), summary: summary, source: "s")
        }
        let record = Record(
            title: "A year", sources: [Source(id: "s", title: "S")],
            events: [
                event("proclaimed", "1948-05-14", "The state was proclaimed."),
                event("truce", "1948-06", "A truce began."),
                event("talks", "1948-11-02", "The talks opened."),
                event("armistice", "1949-03", "An armistice was signed."),
                event("somewhen", "1948", "A census was taken."),
            ])
        let all = QuestionGenerator(record: record, options: GenerationOptions(count: nil)).reviews(seed: 2)
            .map(\.question)
        let order = try #require(all.first { $0.template == "event-order" && $0.facts.first == "proclaimed" })
        #expect(order.facts == ["proclaimed", "truce", "talks", "armistice"])
        #expect(order.answerText.hasPrefix("The state was proclaimed. → A truce began."))
        // An event known only to the year overlaps every day of it: never ordered against them.
        #expect(
            !all.contains {
                $0.template == "event-order" && $0.facts.contains("somewhen") && $0.facts.count > 1
                    && $0.facts.contains("truce")
            })
    }

    @Test func duringAWarIsAskedAsWhichWar() throws {
        let all = QuestionGenerator(record: Self.seed, options: GenerationOptions(count: nil)).reviews(seed: 1)
        let during = try #require(all.first { $0.question.id == "g.event-during.mission-information-1948" })
        #expect(during.question.prompt.hasPrefix("Israel's diplomatic mission"))
        #expect(during.question.prompt.hasSuffix(" During which war did this happen, according to the text?"))
        #expect(during.question.answerText == "the 1948 Palestinian War")
        // Other wars are fair options: their dates are what the question asks about.
        #expect(!during.findings.contains { $0.rule == .implausibleOption })
        #expect(!all.contains { $0.question.id == "g.event-year.mission-information-1948" })
    }

    @Test(arguments: [
        ("1948-05-14", "1948"), ("1948-05", "1948"), ("1948-05-14~", "1948~"), ("-0043-03-15", "-0043"),
        ("1947/1949", "1947/1949"), ("1948", "1948"),
    ])
    func inWhatYearIsAnsweredByTheYear(_ date: String, _ year: String) throws {
        #expect(DateLabel.yearOnly(try HistoricalDate(parsing: date)).text == year)
    }

    @Test func rolesAreWordsAndPartsAreEntities() {
        let bank = """
            title: T
            sources: [{id: s, title: S}]
            entities:
              - {id: a, kind: country, name: A, role: Big State}
              - {id: b, kind: place, name: B, part-of: [nowhere]}
            events:
              - {id: e, summary: B happened., during: nothing}

            """
        let loaded = BankLoader.load(Array(bank.utf8), format: .yaml, path: "t.yaml")
        let messages = loaded.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("t.yaml:4:") && $0.contains("'role'") && $0.contains("'Big State'") })
        #expect(messages.contains { $0.hasPrefix("t.yaml:5:") && $0.contains("nowhere") })
        #expect(messages.contains { $0.hasPrefix("t.yaml:7:") && $0.contains("nothing") })
    }
}
