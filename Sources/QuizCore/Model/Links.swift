/// How one event or statement bears on others, as the source says: the reasons it gives, what it
/// rests a report or a figure on, and what it sets against what.
///
/// Each link is the source's (or the statement holder's) own: a record never links two items the
/// source does not connect.
public struct Links: Sendable, Hashable {
    /// Ids of the events or statements this item is given as a reason or cause for.
    public var reasonFor: [String]
    /// Ids of the events or statements this item is given as the basis of: the evidence, account
    /// or channel a report or a figure rests on.
    public var basisFor: [String]
    /// Ids of the events or statements the source contrasts this item with ("however", "while").
    public var contrastsWith: [String]

    /// Creates links.
    public init(reasonFor: [String] = [], basisFor: [String] = [], contrastsWith: [String] = []) {
        self.reasonFor = reasonFor
        self.basisFor = basisFor
        self.contrastsWith = contrastsWith
    }

    /// Whether there are none.
    public var isEmpty: Bool { reasonFor.isEmpty && basisFor.isEmpty && contrastsWith.isEmpty }

    /// The kinds of link, with their keys in a bank file.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case reason = "reason-for"
        case basis = "basis-for"
        case contrast = "contrasts-with"
    }

    /// The targets of one kind of link.
    public subscript(kind: Kind) -> [String] {
        get {
            switch kind {
            case .reason: reasonFor
            case .basis: basisFor
            case .contrast: contrastsWith
            }
        }
        set {
            switch kind {
            case .reason: reasonFor = newValue
            case .basis: basisFor = newValue
            case .contrast: contrastsWith = newValue
            }
        }
    }
}
