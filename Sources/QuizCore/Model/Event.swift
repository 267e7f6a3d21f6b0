/// Something that happened, with when, who, where and how many.
public struct Event: Sendable, Hashable {
    /// An entity taking part in an event, and in what role.
    public struct Actor: Sendable, Hashable {
        /// The entity's id.
        public var entity: String
        /// What it did or underwent ("buyer", "captured").
        public var role: String

        /// Creates an actor.
        public init(entity: String, role: String) {
            self.entity = entity
            self.role = role
        }
    }

    /// Stable id.
    public var id: String
    /// When it happened; `nil` when the source does not say.
    public var date: HistoricalDate?
    /// The id of the war (or other dated entity) the source places it in, when the source says
    /// only "during the war": it is then asked as "during which war", never as a span of years.
    public var during: String?
    /// One sentence saying what happened.
    public var summary: String
    /// Who took part.
    public var actors: [Actor]
    /// Where it happened: ids of place (or country) entities.
    public var places: [String]
    /// Figures the source gives.
    public var quantities: [Quantity]
    /// Topics, for choosing questions.
    public var tags: [String]
    /// The source's id.
    public var source: String
    /// What happened as a short phrase ("the fall of Fort William"), for questions that name the
    /// event inside a sentence of their own: reasons, bases and contrasts.
    public var gist: String?
    /// The reasons, bases and contrasts the source draws from this event to other items.
    public var links: Links

    /// Creates an event.
    public init(
        id: String, date: HistoricalDate? = nil, during: String? = nil, summary: String, actors: [Actor] = [],
        places: [String] = [], quantities: [Quantity] = [], tags: [String] = [], source: String, gist: String? = nil,
        links: Links = Links()
    ) {
        self.id = id
        self.date = date
        self.during = during
        self.summary = summary
        self.actors = actors
        self.places = places
        self.quantities = quantities
        self.tags = tags
        self.source = source
        self.gist = gist
        self.links = links
    }
}

/// A figure: a value, its unit and what is counted.
public struct Quantity: Sendable, Hashable {
    /// Stable id, so a learner's memory of this figure survives rewording.
    public var id: String
    /// The number.
    public var value: Double
    /// The unit, such as "rifles" or "volunteers".
    public var unit: String
    /// What is counted, as a phrase ("rifles Pakistan purchased in Czechoslovakia").
    public var counts: String
    /// Whether the source gives the figure as approximate.
    public var isApproximate: Bool
    /// How far from `value` an answer may be and still be right, when the author says so.
    public var tolerance: Double?
    /// The question as a teacher words it ("How many soldiers did the British commander leave
    /// behind?"), when the author gives it: asked instead of "what was the number of {counts}?".
    public var ask: String?

    /// Creates a quantity.
    public init(
        id: String, value: Double, unit: String, counts: String, isApproximate: Bool = false, tolerance: Double? = nil,
        ask: String? = nil
    ) {
        self.ask = ask
        self.id = id
        self.value = value
        self.unit = unit
        self.counts = counts
        self.isApproximate = isApproximate
        self.tolerance = tolerance
    }
}
