import PropertyBased
import Testing

@testable import QuizCore

/// A random but valid record, made by the property library's generators from small choices
/// (an index into a pool of names, a date, who holds a statement…), so that a failing case
/// shrinks: items are dropped and each choice moves towards the first of its pool, down to the
/// smallest record that still fails. Names come from a small pool so that collisions happen:
/// shared names and aliases, names inside names ("Iran", "Iraq"; "Austria", "Australia").
struct RandomBank: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    let record: Record

    /// The bank as YAML, for a failing case to print.
    var description: String { "\n" + BankWriter.yaml(record) }
    var debugDescription: String { description }

    static let names = [
        "Syria", "Serbia", "Iran", "Iraq", "Pakistan", "Israel", "Jordan", "Turkey", "Beirut", "Ankara",
        "the PLO", "Cairo", "Egypt", "Austria", "Australia",
    ]
    static let dates = [
        "1948", "1948-05", "1948-05-14", "1947/1949", "1948~", "194X", "1967", "1973", "1982", "1947/..", "-0043",
        "1990?",
    ]
    static let kinds = Entity.Kind.allCases
    static let statementKinds = Statement.Kind.allCases
    static let statuses = Statement.Status.allCases

    /// An entity: its name (from the pool, sometimes numbered to be unique), an alias (none,
    /// "ABC", or another name from the pool), its kind, and whether it has a description.
    struct EntityChoice: Sendable {
        var name: Int
        var numbered: Bool
        var alias: Int
        var kind: Int
        var described: Bool
    }

    /// An event: who met whom where (entities by position, wrapping around), its date (or none),
    /// a counted quantity (or none) and a tag.
    struct EventChoice: Sendable {
        var actor: Int
        var other: Int
        var place: Int
        var date: Int
        var quantity: Int?
        var tagged: Bool
    }

    /// A statement: its kind, its holder (the source, nobody, or an entity), a status, a topic,
    /// and whom it is about.
    struct StatementChoice: Sendable {
        var kind: Int
        var holder: Int
        var status: Int
        var topic: Int
        var about: Int
        var other: Int
    }

    static var entity: Generator<EntityChoice, some SendableSequenceType> {
        zip(
            Gen.int(in: 0...(names.count - 1)), Gen.bool, Gen.int(in: 0...(names.count + 1)),
            Gen.int(in: 0...(kinds.count - 1)), Gen.bool
        )
        .map { EntityChoice(name: $0.0, numbered: $0.1, alias: $0.2, kind: $0.3, described: $0.4) }
    }

    static var event: Generator<EventChoice, some SendableSequenceType> {
        zip(
            Gen.int(in: 0...11), Gen.int(in: 0...11), Gen.int(in: 0...11), Gen.int(in: 0...dates.count),
            Gen.int(in: 0...999).optional(valueRate: 0.3), Gen.bool
        )
        .map { EventChoice(actor: $0.0, other: $0.1, place: $0.2, date: $0.3, quantity: $0.4, tagged: $0.5) }
    }

    static var statement: Generator<StatementChoice, some SendableSequenceType> {
        zip(
            Gen.int(in: 0...(statementKinds.count - 1)), Gen.int(in: 0...13), Gen.int(in: 0...statuses.count),
            Gen.int(in: 0...2), Gen.int(in: 0...11), Gen.int(in: 0...11)
        )
        .map {
            StatementChoice(kind: $0.0, holder: $0.1, status: $0.2, topic: $0.3, about: $0.4, other: $0.5)
        }
    }

    /// Banks of one to `entities` entities, with up to as many events and statements.
    static func bank(entities: Int = 12) -> Generator<RandomBank, some SendableSequenceType> {
        zip(
            entity.array(of: 1...entities), event.array(of: 0...entities), statement.array(of: 0...entities)
        )
        .map { RandomBank(entities: $0.0, events: $0.1, statements: $0.2) }
    }

    init(entities entityChoices: [EntityChoice], events eventChoices: [EventChoice], statements: [StatementChoice]) {
        let names = Self.names
        var entities: [Entity] = []
        for (index, choice) in entityChoices.enumerated() {
            let alias: [String] =
                switch choice.alias {
                case 0: []
                case 1: ["ABC"]
                default: [names[choice.alias - 2]]
                }
            entities.append(
                Entity(
                    id: "n\(index)", kind: Self.kinds[choice.kind],
                    name: names[choice.name] + (choice.numbered ? " \(index)" : ""), aliases: alias,
                    description: choice.described ? "a leader" : nil))
        }
        func entity(_ position: Int) -> Entity { entities[position % entities.count] }

        var events: [Event] = []
        for (index, choice) in eventChoices.enumerated() {
            let actor = entity(choice.actor)
            let place = entity(choice.place)
            let date = choice.date == 0 ? nil : try? HistoricalDate(parsing: Self.dates[choice.date - 1])
            let quantities = choice.quantity.map {
                [Quantity(id: "q\(index)", value: Double($0), unit: "men", counts: "men there")]
            }
            events.append(
                Event(
                    id: "e\(index)", date: date,
                    // Half the summaries print their date (a when-question would leak), half do not.
                    summary: "\(actor.name) met \(entity(choice.other).name) in \(place.name)"
                        + (choice.tagged ? " in \(date?.text ?? "some year")." : "."),
                    actors: [.init(entity: actor.id, role: "met")], places: [place.id], quantities: quantities ?? [],
                    tags: [choice.tagged ? "b" : "a"], source: "s", gist: "the meeting in \(place.name)"))
        }

        var statementList: [Statement] = []
        for (index, choice) in statements.enumerated() {
            let kind = Self.statementKinds[choice.kind]
            let status: Statement.Status? =
                kind == .claim && choice.status > 0 ? Self.statuses[choice.status - 1] : nil
            // Holder: the source (0), nobody for a claim with a status (1), or an entity.
            let holder: String? =
                switch (kind, choice.holder) {
                case (.fact, _): nil
                case (_, 0): "s"
                case (.claim, 1) where status != nil: nil
                default: entity(choice.holder).id
                }
            let about = entity(choice.about)
            // Every statement has a gist; about a third link to another item (an event or an
            // earlier statement) as a reason, a basis or a contrast.
            var links = Links()
            let targets = events.map(\.id) + statementList.map(\.id)
            if let kind = [nil, Links.Kind.reason, .basis, .contrast][(choice.topic + choice.other) % 4],
                !targets.isEmpty
            {
                links[kind] = [targets[choice.about % targets.count]]
            }
            statementList.append(
                Statement(
                    id: "st\(index)", kind: kind, text: "\(about.name) wants \(entity(choice.other).name) to leave.",
                    holder: holder, status: status, topic: [nil, "peace", "borders"][choice.topic], about: [about.id],
                    source: "s", gist: "the wish of \(about.name) that \(entity(choice.other).name) leave", links: links
                ))
        }
        record = Record(
            title: "Random", sources: [Source(id: "s", title: "S")], entities: entities, events: events,
            statements: statementList)
    }
}
