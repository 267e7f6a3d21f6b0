/// The forms of a word a learner may fairly write for the same thing, folded to one key: British
/// and American spellings (organisation/organization, rumour/rumor, centre/center,
/// defence/defense, catalogue/catalog, travelled/traveled), a people's adjective and its
/// country (Palestinian/Palestine, Pakistani/Pakistan, Syrian/Syria), and articles dropped
/// anywhere ("Organization of the Islamic Conference" = "Organization of Islamic Conference").
///
/// These are general rules on word endings, applied alike to what was typed and to every form of
/// the record; two keys that come out equal are variants, not typos. The rules are crude on
/// purpose: what could wrongly meet is guarded by the grader, which never takes a variant that is
/// also a variant of another item of the record.
enum SpellingVariants {
    /// The variant key of a normalised text (see `Normalizer`): articles left out when other
    /// words remain, each word spelt the American way and, with `stemmed`, cut to the stem a
    /// people's adjective shares with its country. Typos are measured on the key without stems
    /// ("Jordon" is one slip from "Jordan", not two from the stem "jord").
    static func key(_ normalized: String, stemmed: Bool = true) -> String {
        let split = normalized.split(separator: " ")
        let kept = split.count > 1 ? split.filter { !articles.contains($0) } : split
        return (kept.isEmpty ? split : kept).map { word(String($0), stemmed: stemmed) }.joined(separator: " ")
    }

    private static let articles: Set<Substring> = ["the", "a", "an"]

    /// British endings and their American forms, longest first; the key keeps the American.
    private static let endings: [(String, String)] = [
        ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("isers", "izers"), ("ised", "ized"),
        ("ises", "izes"), ("iser", "izer"), ("ise", "ize"), ("ysing", "yzing"), ("ysed", "yzed"), ("yse", "yze"),
        ("ourable", "orable"), ("ouring", "oring"), ("oured", "ored"), ("ourite", "orite"), ("ours", "ors"),
        ("our", "or"), ("ogues", "ogs"), ("ogue", "og"), ("fence", "fense"), ("cence", "cense"),
        ("tence", "tense"), ("lling", "ling"), ("lled", "led"),
    ]

    /// One word's key: its American spelling, then, for words of five letters or more, a
    /// people's adjective and its country cut to one stem ("palestinian" and "palestine" are
    /// both "palestin"; "jordanian" and "jordan" both "jord"). Words with digits are kept whole.
    static func word(_ word: String, stemmed: Bool = true) -> String {
        guard word.count >= 5, word.allSatisfy({ $0.isLetter }) else { return word }
        var text = word
        for (british, american) in endings where text.hasSuffix(british) && text.count - british.count >= 2 {
            text = String(text.dropLast(british.count)) + american
            break
        }
        // centre/center, theatre/theater, metres/meters: "re" after a consonant other than r.
        for (british, american) in [("res", "ers"), ("re", "er")] where text.hasSuffix(british) {
            let stem = text.dropLast(british.count)
            if let last = stem.last, !"aeiouyr".contains(last), stem.count >= 3 {
                text = String(stem) + american
            }
            break
        }
        return stemmed ? stem(text) : text
    }

    /// Adjective and country to one stem: a plural "-ians"/"-ans" loses its "s", then a final
    /// vowel or one of "-ian", "-ese", "-an", "-i" is cut while four letters or more remain.
    private static func stem(_ word: String) -> String {
        var text = Substring(word)
        if text.hasSuffix("ians") || text.hasSuffix("ans") { text = text.dropLast() }
        var cuts = 0
        cutting: while cuts < 3 {
            cuts += 1
            if let last = text.last, "aeoy".contains(last), text.count - 1 >= 4 {
                text = text.dropLast()
                continue
            }
            for suffix in ["ian", "ese", "an", "i"] where text.hasSuffix(suffix) && text.count - suffix.count >= 4 {
                text = text.dropLast(suffix.count)
                continue cutting
            }
            break
        }
        return String(text)
    }
}
