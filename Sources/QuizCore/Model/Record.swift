/// A structured historical record: what a bank knows, each piece with a stable id and a source.
///
/// Questions are generated from it, and learners' progress is keyed on its ids, so rewording a
/// summary never loses anyone's history.
public struct Record: Sendable, Hashable {
    /// The bank's title, shown when choosing a bank.
    public var title: String
    /// A sentence or two on what the bank covers.
    public var description: String?
    /// Where the record's contents come from.
    public var sources: [Source]
    /// People, countries, organisations, places, wars…
    public var entities: [Entity]
    /// Dated (or undated) happenings.
    public var events: [Event]
    /// Facts, positions and claims, each attributed as the source attributes it.
    public var statements: [Statement]
    /// Questions written by hand.
    public var questions: [AuthoredQuestion]

    /// Creates a record.
    public init(
        title: String, description: String? = nil, sources: [Source] = [], entities: [Entity] = [],
        events: [Event] = [], statements: [Statement] = [], questions: [AuthoredQuestion] = []
    ) {
        self.title = title
        self.description = description
        self.sources = sources
        self.entities = entities
        self.events = events
        self.statements = statements
        self.questions = questions
    }
}

extension Record {
    /// How many items of each kind a record holds.
    public struct Counts: Sendable, Hashable {
        public var sources: Int
        public var entities: Int
        public var events: Int
        public var statements: Int
        public var questions: Int
    }

    /// The topics `--topic` can choose: the tags of its events and authored questions, sorted.
    public var topics: [String] {
        var tags: Set<String> = []
        for event in events { tags.formUnion(event.tags) }
        for question in questions { tags.formUnion(question.tags) }
        return tags.sorted()
    }

    /// How many items of each kind this record holds.
    public var counts: Counts {
        Counts(
            sources: sources.count, entities: entities.count, events: events.count, statements: statements.count,
            questions: questions.count)
    }
}

/// Where something in the record comes from.
public struct Source: Sendable, Hashable {
    /// Stable id.
    public var id: String
    /// The title of the work.
    public var title: String
    /// Who wrote it, when known.
    public var author: String?
    /// Who published it, when known.
    public var publisher: String?
    /// When it was written or published.
    public var date: HistoricalDate?
    /// Where to find it.
    public var url: String?
    /// Anything else a reader should know about it.
    public var note: String?

    /// Creates a source.
    public init(
        id: String, title: String, author: String? = nil, publisher: String? = nil, date: HistoricalDate? = nil,
        url: String? = nil, note: String? = nil
    ) {
        self.id = id
        self.title = title
        self.author = author
        self.publisher = publisher
        self.date = date
        self.url = url
        self.note = note
    }
}

/// A person, country, organisation, place, war or other thing the record names.
public struct Entity: Sendable, Hashable {
    /// What sort of thing an entity is. Distractors are drawn from the same kind.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case person, country, organisation, group, place, war, concept, other
    }

    /// Stable id.
    public var id: String
    /// What sort of thing it is.
    public var kind: Kind
    /// The name shown to learners.
    public var name: String
    /// Other names that count as the same answer (PLO, Palestine Liberation Organization).
    public var aliases: [String]
    /// What it is, more precisely than its kind: "state", "armed-force", "diplomatic-mission",
    /// "city", "border". Wrong options are drawn from the same kind and, when given, the same role.
    public var role: String?
    /// Ids of the entities it belongs to or speaks for (an air force and its state, a president
    /// and his country). Generation treats them as one side: never as each other's rival.
    public var partOf: [String]
    /// When it existed or took place, for wars and the like.
    public var date: HistoricalDate?
    /// A short description, such as a person's office.
    public var description: String?
    /// The source that names it.
    public var source: String?

    /// Creates an entity.
    public init(
        id: String, kind: Kind, name: String, aliases: [String] = [], role: String? = nil, partOf: [String] = [],
        date: HistoricalDate? = nil, description: String? = nil, source: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.role = role
        self.partOf = partOf
        self.date = date
        self.description = description
        self.source = source
    }
}
