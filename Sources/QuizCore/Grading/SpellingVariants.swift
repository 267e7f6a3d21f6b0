/// The forms of a word a learner may fairly write for the same thing, folded to one key: British
/// and American spellings (organisation/organization, rumour/rumor, centre/center,
/// defence/defense, catalogue/catalog, travelled/traveled), a people's adjective and its
/// country (Palestinian/Palestine, Pakistani/Pakistan, Syrian/Syria), an empire and its people
/// (the Ottomans/the Ottoman Empire), and articles dropped
/// anywhere ("Organization of the Islamic Conference" = "Organization of Islamic Conference").
///
/// These are general rules on word endings, applied alike to what was typed and to every form of
/// the record; two keys that come out equal are variants, not typos. The rules are crude on
/// purpose: what could wrongly meet is guarded by the grader, which never takes a variant that is
/// also a variant of another item of the record. They work on the UTF-8 bytes of normalised
/// text (see `Normalizer`): the endings are ASCII, and a letter of another script only counts as
/// a consonant.
enum SpellingVariants {
    /// The variant key of a normalised text: articles left out when other words remain, each word
    /// spelt the American way and, with `stemmed`, cut to the stem a people's adjective shares
    /// with its country. Typos are measured on the key without stems ("Jordon" is one slip from
    /// "Jordan", not two from the stem "jord").
    static func key(_ normalized: String, stemmed: Bool = true) -> String {
        stemmed ? keys(normalized).variant : keys(normalized).spelling
    }

    /// Both keys of a normalised text at once: `spelling` without stems (for typos), `variant`
    /// with them (for variants).
    static func keys(_ normalized: String) -> (spelling: String, variant: String) {
        let split = normalized.utf8.split(separator: UInt8(ascii: " "))
        var kept = split.count > 1 ? split.filter { !isArticle($0) } : split
        // An empire is named by its people: "the Ottomans" for the Ottoman Empire.
        if kept.count == 2, kept[1].elementsEqual("empire".utf8) { kept.removeLast() }
        var spelling: [UInt8] = []
        var variant: [UInt8] = []
        spelling.reserveCapacity(normalized.utf8.count)
        variant.reserveCapacity(normalized.utf8.count)
        for (offset, word) in (kept.isEmpty ? split : kept).enumerated() {
            if offset > 0 {
                spelling.append(UInt8(ascii: " "))
                variant.append(UInt8(ascii: " "))
            }
            let spelt = self.word(Array(word), stemmed: false)
            spelling += spelt
            variant += stem(spelt)
        }
        return (String(decoding: spelling, as: UTF8.self), String(decoding: variant, as: UTF8.self))
    }

    private static func isArticle(_ word: Substring.UTF8View.SubSequence) -> Bool {
        word.elementsEqual("the".utf8) || word.elementsEqual("a".utf8) || word.elementsEqual("an".utf8)
    }

    /// British endings and their American forms, longest first; the key keeps the American.
    private static let endings: [([UInt8], [UInt8])] = [
        ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("isers", "izers"), ("ised", "ized"),
        ("ises", "izes"), ("iser", "izer"), ("ise", "ize"), ("ysing", "yzing"), ("ysed", "yzed"), ("yse", "yze"),
        ("ourable", "orable"), ("ouring", "oring"), ("oured", "ored"), ("ourite", "orite"), ("ours", "ors"),
        ("our", "or"), ("ogues", "ogs"), ("ogue", "og"), ("fence", "fense"), ("cence", "cense"),
        ("tence", "tense"), ("lling", "ling"), ("lled", "led"), ("res", "ers"), ("re", "er"),
    ].map { (Array($0.utf8), Array($1.utf8)) }

    /// One word's key: its American spelling, then, with `stemmed`, a people's adjective and its
    /// country cut to one stem ("palestinian" and "palestine" are both "palestin"; "jordanian"
    /// and "jordan" both "jord"). Words of fewer than five letters, and words with digits, are
    /// kept whole.
    static func word(_ word: [UInt8], stemmed: Bool = true) -> [UInt8] {
        guard word.count >= 5, !word.contains(where: { (0x30...0x39).contains($0) }) else { return word }
        var text = word
        for (british, american) in endings where text.count - british.count >= 2 && text.ends(with: british) {
            // centre/center, metres/meters: "re" only after a consonant other than r.
            if british.first == UInt8(ascii: "r") {
                let before = text[text.count - british.count - 1]
                if before < 0x80, "aeiouyr".utf8.contains(before) { break }
            }
            text = text.dropLast(british.count) + american
            break
        }
        return stemmed ? cut(text) : text
    }

    /// A word's stem, from its American spelling (see `word`).
    private static func stem(_ word: [UInt8]) -> [UInt8] {
        guard word.count >= 5, !word.contains(where: { (0x30...0x39).contains($0) }) else { return word }
        return cut(word)
    }

    private static let suffixes: [[UInt8]] = ["ian", "ese", "an", "i"].map { Array($0.utf8) }

    /// Adjective and country to one stem: a plural "-ians"/"-ans" loses its "s", then a final
    /// vowel or one of "-ian", "-ese", "-an", "-i" is cut while four letters or more remain.
    private static func cut(_ word: [UInt8]) -> [UInt8] {
        var text = word[...]
        if text.ends(with: Array("ans".utf8)) { text = text.dropLast() }
        var cuts = 0
        cutting: while cuts < 3 {
            cuts += 1
            if let last = text.last, "aeoy".utf8.contains(last), text.count - 1 >= 4 {
                text = text.dropLast()
                continue
            }
            for suffix in suffixes where text.count - suffix.count >= 4 && text.ends(with: suffix) {
                text = text.dropLast(suffix.count)
                continue cutting
            }
            break
        }
        return Array(text)
    }
}

extension Collection where Element == UInt8 {
    /// Whether the bytes end with `suffix`.
    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self.suffix(suffix.count).elementsEqual(suffix)
    }
}
