import FoundationEssentials

/// The skeleton `quiz new` writes: every construct of the record and every kind of question,
/// each with a comment, about invented countries so that no example passes for history.
public enum BankTemplate {
    /// Words a title keeps in lower case, except as its first word.
    static let minorWords: Set<String> = ["of", "the", "and", "in", "on", "at", "to", "a", "an", "for", "by"]

    /// A title made from a bank's file name: words apart at `-`, `_` and spaces, each begun with a
    /// capital except the short words of a title ("of", "the", "and", …) after the first, the
    /// rest of each word as written: "fall-of-constantinople" → "Fall of Constantinople",
    /// "USA-in-1900" → "USA in 1900".
    public static func title(fromName name: String) -> String {
        let words = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " })
        return words.enumerated().map { offset, word in
            if offset > 0, minorWords.contains(word.lowercased()) { return word.lowercased() }
            return word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }

    /// The skeleton for a bank titled `title`.
    public static func yaml(title: String) -> String {
        let safeTitle = title.replacingAll("\"", with: "'")
        return """
            # \(safeTitle)
            #
            # A new bank. Everything below is an example about two invented countries: replace it with
            # what your sources say. Check the bank with `quiz lint FILE`, and read the questions it
            # yields with `quiz preview FILE --all`. The format is described in full in the authoring
            # guide (QuestionBanks/README.md).

            title: "\(safeTitle)"
            description: A short description of what the bank covers.

            # Where the record comes from. With exactly one source, items may leave out `source`.
            sources:
              - id: example-source
                title: An example source
                author: A. Author
                date: "2024"
                note: Replace with the work this bank is built from.

            # People, countries, organisations, groups, places, wars and ideas. Aliases are other
            # names accepted as answers.
            entities:
              - id: ruritania
                kind: country
                name: Ruritania
              - id: freedonia
                kind: country
                name: Freedonia
                aliases: [Republic of Freedonia]
              - id: strelsau
                kind: place
                name: Strelsau
              - id: league
                kind: organisation
                name: the League of Small Nations
                aliases: [LSN]
              - id: rudolf
                kind: person
                name: Rudolf Rassendyll
                description: first chancellor of Ruritania
              - id: border-war
                kind: war
                name: the Border War
                date: 1901/1903

            # Things that happened: when (EDTF: 1902, 1902-05, 1902-05-14, 1901/1903, 1902~), who,
            # where, how many.
            events:
              - id: treaty-of-strelsau
                date: 1903-06-01
                summary: Ruritania and Freedonia signed a peace treaty in Strelsau.
                actors:
                  - entity: ruritania
                    role: signatory
                  - entity: freedonia
                    role: signatory
                place: strelsau
                tags: [peace]
              - id: league-founded
                date: "1905"
                summary: The League of Small Nations was founded.
                actors:
                  - entity: league
                    role: founded
                tags: [diplomacy]
              - id: border-war-leadership
                date: 1901/1903
                summary: Rudolf Rassendyll led Ruritania through the Border War.
                actors:
                  - entity: rudolf
                    role: leader
                quantities:
                  - id: border-war-soldiers
                    value: 12000
                    unit: soldiers
                    counts: soldiers Ruritania raised for the Border War
                    approximate: true
                tags: [war]

            # Facts, positions (held by someone) and claims (held by someone, or reported,
            # apparent, rumoured). Never state an opinion as a fact.
            statements:
              - id: treaty-ended-war
                kind: fact
                text: The Treaty of Strelsau ended the Border War and gave the Zelda valley to Freedonia.
                about: [treaty-of-strelsau, border-war]
              - id: freedonia-neutrality
                kind: position
                holder: freedonia
                topic: neutrality
                text: Freedonia declares itself neutral in all disputes between its neighbours.
                about: [freedonia]
              - id: chancellor-claim
                kind: claim
                holder: rudolf
                text: Ruritania won the Border War.
                about: [border-war]
              - id: secret-clause
                kind: claim
                status: rumoured
                text: The treaty had a secret clause about the border.
                about: [treaty-of-strelsau]

            # Questions written by hand, one of each kind. `tests` names the record items a
            # question tests: a learner's memory is kept per item. `explanation` is shown after the
            # answer (by default, the text of the items tested): like the prompt and the options, it
            # must not print another question's answer, or one question answers the other.
            # `quiz lint --questions FILE` points out questions that repeat or give each other away.
            questions:
              - id: q-treaty-place
                type: multiple-choice
                prompt: Where was the peace treaty between Ruritania and Freedonia signed?
                choices: [Strelsau, Zenda, Fenwick]
                answer: Strelsau
                tests: [treaty-of-strelsau]
              - id: q-signatories
                type: multiple-answer
                prompt: Which countries signed the peace treaty that ended the Border War?
                choices: [Ruritania, Freedonia, Grand Fenwick, Graustark]
                answers: [Ruritania, Freedonia]
                explanation: Ruritania and Freedonia signed the peace treaty together.
                tests: [treaty-of-strelsau]
              - id: q-neutral
                type: true-false
                prompt: Freedonia declares itself neutral in disputes between its neighbours.
                answer: true
                tests: [freedonia-neutrality]
              - id: q-chancellor
                type: short-answer
                prompt: Who was the first chancellor of Ruritania?
                answer: Rudolf Rassendyll
                accept: [Rassendyll]
                tests: [rudolf]
              - id: q-soldiers
                type: numeric
                prompt: About how many soldiers did Ruritania raise for the Border War?
                answer: 12000
                tolerance: 1000
                unit: soldiers
                explanation: Ruritania raised about 12,000 soldiers for the Border War.
                tests: [border-war-soldiers]
              - id: q-league-year
                type: year
                prompt: In what year was the League of Small Nations founded?
                answer: "1905"
                tests: [league-founded]
              - id: q-order
                type: ordering
                prompt: Put these in order, earliest first.
                items:
                  - The Border War begins
                  - The peace treaty is signed
                  - The League of Small Nations is founded
                explanation: The Border War came first, the peace treaty ended it, and the League was founded after both.
                tests: [border-war-leadership, treaty-of-strelsau, league-founded]
              - id: q-match
                type: matching
                prompt: Match each country to what the example says of it.
                pairs:
                  - {left: Freedonia, right: declares itself neutral}
                  - {left: Ruritania, right: raised an army for the Border War}
                distractors: [founded the League of Small Nations]
                explanation: Freedonia declares itself neutral; Ruritania raised an army for the Border War.
                tests: [freedonia-neutrality, border-war-soldiers]
              - id: q-cloze
                type: cloze
                text: The peace treaty gave the {{Zelda}} valley to Freedonia.
                explanation: The treaty that ended the Border War gave the Zelda valley to Freedonia.
                tests: [treaty-ended-war]

            """
    }
}
