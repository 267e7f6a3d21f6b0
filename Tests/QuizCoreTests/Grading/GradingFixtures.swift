@testable import QuizCore

/// A small record and questions on it, for the grading tables.
enum GradingFixtures {
    static let record = Record(
        title: "Grading",
        sources: [Source(id: "s", title: "S")],
        entities: [
            Entity(id: "syria", kind: .country, name: "Syria"),
            Entity(id: "serbia", kind: .country, name: "Serbia"),
            Entity(id: "jordan", kind: .country, name: "Jordan"),
            Entity(id: "iran", kind: .country, name: "Iran"),
            Entity(id: "iraq", kind: .country, name: "Iraq"),
            Entity(id: "turkey", kind: .country, name: "Turkey", aliases: ["Türkiye"]),
            Entity(id: "czechoslovakia", kind: .country, name: "Czechoslovakia"),
            Entity(id: "plo", kind: .organisation, name: "the Palestine Liberation Organization", aliases: ["PLO"]),
            Entity(id: "musharraf", kind: .person, name: "Pervez Musharraf", aliases: ["Musharraf"]),
            Entity(id: "bih", kind: .country, name: "Bosnia and Herzegovina"),
        ],
        events: [
            Event(
                id: "planes", summary: "Pakistani pilots flew Jordanian and Syrian planes.",
                actors: [
                    .init(entity: "jordan", role: "its planes were flown"),
                    .init(entity: "syria", role: "its planes were flown too"),
                ],
                source: "s")
        ])

    static func question(
        _ kind: Question.Kind, _ answer: Question.Answer, options: [String] = [], left: [String] = [],
        accepted: [String] = [], facts: [String] = ["planes"]
    ) -> Question {
        Question(
            id: "t", kind: kind, prompt: "?", options: options, left: left, answer: answer, accepted: accepted,
            explanation: "e", source: "s", statementKind: .fact, facts: facts, template: "test", tags: [])
    }

    static let czechoslovakia = question(.shortAnswer, .text("Czechoslovakia"))
    static let turkey = question(.shortAnswer, .text("Turkey"), accepted: ["Türkiye"])
    static let plo = question(.shortAnswer, .text("the Palestine Liberation Organization"), accepted: ["PLO"])
    static let serbia = question(.shortAnswer, .text("Serbia"))
    static let syria = question(.shortAnswer, .text("Syria"))
    static let iraq = question(.shortAnswer, .text("Iraq"))
    static let jordan = question(.shortAnswer, .text("Jordan"))
    static let musharraf = question(.shortAnswer, .text("Pervez Musharraf"), accepted: ["Musharraf"])
    static let bosnia = question(.shortAnswer, .text("Bosnia and Herzegovina"))
    static let rifles = question(.numeric, .number(250_000, tolerance: nil, unit: "rifles", approximate: false))
    static let volunteers = question(.numeric, .number(50, tolerance: nil, unit: "volunteers", approximate: false))
    static let aboutThousand = question(.numeric, .number(1_000, tolerance: nil, unit: "men", approximate: true))
    static let toleranced = question(.numeric, .number(100, tolerance: 5, unit: nil, approximate: false))
    static func year(_ text: String) -> Question { question(.year, .date(try! HistoricalDate(parsing: text))) }
    static let choice = question(
        .multipleChoice, .option(0), options: ["Czechoslovakia", "Turkey", "Syria", "Jordan"], facts: ["planes"])
    static let twoRight = question(
        .multipleAnswer, .options([0, 2]), options: ["1967 war", "1948 war", "1973 war", "1982 war"])
    static let truth = question(.trueFalse, .truth(true), options: ["True", "False"])
    static let lie = question(.trueFalse, .truth(false), options: ["True", "False"])
    static let order = question(.ordering, .order([2, 0, 3, 1]), options: ["w", "x", "y", "z"])
    static let pairs = question(
        .matching, .pairs([2, 0, 1]), options: ["p", "q", "r"], left: ["1948", "1967", "1982"])
    static let cloze = question(.cloze, .blanks([["two-state solution", "two state solution"]]))
    static let twoBlanks = question(.cloze, .blanks([["Ankara"], ["Istanbul"]]))
}
