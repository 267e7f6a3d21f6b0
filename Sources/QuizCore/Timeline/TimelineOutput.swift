/// What a timeline game asks the terminal to show or store: its own turns and placements, and
/// the outputs every quiz has (attempts to store, help, notices, the score, the summary).
public enum TimelineOutput: Sendable, Hashable {
    /// A new event to place on the line.
    case turn(Turn)
    /// Where the learner put an event, and where it belongs.
    case placement(Placement)
    /// The line as it stands at the end of the game.
    case finalLine([TimelineEvent])
    /// An output shared with every quiz: `.record` must be stored before the next prompt.
    case quiz(Output)

    /// One turn: the line so far, and the event to place (whose date is not to be shown).
    public struct Turn: Sendable, Hashable {
        /// The turn's number, from 1.
        public var number: Int
        /// How many events there are to place.
        public var total: Int
        /// The event to place.
        public var event: TimelineEvent
        /// The events on the line, earliest first; slot `n` (from 1) is before the `n`th of them,
        /// and the last slot after them all.
        public var line: [TimelineEvent]
        /// What to type.
        public var instruction: String
    }

    /// The verdict on one placement.
    public struct Placement: Sendable, Hashable {
        /// The event placed.
        public var event: TimelineEvent
        /// The slot chosen, from 1.
        public var slot: Int
        /// The right slots, from 1: more than one when the event shares its day with events on
        /// the line.
        public var rightSlots: ClosedRange<Int>
        /// The verdict, as stored with the attempt: the event's date and its neighbours' dates.
        public var feedback: String
        /// Credit after hints, 0 to 1.
        public var credit: Double
        /// Points earned.
        public var points: Double
        /// The running score.
        public var tally: Output.Tally

        /// Whether the event went in a right slot.
        public var isRight: Bool { rightSlots.contains(slot) }
    }
}
