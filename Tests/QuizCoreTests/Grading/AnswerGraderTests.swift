import Testing

@testable import QuizCore

/// One row of the grading table: what was typed, the question, and the expected outcome.
struct GradingCase: CustomTestStringConvertible, Sendable {
    let input: String
    let question: Question
    let outcome: Verdict.Outcome
    var credit: Double? = nil
    var miss: Verdict.Miss? = nil
    /// Asked again with an instruction: not graded.
    var reasked = false
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
private func reask(_ input: String, _ question: Question, _ name: String) -> GradingCase {
    GradingCase(input: input, question: question, outcome: .incorrect, reasked: true, name: name)
}
/// Another value of the record given: an entity is named as what it is (`sort`), another row's
/// answer as the answer to something else.
private func confused(_ input: String, _ question: Question, _ other: String, _ name: String, sort: String? = nil)
    -> GradingCase
{
    wrong(input, question, .confusedWith(other, detail: sort.map { "another \($0) in this record" }), name)
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
    // The same letters spaced otherwise are the same name; a letter missing is no such variant.
    noted("Te Atiawa", GradingFixtures.question(.shortAnswer, .text("Te Āti Awa")), "spaced otherwise, macron dropped"),
    noted("Czecho slovakia", F.czechoslovakia, "a space inside the name"),
    noted("BosniaandHerzegovina", F.bosnia, "the spaces left out"),
    noted(
        "Wellington chiefs", GradingFixtures.question(.shortAnswer, .text("chiefs in Wellington")),
        "the same words in another order"),
    noted("Herzegovina and Bosnia", F.bosnia, "the names in another order"),
    wrong(
        "Wellington", GradingFixtures.question(.shortAnswer, .text("chiefs in Wellington")), nil, "a word of it alone"),
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
        "Syria", F.serbia,
        .confusedWith(
            "Syria", detail: "another country in this record (its part in this event: its planes were flown too)"),
        "Syria is not Serbia"),
    wrong("Serbia", F.syria, .confusedWith("Serbia", detail: "another country in this record"), "Serbia is not Syria"),
    wrong("Iran", F.iraq, .confusedWith("Iran", detail: "another country in this record"), "Iran is not Iraq"),
    wrong("Irak", F.iraq, .typoTooFar, "four letters allow no slip"),
    wrong(
        "Syria", F.jordan,
        .confusedWith(
            "Syria", detail: "another country in this record (its part in this event: its planes were flown too)"),
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
    reask("many", F.rifles, "no number at all: asked again"),
    reask("Wuchale", F.rifles, "a name where a number is asked: asked again"),
    wrong("some 50 60", F.volunteers, .unknown, "two figures: an answer, and wrong"),
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
    partly("1948", F.year("1948-05-14"), 0.5, "a year for a day-precise date is partly right"),
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
    wrong("the 1940s", F.year("1948"), .tooWide(years: 10), "the right decade only is too wide"),
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
    wrong("b", F.choice, .confusedWith("Turkey", detail: "another country in this record"), "another letter"),
    wrong("2", F.choice, .confusedWith("Turkey", detail: "another country in this record"), "another number"),
    wrong(
        "Syria", F.choice,
        .confusedWith(
            "Syria", detail: "another country in this record (its part in this event: its planes were flown too)"),
        "another option's text"),
    reask("e", F.choice, "a letter past the options"),
    reask("9", F.choice, "a number past the options"),
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
    reask("maybe", F.truth, "maybe"),
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
    reask("c a d", F.order, "too few"),
    reask("c c d b", F.order, "a repeat"),
    reask("c a e b", F.order, "a letter past the items"),
    // Matching.
    ok("1c 2a 3b", F.pairs, "numbered pairs"),
    reask("1c 2a 3z", F.pairs, "a letter past the options"),
    ok("3b 1c 2a", F.pairs, "pairs in any order"),
    ok("c a b", F.pairs, "partners in turn"),
    ok("1C, 2A, 3B", F.pairs, "capitals with commas"),
    partly("1c 2b 3a", F.pairs, 1.0 / 3, "one pair right"),
    wrong("1a 2b 3c", F.pairs, nil, "no pair right"),
    reask("1z", F.pairs, "a partner that does not exist"),
    // Cloze.
    ok("two-state solution", F.cloze, "the blank"),
    ok("Two-State Solution", F.cloze, "the blank in capitals"),
    ok("two state solution", F.cloze, "the blank without hyphen"),
    noted("two-state soluton", F.cloze, "the blank with a typo"),
    ok("Ankara; Istanbul", F.twoBlanks, "two blanks"),
    ok("ankara, istanbul", F.twoBlanks, "two blanks with a comma"),
    partly("Ankara; Izmir", F.twoBlanks, 0.5, "one blank of two"),
    // An authored question names an entity: every form of that entity is its answer.
    noted("Türkiye", F.turkeyAlone, "the entity's alias, not listed by the author"),
    noted("Turkiye", F.turkeyAlone, "the alias without its diacritic"),
    noted("Turkiy", F.turkeyAlone, "a slip on the alias"),
    noted("PLO", F.ploAlone, "the acronym of the entity"),
    noted("the PLO", F.ploAlone, "the acronym with an article"),
    ok("the Palestine Liberation Organization", F.ploAlone, "the entity's name with its article"),
    noted("Musharraf", F.musharrafAlone, "the entity's short name"),
    confused("Serbia", F.turkeyAlone, "Serbia", "another entity is still another", sort: "country"),
    confused("Iran", F.turkeyAlone, "Iran", "another short entity", sort: "country"),
    noted("Türkiye", F.turkeyChoice, "an option's entity by its alias"),
    noted("Turkiye", F.turkeyChoice, "an option's entity by its alias, without the diacritic"),
    // Spelling variants: British and American, the people for the country, articles.
    noted("Palestinian Liberation Organisation", F.ploAlone, "adjective and British spelling"),
    noted("Palestine Liberation Organisation", F.ploAlone, "British spelling alone"),
    noted("Palestinian Liberation Organization", F.ploAlone, "the adjective for the country"),
    noted("Palestinian Liberation Organisation", F.plo, "a variant of an authored answer with aliases"),
    noted("Pakistani", F.pakistan, "Pakistani for Pakistan"),
    noted("Palestinian", F.palestine, "Palestinian for Palestine"),
    noted("Israeli", F.israel, "Israeli for Israel"),
    noted("Australian", F.australia, "Australian for Australia"),
    noted("the Labor Party", F.labour, "-our and -or"),
    noted("Labor Party", F.labour, "-or without the article"),
    noted("Organization of Islamic Cooperation", F.oic, "-isation and -ization"),
    noted("the Organisation of the Islamic Cooperation", F.oic, "an article added inside"),
    noted("OIC", F.oic, "the acronym of an entity"),
    noted("center of Jerusalem", F.centre, "-re and -er"),
    noted("the Defense Committee", F.defence, "-ence and -ense"),
    noted("the dialog of civilizations", F.dialogue, "-ogue and -og, -isation and -ization"),
    confused("Austrian", F.australia, "Austria", "a variant of another entity", sort: "country"),
    confused("Austria", F.australia, "Austria", "a shorter neighbour is another entity", sort: "country"),
    wrong(
        "Syrian", F.serbia,
        .confusedWith(
            "Syria", detail: "another country in this record (its part in this event: its planes were flown too)"),
        "the people of another country"),
    wrong("Iranian", F.iraq, nil, "the people of a near country"),
    wrong("Pakistanis in Palestine", F.pakistan, nil, "more words than the answer"),
    wrong("Palestine", F.pakistan, nil, "another country with the same first letters"),
    wrong("Israel", F.palestine, nil, "another country of the record"),
    // A year typed among framing words, where the answer is a year.
    ok("1948", F.csvYear, "the year itself"),
    ok("in 1948", F.csvYear, "in"),
    ok("the year 1948", F.csvYear, "the year"),
    ok("around 1948", F.csvYear, "around"),
    ok("c. 1948", F.csvYear, "c."),
    ok("circa 1948", F.csvYear, "circa"),
    ok("it was 1948", F.csvYear, "it was"),
    ok("In 1948.", F.csvYear, "capital and full stop"),
    ok("44 BC", F.bcYear, "a year before the era"),
    ok("in 44 BC", F.bcYear, "in, before the era"),
    wrong("in 1949", F.csvYear, .nearDate(yearsOff: 1), "framing on the wrong year"),
    wrong("1984", F.csvYear, .nearDate(yearsOff: 36), "a year with its digits swapped"),
    wrong("in the 1940s", F.csvYear, nil, "a decade is not the year"),
    wrong("in 1948 or 1949", F.csvYear, nil, "two years"),
    // Another row's answer is a rival a typo may not reach.
    ok("light", F.light, "the row's own answer"),
    confused("lights", F.light, "lights", "the next row's answer"),
    confused("light", F.lights, "light", "the previous row's answer"),
    noted("ligth", F.light, "a slip nearer the row's answer"),
    confused("lightt", F.light, "lights", "a slip as near another row's answer"),
    noted("Lagoss", F.lagos, "a slip of a row's answer"),
    confused("Lahore", F.lagos, "Lahore", "another row's answer typed exactly"),
    // Typos beat no weights: the intended form first, then its weight.
    ok("Toussaint Louverture", F.weighted, "the full form"),
    noted("Toussaint Louvertur", F.weighted, "a slip on the full form"),
    partly("Toussaint", F.weighted, 0.5, "a half-weighted form"),
    partly("Tousaint", F.weighted, 0.5, "a slip on a half-weighted form keeps its weight"),
    wrong("Dessalines", F.weighted, .unknown, "a form weighted nought"),
    wrong("Desalines", F.weighted, .unknown, "a slip on a form weighted nought is still nought"),
    // The key words of an option pick it.
    ok("rumour", F.rumour, "the key word"),
    ok("rumor", F.rumour, "the key word spelt the American way"),
    ok("as a rumor", F.rumour, "the option spelt the American way"),
    ok("Rumour!", F.rumour, "the key word with punctuation"),
    ok("b", F.rumour, "the letter"),
    wrong("fact", F.rumour, .unknown, "another option's key word: a label, simply not the answer"),
    wrong("as", F.rumour, nil, "a word every option holds"),
    wrong("gossip", F.rumour, nil, "a word no option holds"),
    ok("1967", F.wars, "the number that tells one option from the other"),
    wrong("1973", F.wars, .unknown, "the other option's number"),
    wrong("Arab-Israeli war", F.wars, nil, "words both options hold"),
    // True or false: slips read as meant; anything else asked again.
    ok("tru", F.truth, "tru"),
    ok("ture", F.truth, "ture"),
    ok("treu", F.truth, "treu"),
    ok("TRUE.", F.truth, "TRUE."),
    ok("flase", F.lie, "flase"),
    ok("fasle", F.lie, "fasle"),
    ok("fals", F.lie, "fals"),
    wrong("flase", F.truth, .unknown, "flase for a true statement"),
    wrong("ture", F.lie, .unknown, "ture for a false statement"),
    reask("1948", F.truth, "a year is not true or false"),
    reask("Pakistan", F.truth, "a name is not true or false"),
    reask("true false", F.truth, "both"),
    // Matching, however the pairs are written; what cannot be read is asked again.
    ok("1-c, 2-a, 3-b", F.pairs, "hyphens and commas"),
    ok("1c,2a,3b", F.pairs, "commas without spaces"),
    ok("1:c 2:a 3:b", F.pairs, "colons"),
    ok("1 c 2 a 3 b", F.pairs, "numbers and letters apart"),
    ok("1) c; 2) a; 3) b", F.pairs, "brackets and semicolons"),
    ok("3-b, 1-c, 2-a", F.pairs, "hyphenated pairs in any order"),
    partly("1-c, 2-b, 3-a", F.pairs, 1.0 / 3, "hyphenated, one pair right"),
    reask("1-c, 2-a", F.pairs, "a pair missing"),
    reask("1c 1a 2b", F.pairs, "an item paired twice"),
    reask("4c 2a 3b", F.pairs, "an item past the list"),
    reask("the first is c", F.pairs, "words"),
    // Letters past the options are asked again.
    reask("a e", F.twoRight, "a letter past the options among several"),
    reask("f", F.twoRight, "a single letter past the options"),
    reask("e", F.rumour, "a letter past three options"),
    // Dates at the record's precision; spans only as wide as asked.
    ok("14 May 1948", F.year("1948-05-14"), "the day"),
    ok("May 14, 1948", F.year("1948-05-14"), "the day, American order"),
    ok("1948-05-14", F.year("1948-05-14"), "the day, ISO"),
    ok("on 14 May 1948", F.year("1948-05-14"), "the day with on"),
    ok("14/5/1948", F.year("1948-05-14"), "the day in figures"),
    ok("14.05.1948", F.year("1948-05-14"), "the day in figures with stops"),
    ok("5/14/1948", F.year("1948-05-14"), "the day in figures, American order"),
    partly("15/5/1948", F.year("1948-05-14"), 0.75, "the day in figures, the day wrong"),
    ok("5/5/1948", F.year("1948-05-05"), "the day in figures, day and month alike"),
    reask("4/5/1948", F.year("1948-05-04"), "the day in figures, either could be the month"),
    wrong("32/5/1948", F.year("1948-05-14"), .unknown, "a day past any month's"),
    partly("1 June 1948", F.year("1948-05-14"), 0.5, "the year right, the month and day wrong"),
    partly("May 1948", F.year("1948-05-14"), 0.75, "the month right, the day not given"),
    partly("15 May 1948", F.year("1948-05-14"), 0.75, "the month right, the day wrong"),
    wrong("14 May 1949", F.year("1948-05-14"), .nearDate(yearsOff: 1), "the day and month in another year"),
    wrong("100-3000", F.year("1948-05-14"), .tooWide(years: 2901), "a span of millennia"),
    wrong("1947-1949", F.year("1948-05-14"), .tooWide(years: 3), "a span around the day"),
    ok("May 1948", F.year("1948-05"), "the month"),
    ok("14 May 1948", F.year("1948-05"), "a day in the month"),
    partly("1948", F.year("1948-05"), 0.5, "the year for a month"),
    partly("June 1948", F.year("1948-05"), 0.5, "another month"),
    wrong("100-3000", F.year("1948"), .tooWide(years: 2901), "a span of millennia for a year"),
    wrong("1900-2000", F.year("1948"), .tooWide(years: 101), "a century for a year"),
    noted("1947-1949", F.year("1948~"), "a span as wide as an approximate year's window"),
    wrong("1946-1950", F.year("1948~"), .tooWide(years: 5), "wider than the window"),
    ok("the 1940s", F.year("194X"), "the decade for a decade"),
    ok("1945", F.year("194X"), "a year of the decade"),
    wrong("the 1930s", F.year("194X"), .nearDate(yearsOff: 1), "another decade"),
    wrong("1947-3000", F.year("1947/1949"), nil, "one end right, the other far off"),
    wrong("100-3000", F.year("1947/1949"), nil, "a span of millennia for an interval"),
    // Numbers: two numbers are not a sum.
    wrong("50 60", F.volunteers, .unknown, "two numbers"),
    wrong("fifty sixty", F.volunteers, .unknown, "two numbers in words"),
    ok("fifty-five", F.fiftyFive, "fifty-five"),
    ok("fifty five", F.fiftyFive, "fifty five"),
    ok("55", F.fiftyFive, "55"),
    wrong("50 5", F.fiftyFive, .unknown, "two numbers that add up"),
    ok("1,000,000", F.million, "a million with commas"),
    ok("1 000 000", F.million, "a million with spaces"),
    ok("a million", F.million, "a million in words"),
    ok("1m", F.million, "1m"),
    // Cloze with several blanks: commas that group digits stay.
    ok("250,000, rifles", F.numberBlanks, "a grouped number before a comma"),
    ok("250,000; rifles", F.numberBlanks, "a grouped number before a semicolon"),
    ok("250000, rifles", F.numberBlanks, "the number without grouping"),
    partly("250,001; rifles", F.numberBlanks, 0.5, "the number wrong"),
    reask("Ankara", F.twoBlanks, "one answer for two blanks"),
    reask("Ankara; Istanbul; Izmir", F.twoBlanks, "three answers for two blanks"),
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
        #expect(gradingCases.count >= 250)
        #expect(Set(gradingCases.map(\.question.kind)) == Set(Question.Kind.allCases))
    }

    @Test(arguments: gradingCases)
    func grades(_ row: GradingCase) {
        let verdict = Self.grader.grade(row.input, for: row.question)
        #expect(verdict.outcome == row.outcome, "\(verdict.feedback)")
        // Never "that is Turkey, another item… The answer is Turkey."
        if case .confusedWith(let name, _)? = verdict.miss {
            #expect(Normalizer.normalize(name) != Normalizer.normalize(row.question.answerText), "\(verdict.feedback)")
        }
        if case .unreadable? = verdict.miss {
            #expect(row.reasked, "asked again: \(verdict.feedback)")
        } else {
            #expect(!row.reasked, "graded, not asked again: \(verdict.feedback)")
        }
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
        #expect(verdict.miss == .confusedWith("Austria", detail: "another country in this record"))
        // A slip on the option's own name is still that option.
        #expect(grader.grade("Australa", for: question).isCorrect)
        #expect(grader.grade("Austalia", for: question).outcome == .correctWithNote)
        // As near the other item as the option: not a slip.
        #expect(!grader.grade("Austrlia", for: question).isCorrect)
    }

    @Test func feedbackExplainsTheMiss() {
        let grader = Self.grader
        #expect(grader.grade("Türkiye", for: F.turkeyAlone).feedback == "Correct (also known as Turkey).")
        // A part of the name is not another name for the person: the name is given in full.
        #expect(grader.grade("Musharraf", for: F.musharraf).feedback == "Correct (in full: Pervez Musharraf).")
        #expect(grader.grade("musharraf", for: F.musharrafAlone).feedback == "Correct (in full: Pervez Musharraf).")
        // Within the tolerance, with no "text" an imported question may not have.
        #expect(grader.grade("103", for: F.toleranced).feedback == "Correct: within the range accepted for 100 (± 5).")
        #expect(
            grader.grade("Palestinian Liberation Organisation", for: F.ploAlone).feedback
                == "Correct (the text writes it Palestine Liberation Organization).")
        #expect(
            grader.grade("1948", for: F.year("1948-05-14")).feedback
                == "Partly correct (50%): the year is right; the text gives the day. The answer is 14 May 1948.")
        #expect(
            grader.grade("1 June 1948", for: F.year("1948-05-14")).feedback
                == "Partly correct (50%): the year is right, not the day and month. The answer is 14 May 1948.")
        #expect(
            grader.grade("1900-2000", for: F.year("1948")).feedback
                == "Incorrect: a span of 101 years is wider than the question asks. The answer is 1948.")
        #expect(grader.grade("1948", for: F.truth).feedback == "Not read as an answer. Type true or false (t or f).")
        #expect(
            grader.grade("lights", for: F.light).feedback
                == "Incorrect: lights is the answer to something else in this record, not to this. The answer is light."
        )
        #expect(grader.grade("1985", for: F.year("1982")).feedback == "Incorrect: 3 years off. The answer is 1982.")
        #expect(
            grader.grade("Czechoslovkia", for: F.czechoslovakia).feedback
                == "Correct (check the spelling: Czechoslovakia).")
        #expect(
            grader.grade("PLO", for: F.plo).feedback == "Correct (also known as the Palestine Liberation Organization)."
        )
        #expect(
            grader.grade("Syria", for: F.jordan).feedback
                == "Incorrect: Syria is another country in this record (its part in this event: its planes were flown too), not the one asked. The answer is Jordan."
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
