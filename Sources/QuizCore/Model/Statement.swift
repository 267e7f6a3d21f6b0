/// Something the source says, classified by who stands behind it.
///
/// History is contested: a government's stance is a `position` held by that government, and an
/// opinion, rumour or report is a `claim` with its holder or its status. Only what the source
/// states as plain fact is a `fact`.
public struct Statement: Sendable, Hashable {
    /// Who stands behind a statement.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Stated by the source as fact.
        case fact
        /// A stance held by an actor, possibly at a given time.
        case position
        /// Something asserted by a holder, or reported, apparent or rumoured.
        case claim
    }

    /// How the source qualifies a claim it passes on.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// Information someone received or passed on.
        case reported
        /// What "apparently" was so.
        case apparent
        /// A rumour.
        case rumoured
    }

    /// Stable id.
    public var id: String
    /// Fact, position or claim.
    public var kind: Kind
    /// The statement, one or two sentences.
    public var text: String
    /// Who holds a position or makes a claim: an entity id, or a source id for the source's own
    /// judgements.
    public var holder: String?
    /// How a claim is qualified.
    public var status: Status?
    /// What a position is about, as a short phrase ("recognition of Israel").
    public var topic: String?
    /// When the position was held or the claim made.
    public var date: HistoricalDate?
    /// Ids of the entities, events, quantities or statements it concerns.
    public var about: [String]
    /// The source's id.
    public var source: String
    /// Context for the learner, such as who said it and where.
    public var note: String?
    /// What it says as a short phrase ("solidarity with Palestinian Muslims"), for questions that
    /// name it inside a sentence of their own: reasons, bases and contrasts.
    public var gist: String?
    /// The reasons, bases and contrasts the source (or the holder) draws from this statement.
    public var links: Links

    /// Creates a statement.
    public init(
        id: String, kind: Kind, text: String, holder: String? = nil, status: Status? = nil, topic: String? = nil,
        date: HistoricalDate? = nil, about: [String] = [], source: String, note: String? = nil, gist: String? = nil,
        links: Links = Links()
    ) {
        self.id = id
        self.kind = kind
        self.text = text
        self.holder = holder
        self.status = status
        self.topic = topic
        self.date = date
        self.about = about
        self.source = source
        self.note = note
        self.gist = gist
        self.links = links
    }
}
