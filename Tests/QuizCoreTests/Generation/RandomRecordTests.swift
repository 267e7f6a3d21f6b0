import PropertyBased
import Testing

@testable import QuizCore

/// Property-based: the rules hold on records made at random, from one item to dozens, with names
/// that collide, aliases shared between entities, and dates of every precision.
@Suite struct RandomRecordTests {
    /// A random but valid record. Names come from a small pool so that collisions happen.
    static func record(seed: UInt64, size: Int) -> Record {
        var random = SeededRandom(seed: seed)
        func pick<T>(_ items: [T]) -> T { items[random.below(items.count)] }
        let pool = [
            "Syria", "Serbia", "Iran", "Iraq", "Pakistan", "Israel", "Jordan", "Turkey", "Beirut", "Ankara",
            "the PLO", "Cairo", "Egypt", "Austria", "Australia",
        ]
        let kinds = Entity.Kind.allCases
        var entities: [Entity] = []
        for index in 0..<max(1, size) {
            let name = pick(pool) + (random.below(3) == 0 ? " \(index)" : "")
            let aliases = random.below(3) == 0 ? [pick(pool)] : (random.below(4) == 0 ? ["ABC"] : [])
            entities.append(
                Entity(
                    id: "n\(index)", kind: pick(kinds), name: name, aliases: aliases,
                    description: random.below(5) == 0 ? "a leader" : nil))
        }
        let dates = [
            "1948", "1948-05", "1948-05-14", "1947/1949", "1948~", "194X", "1967", "1973", "1982", "1947/..", "-0043",
            "1990?",
        ]
        var events: [Event] = []
        for index in 0..<random.below(size + 1) {
            let actor = pick(entities)
            let place = pick(entities)
            let date = random.below(4) == 0 ? nil : try? HistoricalDate(parsing: pick(dates))
            let quantities =
                random.below(3) == 0
                ? [Quantity(id: "q\(index)", value: Double(random.below(1000)), unit: "men", counts: "men there")] : []
            events.append(
                Event(
                    id: "e\(index)", date: date,
                    summary:
                        "\(actor.name) met \(pick(entities).name) in \(place.name) in \(date?.text ?? "some year").",
                    actors: [.init(entity: actor.id, role: "met")], places: [place.id], quantities: quantities,
                    tags: [pick(["a", "b"])], source: "s"))
        }
        var statements: [Statement] = []
        for index in 0..<random.below(size + 1) {
            let kind = pick(Statement.Kind.allCases)
            let holder = kind == .fact ? nil : (random.below(4) == 0 ? "s" : pick(entities).id)
            let status: Statement.Status? =
                kind == .claim && random.below(2) == 0 ? pick(Statement.Status.allCases) : nil
            let about = pick(entities)
            statements.append(
                Statement(
                    id: "st\(index)", kind: kind, text: "\(about.name) wants \(pick(entities).name) to leave.",
                    holder: kind == .claim && status != nil && random.below(2) == 0
                        ? nil : (holder ?? (kind == .fact ? nil : "s")),
                    status: status, topic: random.below(2) == 0 ? pick(["peace", "borders"]) : nil, about: [about.id],
                    source: "s"))
        }
        return Record(
            title: "Random", sources: [Source(id: "s", title: "S")], entities: entities, events: events,
            statements: statements)
    }

    @Test func everyGeneratedQuestionKeepsTheRules() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...1_000_000), Gen.int(in: 1...12)) { seed, size in
            let record = Self.record(seed: UInt64(seed), size: size)
            let questions = QuestionGenerator(record: record, options: GenerationOptions(count: nil)).questions(
                seed: UInt64(seed))
            #expect(Set(questions.map(\.id)).count == questions.count)
            let problems = questions.flatMap { QuestionRules.violations($0, in: record) }
            #expect(problems == [], "seed \(seed), size \(size)")
        }
    }

    @Test func selectionIsDeterministicAndBounded() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...1_000_000), Gen.int(in: 1...8), Gen.int(in: 1...30)) {
            seed, size, count in
            let record = Self.record(seed: UInt64(seed), size: size)
            let generator = QuestionGenerator(record: record, options: GenerationOptions(count: count))
            let first = generator.questions(seed: UInt64(seed))
            #expect(first == generator.questions(seed: UInt64(seed)))
            #expect(first.count <= count)
            #expect(Set(first.map(\.id)).count == first.count)
        }
    }

    @Test func tinyRecordsWorkOrSayNothing() {
        let one = Record(
            title: "One", sources: [Source(id: "s", title: "S")],
            entities: [Entity(id: "a", kind: .country, name: "Syria")])
        let questions = QuestionGenerator(record: one, options: GenerationOptions(count: nil)).questions(seed: 1)
        #expect(questions.allSatisfy { QuestionRules.violations($0, in: one).isEmpty })
        let empty = Record(title: "Empty")
        #expect(QuestionGenerator(record: empty).questions(seed: 1).isEmpty)
    }
}
