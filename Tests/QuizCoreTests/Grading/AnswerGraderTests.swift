import Testing

@testable import QuizCore

/// One row of the grading table: what was typed, the question, and the expected outcome.
struct GradingCase: CustomTestStringConvertible, Sendable {
    let input: String
    let question: Question
    let outcome: Verdict.Outcome
    var credit: Double? = nil
    var miss: Verdict.Miss? = nil
    let name: String

    var testDescription: String { "\(name): \"\(input.prefix(40))\" → \(outcome.rawValue)" }
}

private typealias F = GradingFixtures

private func ok(_ input: String, _ question: Question, _ name: String) -> GradingCase {
    GradingCase(input: input, question: question, outcome: .correct, name: name)
}
private func noted(_ input: String, _ question: Question, _ name: String) -> GradingCase {
    GradingCase(input: input, question: question, outcome: .correctWithNote, name: name)
}
private func partly(_ input: String, _ question: Question, _ credit: Double, _ name: String) -> GradingCase {
    GradingCase(input: input, question: question, outcome: .partlyCorrect, credit: credit, name: name)
}
private func wrong(_ input: String, _ question: Question, _ miss: Verdict.Miss? = nil, _ name: String) -> GradingCase {
    GradingCase(input: input, question: question, outcome: .incorrect, miss: miss, name: name)
}

let gradingCases: [GradingCase] = [
    // Normalisation: case, spaces, punctuation, articles, Unicode forms, diacritics, "&".
    ok("Czechoslovakia", F.czechoslovakia, "exact"),
    ok("czechoslovakia", F.czechoslovakia, "lower case"),
    ok("CZECHOSLOVAKIA", F.czechoslovakia, "upper case"),
    ok("  Czechoslovakia  ", F.czechoslovakia, "surrounding spaces"),
    ok("Czechoslovakia.", F.czechoslovakia, "trailing full stop"),
    ok("\"Czechoslovakia\"", F.czechoslovakia, "quotes"),
    ok("the Czechoslovakia", F.czechoslovakia, "leading article"),
    ok("Turkey", F.turkey, "canonical"),
    ok("turkey!", F.turkey, "exclamation"),
    noted("Türkiye", F.turkey, "alias with diacritic"),
    noted("Turkiye", F.turkey, "alias without diacritic"),
    noted("TÜRKİYE", F.turkey, "alias in capitals with dotted I"),
    noted("turkiye", F.turkey, "alias in lower case"),
    ok("Bosnia & Herzegovina", F.bosnia, "ampersand"),
    ok("bosnia and herzegovina", F.bosnia, "and"),
    ok("Bosnia  and   Herzegovina", F.bosnia, "extra inner spaces"),
    ok("Bosnia-and-Herzegovina", F.bosnia, "hyphens"),
    // Aliases and the author's alternatives.
    ok("the Palestine Liberation Organization", F.plo, "canonical with article"),
    ok("Palestine Liberation Organization", F.plo, "canonical without article"),
    noted("PLO", F.plo, "acronym alias"),
    noted("the PLO", F.plo, "alias with article"),
    noted("plo", F.plo, "alias in lower case"),
    noted("P.L.O.", F.plo, "alias with full stops"),
    noted("ＰＬＯ", F.plo, "full-width alias"),
    ok("Pervez Musharraf", F.musharraf, "full name"),
    noted("Musharraf", F.musharraf, "accepted alternative"),
    noted("musharraf", F.musharraf, "alternative in lower case"),
    // Typos: scaled to length, transpositions count once, never closer to another item.
    noted("Czechoslovkia", F.czechoslovakia, "one letter missing"),
    noted("Czeckoslovakia", F.czechoslovakia, "one letter wrong"),
    noted("Chzechoslovakia", F.czechoslovakia, "one letter extra"),
    noted("Czehcoslovakia", F.czechoslovakia, "transposition"),
    noted("Czechslovakai", F.czechoslovakia, "two slips in a long name"),
    noted("Palestine Liberation Organisation", F.plo, "British spelling"),
    noted("Palestine Libration Organization", F.plo, "letter missing in a phrase"),
    noted("Pervez Musharaf", F.musharraf, "double letter single"),
    noted("Pervez Musharrraf", F.musharraf, "double letter triple"),
    noted("Sebria", F.serbia, "transposition in Serbia"),
    noted("Syira", F.syria, "transposition in Syria"),
    noted("Jordon", F.jordan, "vowel slip"),
    noted("Turky", F.turkey, "short name, one slip"),
    wrong(
        "Syria", F.serbia, .confusedWith("Syria", detail: "its part in this event: its planes were flown too"),
        "Syria is not Serbia"),
    wrong("Serbia", F.syria, .confusedWith("Serbia", detail: nil), "Serbia is not Syria"),
    wrong("Iran", F.iraq, .confusedWith("Iran", detail: nil), "Iran is not Iraq"),
    wrong("Irak", F.iraq, .typoTooFar, "four letters allow no slip"),
    wrong(
        "Syria", F.jordan, .confusedWith("Syria", detail: "its part in this event: its planes were flown too"),
        "another actor of the event"),
    wrong("Czech", F.czechoslovakia, nil, "a different word"),
    wrong("Chekoslovackiya", F.czechoslovakia, .typoTooFar, "too many slips"),
    wrong("Slovakia", F.czechoslovakia, nil, "part of the name"),
    wrong("Pervez", F.musharraf, nil, "first name only"),
    wrong("Palestine Authority", F.plo, nil, "another body"),
    wrong("one-state solution", F.cloze, nil, "one word replaced is not a typo"),
    // Numbers.
    ok("250,000", F.rifles, "grouped with commas"),
    ok("250000", F.rifles, "plain digits"),
    ok("250 000", F.rifles, "grouped with a space"),
    ok("250k", F.rifles, "k suffix"),
    ok("250K", F.rifles, "K suffix"),
    ok("250 thousand", F.rifles, "thousand"),
    ok("a quarter of a million", F.rifles, "a quarter of a million"),
    ok("quarter of a million", F.rifles, "quarter of a million"),
    ok("0.25 million", F.rifles, "decimal million"),
    ok("about 250,000", F.rifles, "about"),
    ok("250,000 rifles", F.rifles, "with the unit"),
    ok("two hundred fifty thousand", F.rifles, "in words"),
    ok("two hundred and fifty thousand", F.rifles, "in words with and"),
    wrong("25,000", F.rifles, .wrongNumber, "a digit short"),
    wrong("250,001", F.rifles, .wrongNumber, "a digit typo is wrong"),
    wrong("2500000", F.rifles, .wrongNumber, "a digit extra"),
    wrong("350,000", F.rifles, .wrongNumber, "one digit off"),
    wrong("many", F.rifles, .unknown, "not a number"),
    ok("fifty", F.volunteers, "fifty"),
    ok("Fifty", F.volunteers, "Fifty"),
    ok("50", F.volunteers, "50"),
    ok("fifty volunteers", F.volunteers, "fifty with the unit"),
    ok("50 volunteers", F.volunteers, "50 with the unit"),
    wrong("51", F.volunteers, .wrongNumber, "51"),
    wrong("forty", F.volunteers, .wrongNumber, "forty"),
    wrong("5O", F.volunteers, .unknown, "letter O for zero"),
    noted("1050", F.aboutThousand, "inside an approximate window"),
    ok("1,000", F.aboutThousand, "approximate, exact"),
    wrong("1200", F.aboutThousand, .wrongNumber, "outside the window"),
    noted("104", F.toleranced, "inside the tolerance"),
    wrong("106", F.toleranced, .wrongNumber, "outside the tolerance"),
    // Years and dates.
    ok("1982", F.year("1982"), "year"),
    ok("in 1982", F.year("1982"), "in year"),
    ok("1982.", F.year("1982"), "year with a stop"),
    ok("May 1982", F.year("1982"), "month and year"),
    ok("14 May 1982", F.year("1982"), "day month year"),
    ok("May 14, 1982", F.year("1982"), "American order"),
    ok("1982-05-14", F.year("1982"), "ISO"),
    ok("1982 AD", F.year("1982"), "AD"),
    ok("1948", F.year("1948-05-14"), "a year for a day-precise date"),
    ok("14 May 1948", F.year("1948-05-14"), "the full date"),
    wrong("1981", F.year("1982"), .nearDate(yearsOff: 1), "one year off"),
    wrong("1985", F.year("1982"), .nearDate(yearsOff: 3), "three years off"),
    wrong("1882", F.year("1982"), .nearDate(yearsOff: 100), "a century off"),
    wrong("82", F.year("1982"), .unknown, "two digits"),
    wrong("soon", F.year("1982"), .unknown, "words"),
    ok("1948", F.year("1948~"), "approximate, exact"),
    noted("1949", F.year("1948~"), "inside the approximate window"),
    noted("1947", F.year("1948~"), "inside the window, before"),
    wrong("1950", F.year("1948~"), .nearDate(yearsOff: 2), "outside the approximate window"),
    noted("1950", F.year("1948%"), "approximate and uncertain widen by two"),
    ok("1948", F.year("1948?"), "uncertain, exact"),
    ok("1947-1949", F.year("1947/1949"), "range with hyphen"),
    ok("1947–1949", F.year("1947/1949"), "range with en dash"),
    ok("1947 to 1949", F.year("1947/1949"), "range in words"),
    ok("between 1947 and 1949", F.year("1947/1949"), "between and"),
    ok("from 1947 until 1949", F.year("1947/1949"), "from until"),
    noted("1948", F.year("1947/1949"), "a year inside the range"),
    partly("1947-1950", F.year("1947/1949"), 0.5, "one end right"),
    wrong("1950", F.year("1947/1949"), .nearDate(yearsOff: 1), "a year just outside the range"),
    wrong("1950-1955", F.year("1947/1949"), .nearDate(yearsOff: 1), "another range"),
    partly("the 1940s", F.year("1948"), 0.5, "the right decade only"),
    ok("44 BC", F.year("-0043"), "BC"),
    ok("44 BCE", F.year("-0043"), "BCE"),
    ok("44 B.C.", F.year("-0043"), "B.C."),
    // Choices: letter, number or text.
    ok("a", F.choice, "letter"),
    ok("A", F.choice, "capital letter"),
    ok("a)", F.choice, "letter with bracket"),
    ok("(a)", F.choice, "letter in brackets"),
    ok("1", F.choice, "number"),
    ok("Czechoslovakia", F.choice, "option text"),
    ok("czechoslovakia", F.choice, "option text in lower case"),
    noted("Czechoslovkia", F.choice, "option text with a typo"),
    wrong("b", F.choice, .confusedWith("Turkey", detail: nil), "another letter"),
    wrong("2", F.choice, .confusedWith("Turkey", detail: nil), "another number"),
    wrong(
        "Syria", F.choice, .confusedWith("Syria", detail: "its part in this event: its planes were flown too"),
        "another option's text"),
    wrong("e", F.choice, nil, "a letter past the options"),
    wrong("9", F.choice, nil, "a number past the options"),
    // Multiple answers, with partial credit.
    ok("a c", F.twoRight, "letters with a space"),
    ok("a,c", F.twoRight, "letters with a comma"),
    ok("ac", F.twoRight, "letters together"),
    ok("c a", F.twoRight, "any order"),
    ok("A, C", F.twoRight, "capitals"),
    ok("1 3", F.twoRight, "numbers"),
    ok("1967 war, 1973 war", F.twoRight, "option texts"),
    partly("a", F.twoRight, 0.5, "one of two"),
    partly("a b c", F.twoRight, 0.5, "two right, one wrong"),
    wrong("b d", F.twoRight, nil, "both wrong"),
    wrong("a b c d", F.twoRight, nil, "everything ticked"),
    // True or false.
    ok("t", F.truth, "t"),
    ok("T", F.truth, "T"),
    ok("true", F.truth, "true"),
    ok("True", F.truth, "True"),
    ok("yes", F.truth, "yes"),
    ok("y", F.truth, "y"),
    wrong("f", F.truth, .unknown, "f for a true statement"),
    wrong("no", F.truth, .unknown, "no for a true statement"),
    wrong("maybe", F.truth, .unknown, "maybe"),
    ok("false", F.lie, "false"),
    ok("F", F.lie, "F"),
    ok("no", F.lie, "no"),
    ok("n", F.lie, "n"),
    wrong("true", F.lie, .unknown, "true for a false statement"),
    // Ordering, with partial credit for items in place.
    ok("c a d b", F.order, "letters"),
    ok("cadb", F.order, "letters together"),
    ok("3 1 4 2", F.order, "numbers"),
    ok("C, A, D, B", F.order, "capitals with commas"),
    partly("c a b d", F.order, 0.5, "two in place"),
    partly("c d a b", F.order, 0.5, "first and last in place"),
    wrong("a b c d", F.order, nil, "none in place"),
    wrong("c a d", F.order, nil, "too few"),
    wrong("c c d b", F.order, nil, "a repeat"),
    wrong("c a e b", F.order, .unknown, "a letter past the items"),
    // Matching.
    ok("1c 2a 3b", F.pairs, "numbered pairs"),
    wrong("1c 2a 3z", F.pairs, .unknown, "a letter past the options"),
    ok("3b 1c 2a", F.pairs, "pairs in any order"),
    ok("c a b", F.pairs, "partners in turn"),
    ok("1C, 2A, 3B", F.pairs, "capitals with commas"),
    partly("1c 2b 3a", F.pairs, 1.0 / 3, "one pair right"),
    wrong("1a 2b 3c", F.pairs, nil, "no pair right"),
    wrong("1z", F.pairs, nil, "a partner that does not exist"),
    // Cloze.
    ok("two-state solution", F.cloze, "the blank"),
    ok("Two-State Solution", F.cloze, "the blank in capitals"),
    ok("two state solution", F.cloze, "the blank without hyphen"),
    noted("two-state soluton", F.cloze, "the blank with a typo"),
    ok("Ankara; Istanbul", F.twoBlanks, "two blanks"),
    ok("ankara, istanbul", F.twoBlanks, "two blanks with a comma"),
    partly("Ankara; Izmir", F.twoBlanks, 0.5, "one blank of two"),
    // Empty and garbage input.
    wrong("", F.czechoslovakia, .blank, "empty"),
    wrong("   ", F.czechoslovakia, .blank, "spaces"),
    wrong("\t\n", F.czechoslovakia, .blank, "whitespace"),
    wrong("\u{0}\u{1}\u{7}", F.czechoslovakia, .blank, "control bytes"),
    wrong("!!!???", F.czechoslovakia, .blank, "punctuation only"),
    wrong("\u{1B}[2J\u{1B}]0;x\u{07}", F.czechoslovakia, nil, "escape sequences"),
    wrong(String(repeating: "a", count: 1_000), F.czechoslovakia, nil, "a thousand characters"),
    wrong(String(repeating: "Czechoslovakia ", count: 5_000), F.czechoslovakia, nil, "a very long line"),
    wrong("", F.rifles, .blank, "empty number"),
    wrong("", F.year("1982"), .blank, "empty year"),
    wrong("", F.choice, .blank, "empty choice"),
    wrong("", F.order, .blank, "empty order"),
]

@Suite struct AnswerGraderTests {
    static let grader = AnswerGrader(record: GradingFixtures.record)

    @Test func theTableIsLargeAndCoversEveryKind() {
        #expect(gradingCases.count >= 150)
        #expect(Set(gradingCases.map(\.question.kind)) == Set(Question.Kind.allCases))
    }

    @Test(arguments: gradingCases)
    func grades(_ row: GradingCase) {
        let verdict = Self.grader.grade(row.input, for: row.question)
        #expect(verdict.outcome == row.outcome, "\(verdict.feedback)")
        if let credit = row.credit { #expect(abs(verdict.credit - credit) < 1e-9) }
        if let miss = row.miss { #expect(verdict.miss == miss) }
        switch row.outcome {
        case .correct, .correctWithNote: #expect(verdict.credit == 1)
        case .incorrect: #expect(verdict.credit == 0)
        case .partlyCorrect: #expect(verdict.credit > 0 && verdict.credit < 1)
        }
    }

    @Test func anotherItemNamedExactlyIsNotATypoOfAnOption() {
        let record = Record(
            title: "Near names", sources: [Source(id: "s", title: "S")],
            entities: [
                Entity(id: "australia", kind: .country, name: "Australia"),
                Entity(id: "austria", kind: .country, name: "Austria"),
            ])
        let grader = AnswerGrader(record: record)
        let question = GradingFixtures.question(.multipleChoice, .option(1), options: ["Syria", "Australia", "Jordan"])
        let verdict = grader.grade("Austria", for: question)
        #expect(verdict.outcome == .incorrect)
        #expect(verdict.miss == .confusedWith("Austria", detail: nil))
        // A slip on the option's own name is still a slip.
        #expect(grader.grade("Australa", for: question).outcome == .correctWithNote)
    }

    @Test func feedbackExplainsTheMiss() {
        let grader = Self.grader
        #expect(grader.grade("1985", for: F.year("1982")).feedback == "Incorrect: 3 years off. The answer is 1982.")
        #expect(
            grader.grade("Czechoslovkia", for: F.czechoslovakia).feedback
                == "Correct (check the spelling: Czechoslovakia).")
        #expect(
            grader.grade("PLO", for: F.plo).feedback == "Correct (also known as the Palestine Liberation Organization)."
        )
        #expect(
            grader.grade("Syria", for: F.jordan).feedback
                == "Incorrect: that is Syria, another item of the record (its part in this event: its planes were flown too). The answer is Jordan."
        )
        #expect(grader.grade("", for: F.jordan).feedback == "Incorrect: no answer given. The answer is Jordan.")
    }
}

@Suite struct AuthorNotesGradingTests {
    static let grader = AnswerGrader(record: GradingFixtures.record)

    func question(
        _ kind: Question.Kind, _ answer: Question.Answer, options: [String] = [], accepted: [String] = [],
        notes: [String: AuthoredQuestion.Note]
    ) -> Question {
        var question = GradingFixtures.question(kind, answer, options: options, accepted: accepted, facts: [])
        question.notes = notes
        return question
    }

    @Test func aWeightedWrongChoiceEarnsItsShareAndItsFeedback() {
        let q = question(
            .multipleChoice, .option(0), options: ["476", "480", "410"],
            notes: ["480": .init(weight: 50, feedback: "Close."), "410": .init(feedback: "The sack of Rome.")])
        let close = Self.grader.grade("b", for: q)
        #expect(close.outcome == .partlyCorrect && close.credit == 0.5 && close.remark == "Close.")
        let wrong = Self.grader.grade("c", for: q)
        #expect(wrong.outcome == .incorrect && wrong.remark == "The sack of Rome.")
        #expect(Self.grader.grade("a", for: q).outcome == .correct)
    }

    @Test func weightedMultipleAnswersAddUpAsInMoodle() {
        let q = question(
            .multipleAnswer, .options([0, 1]), options: ["UK", "USSR", "Italy"],
            notes: [
                "UK": .init(weight: 50), "USSR": .init(weight: 50),
                "Italy": .init(weight: -100, feedback: "It changed sides."),
            ])
        #expect(Self.grader.grade("a b", for: q).outcome == .correct)
        #expect(Self.grader.grade("a", for: q).credit == 0.5)
        let withItaly = Self.grader.grade("a c", for: q)
        #expect(withItaly.credit == 0 && withItaly.remark == "It changed sides.")
    }

    @Test func aPartialAcceptedFormEarnsItsShare() {
        let q = question(
            .shortAnswer, .text("Toussaint Louverture"), accepted: ["Toussaint"],
            notes: ["Toussaint": .init(weight: 50, feedback: "Give his full name.")])
        let partial = Self.grader.grade("toussaint", for: q)
        #expect(partial.outcome == .partlyCorrect && partial.credit == 0.5 && partial.remark == "Give his full name.")
        #expect(Self.grader.grade("Toussaint Louverture", for: q).outcome == .correct)
    }

    @Test func otherAcceptedNumbersEarnTheirWeight() {
        var q = GradingFixtures.question(
            .numeric, .number(476, tolerance: 0, unit: nil, approximate: false), accepted: ["476:4", "1453..1454"],
            facts: [])
        q.notes = ["476:4": .init(weight: 50, feedback: "Close.")]
        let close = Self.grader.grade("478", for: q)
        #expect(close.credit == 0.5 && close.remark == "Close.")
        #expect(Self.grader.grade("1454", for: q).outcome == .correct)
        #expect(Self.grader.grade("500", for: q).outcome == .incorrect)
    }

    @Test func lettersAndOptionIndicesAreOneReading() {
        for index in 0..<26 {
            let letter = AnswerGrader.letter(index).unicodeScalars.first
            #expect(letter.flatMap(AnswerGrader.index(ofLetter:)) == index)
        }
        for other: Unicode.Scalar in ["A", "Z", "`", "{", "1", "é", " "] {
            #expect(AnswerGrader.index(ofLetter: other) == nil)
        }
    }

    @Test func trueFalseFeedbackFollowsTheVerdict() {
        var q = GradingFixtures.truth
        q.wrongFeedback = "Check the date."
        q.rightFeedback = "At Runnymede."
        #expect(Self.grader.grade("t", for: q).remark == "At Runnymede.")
        #expect(Self.grader.grade("f", for: q).remark == "Check the date.")
    }
}
