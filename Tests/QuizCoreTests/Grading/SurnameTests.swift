import Testing

@testable import QuizCore

/// A person's surname alone is the person, as a teacher takes it, unless another entity of the
/// record goes by the same word.
@Suite struct SurnameTests {
    static let record = Record(
        title: "Siege", sources: [Source(id: "s", title: "S")],
        entities: [
            Entity(id: "giustiniani", kind: .person, name: "Giovanni Giustiniani"),
            Entity(id: "mehmed", kind: .person, name: "Mehmed II"),
            Entity(id: "john-adams", kind: .person, name: "John Adams"),
            Entity(id: "samuel-adams", kind: .person, name: "Samuel Adams"),
            Entity(id: "genoa", kind: .place, name: "Republic of Genoa"),
            Entity(id: "li", kind: .person, name: "Zhou Li"),
        ],
        events: [Event(id: "walls", summary: "Giovanni Giustiniani held the land walls.", source: "s")])

    static let grader = AnswerGrader(record: record)

    static func question(_ name: String) -> Question {
        Question(
            id: "t", kind: .shortAnswer, prompt: "Who?", options: [], left: [], answer: .text(name), accepted: [],
            explanation: "e", source: "s", statementKind: .fact, facts: ["walls"], template: "test", tags: [])
    }

    @Test func aSurnameAloneIsThePersonWithTheNameInFull() {
        let verdict = Self.grader.grade("Giustiniani", for: Self.question("Giovanni Giustiniani"))
        #expect(verdict.isCorrect)
        #expect(verdict.feedback == "Correct (in full: Giovanni Giustiniani).")
        // A slip in it is a slip in the surname.
        #expect(Self.grader.grade("Giustiniano", for: Self.question("Giovanni Giustiniani")).isCorrect)
    }

    /// An empire is named by its people: "the Ottomans" for the Ottoman Empire.
    @Test func anEmpireIsNamedByItsPeople() {
        for typed in ["the Ottomans", "Ottomans"] {
            let verdict = Self.grader.grade(typed, for: Self.question("the Ottoman Empire"))
            #expect(verdict.isCorrect, "\(typed): \(verdict.feedback)")
        }
        #expect(!Self.grader.grade("the Romans", for: Self.question("the Ottoman Empire")).isCorrect)
    }

    /// A first name alone is part of the name, not a misspelling of it: wrong, and not told "too
    /// far from the spelling".
    @Test func aFirstNameAloneIsNotCalledAMisspelling() {
        let verdict = Self.grader.grade("Constantine", for: Self.question("Constantine XI Palaiologos"))
        #expect(!verdict.isCorrect)
        #expect(verdict.miss != .typoTooFar, "\(verdict.feedback)")
    }

    @Test(arguments: [
        ("Adams", "John Adams"),  // two people of the record are Adams: which one is not said
        ("II", "Mehmed II"),  // a regnal number names nobody
        ("Li", "Zhou Li"),  // too short to tell from other words
        ("Genoa", "Republic of Genoa"),  // a place, not a person
    ])
    func notWhereItNamesNobodyInParticular(_ typed: String, _ name: String) {
        #expect(!Self.grader.grade(typed, for: Self.question(name)).isCorrect)
    }
}
