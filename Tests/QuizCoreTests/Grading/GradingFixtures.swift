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
            Entity(id: "pakistan", kind: .country, name: "Pakistan"),
            Entity(id: "palestine", kind: .country, name: "Palestine"),
            Entity(id: "israel", kind: .country, name: "Israel"),
            Entity(id: "austria", kind: .country, name: "Austria"),
            Entity(id: "australia", kind: .country, name: "Australia"),
            Entity(id: "labour", kind: .organisation, name: "the Labour Party", aliases: ["Labour"]),
            Entity(id: "oic", kind: .organisation, name: "Organisation of Islamic Cooperation", aliases: ["OIC"]),
        ],
        events: [
            Event(
                id: "planes", summary: "Pakistani pilots flew Jordanian and Syrian planes.",
                actors: [
                    .init(entity: "jordan", role: "its planes were flown"),
                    .init(entity: "syria", role: "its planes were flown too"),
                ],
                source: "s")
        ],
        // Rows of an imported table: each answer is a rival of the others.
        questions: ["light", "lights", "Lagos", "Lahore"].map { answer in
            AuthoredQuestion(
                id: "row-" + answer, kind: .shortAnswer, prompt: "Row \(answer)?", answer: .text(answer, accepted: []),
                tests: [])
        })

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

    // Authored questions that name an entity but list none of its other forms.
    static let turkeyAlone = question(.shortAnswer, .text("Turkey"))
    static let ploAlone = question(.shortAnswer, .text("Palestine Liberation Organization"))
    static let musharrafAlone = question(.shortAnswer, .text("Pervez Musharraf"))
    static let pakistan = question(.shortAnswer, .text("Pakistan"))
    static let palestine = question(.shortAnswer, .text("Palestine"))
    static let israel = question(.shortAnswer, .text("Israel"))
    static let australia = question(.shortAnswer, .text("Australia"))
    static let labour = question(.shortAnswer, .text("the Labour Party"))
    static let oic = question(.shortAnswer, .text("Organisation of Islamic Cooperation"))
    static let centre = question(.shortAnswer, .text("the centre of Jerusalem"))
    static let defence = question(.shortAnswer, .text("the Defence Committee"))
    static let dialogue = question(.shortAnswer, .text("the dialogue of civilisations"))
    // An imported CSV row whose answer is a year, and rows that rival each other.
    static let csvYear = question(.shortAnswer, .text("1948"))
    static let bcYear = question(.shortAnswer, .text("44 BC"))
    static let light = question(.shortAnswer, .text("light"))
    static let lights = question(.shortAnswer, .text("lights"))
    static let lagos = question(.shortAnswer, .text("Lagos"))
    static let rumour = question(
        .multipleChoice, .option(1), options: ["as a fact", "as a rumour", "as the position of its author"])
    static let turkeyChoice = question(.multipleChoice, .option(1), options: ["Syria", "Turkey", "Jordan"])
    static let wars = question(
        .multipleChoice, .option(0), options: ["the 1967 Arab-Israeli war", "the 1973 Arab-Israeli war"])
    static let numberBlanks = question(.cloze, .blanks([["250,000"], ["rifles"]]))
    static let fiftyFive = question(.numeric, .number(55, tolerance: nil, unit: nil, approximate: false))
    static let million = question(.numeric, .number(1_000_000, tolerance: nil, unit: nil, approximate: false))

    /// A typed answer with weighted forms: a partial one and a wrong one.
    static let weighted: Question = {
        var weighted = question(
            .shortAnswer, .text("Toussaint Louverture"), accepted: ["Toussaint", "Dessalines"], facts: [])
        weighted.notes = [
            "Toussaint": .init(weight: 50, feedback: "Give his full name."),
            "Dessalines": .init(weight: 0, feedback: "His successor."),
        ]
        return weighted
    }()
}
