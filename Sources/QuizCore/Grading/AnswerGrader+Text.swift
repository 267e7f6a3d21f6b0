extension AnswerGrader {
    /// A typed answer's verdict, and the form it was taken for.
    struct TextMatch {
        var verdict: Verdict
        var form: String?
    }

    /// A right form of a typed answer, as written and normalised.
    private struct Form {
        var text: String
        var key: String
    }

    /// Grades a typed answer against its right forms, in the order a teacher reads it: the
    /// answer as written, another accepted form or another form of the answer's own entity
    /// ("Türkiye", "PLO"), a year in a sentence ("in 1948"), a spelling variant ("Palestinian
    /// Liberation Organisation"), and a typo of the form it is nearest to. Another value of the
    /// record or another option, typed or nearly typed, is named as what it is.
    /// The note for an accepted form other than the canonical one: a shorter name made of the
    /// canonical name's own words ("Musharraf" for "Pervez Musharraf") is the name in part, not
    /// another name for it.
    static func formNote(_ key: String, canonical: String) -> Verdict.Note {
        let articles: Set<Substring> = ["the", "a", "an"]
        let words = Set(Normalizer.normalize(canonical).split(separator: " ").filter { !articles.contains($0) })
        let given = key.split(separator: " ").filter { !articles.contains($0) }
        guard !given.isEmpty, given.count < words.count, given.allSatisfy(words.contains) else {
            return .otherForm(canonical)
        }
        return .shortForm(canonical)
    }

    /// A key's words less articles and prepositions, sorted: what a reordering keeps.
    static func contentWords(_ key: String) -> [Substring] {
        key.split(separator: " ").filter { !smallWords.contains($0) }.sorted()
    }

    static let smallWords: Set<Substring> = ["the", "a", "an", "of", "in", "at", "on", "from", "and", "for", "to"]

    func matchText(
        _ typed: String, canonical: String, accepted: [String], question: Question, options: [String] = []
    ) -> TextMatch {
        let answer = Normalizer.normalize(typed)
        guard !answer.isEmpty else { return TextMatch(verdict: .wrong(.blank, canonical), form: nil) }
        var forms = ([canonical] + accepted).map { Form(text: $0, key: Normalizer.normalize($0)) }.filter {
            !$0.key.isEmpty
        }
        if answer == forms.first?.key { return TextMatch(verdict: .correct(canonical), form: canonical) }
        if let form = forms.first(where: { $0.key == answer }) {
            return TextMatch(verdict: .noted(Self.formNote(form.key, canonical: canonical), canonical), form: form.text)
        }
        // Forms written as patterns (an imported BSD cell) are matched, not listed.
        if question.patterns.contains(where: { AnswerPattern($0)?.matches(answer) ?? false }) {
            return TextMatch(verdict: .noted(.otherForm(canonical), canonical), form: nil)
        }
        if let year = matchYear(typed, forms: forms, canonical: canonical) { return year }
        if forms.contains(where: { Self.isFigure($0.key) }),
            let number = matchNumber(typed, forms: forms, canonical: canonical)
        {
            return number
        }

        // Every form of the answer's own entity is the answer, but for a form that another entity
        // goes by too: that one is ambiguous, and only the author's accepted forms settle it.
        let own = ownEntities(forms)
        for id in own.sorted() {
            for text in entityForms[id] ?? [] {
                let key = Normalizer.normalize(text)
                let shared = rivals.exactly(key).contains { $0.entityID.map { !own.contains($0) } ?? false }
                if !key.isEmpty, !shared, !forms.contains(where: { $0.key == key }) {
                    forms.append(Form(text: text, key: key))
                }
            }
        }
        if let form = forms.first(where: { $0.key == answer }) {
            return TextMatch(verdict: .noted(Self.formNote(form.key, canonical: canonical), canonical), form: form.text)
        }
        let rightKeys = Set(forms.map(\.key))
        let isRival = { (rival: RivalIndex.Rival) in
            !rightKeys.contains(rival.key) && !rightKeys.contains(rival.displayKey)
                && !(rival.entityID.map(own.contains) ?? false)
        }
        let optionRivals = options.compactMap { option -> RivalIndex.Rival? in
            let key = Normalizer.normalize(option)
            guard !key.isEmpty, !rightKeys.contains(key) else { return nil }
            let entity = rivals.exactly(key).first { $0.entityID != nil }
            return RivalIndex.Rival(key: key, display: option, entityID: entity?.entityID)
        }
        func confused(_ rival: RivalIndex.Rival) -> TextMatch {
            let miss = Verdict.Miss.confusedWith(rival.display, detail: detail(for: rival.entityID, in: question))
            return TextMatch(verdict: .wrong(miss, canonical), form: nil)
        }

        // Another value of the record, or another option, typed exactly.
        if let rival = optionRivals.first(where: { $0.key == answer }) ?? rivals.exactly(answer).first(where: isRival) {
            return confused(rival)
        }

        // A spelling variant of a right form, unless it is as much a variant of a rival.
        let (typedSpelling, variant) = SpellingVariants.keys(answer)
        let formKeys = forms.map { SpellingVariants.keys($0.key) }
        if let index = formKeys.firstIndex(where: { $0.variant == variant }) {
            let form = forms[index]
            if let rival = optionRivals.first(where: { SpellingVariants.key($0.key) == variant })
                ?? rivals.variants(variant).first(where: isRival)
            {
                return confused(rival)
            }
            return TextMatch(verdict: .noted(.variant(canonical), canonical), form: form.text)
        }
        // A variant of a rival alone ("Austrian" for Australia) is that rival.
        if let rival = rivals.variants(variant).first(where: isRival) { return confused(rival) }

        // The same letters spaced otherwise ("Te Atiawa" for Te Āti Awa): the same name.
        let unspaced = answer.replacingAll(" ", with: "")
        if unspaced.count >= 4, let form = forms.first(where: { $0.key.replacingAll(" ", with: "") == unspaced }) {
            return TextMatch(verdict: .noted(.variant(canonical), canonical), form: form.text)
        }
        // The same words in another order, the small ones aside ("Wellington chiefs" for chiefs in
        // Wellington), unless another value of the record has those words too.
        let words = Self.contentWords(answer)
        if words.count >= 2, let form = forms.first(where: { Self.contentWords($0.key) == words }),
            !rivals.exactly(answer).contains(where: isRival)
        {
            return TextMatch(verdict: .noted(.variant(canonical), canonical), form: form.text)
        }

        // A typo: close to a right form word by word, closer than to any rival, and with the
        // digits exactly right (a wrong digit is a wrong fact, not a slip).
        let spelling = Array(typedSpelling.unicodeScalars)
        let typedDigits = Self.digits(spelling)
        var best = Int.max
        var allowed = -1
        var intended: Form?
        for (form, keys) in zip(forms, formKeys) {
            let formSpelling = Array(keys.spelling.unicodeScalars)
            guard Self.digits(formSpelling) == typedDigits else { continue }
            let distance = Spelling.editDistance(spelling, formSpelling, limit: 6)
            if distance < best {
                best = distance
                allowed = Self.typoAllowance(spelling, formSpelling)
                intended = form
            }
        }
        if best <= allowed, let intended {
            let nearOption = optionRivals.first {
                $0.digits == typedDigits && Spelling.editDistance(spelling, $0.spelling, limit: best) <= best
            }
            if let rival = nearOption ?? rivals.near(spelling, within: best, where: isRival) { return confused(rival) }
            return TextMatch(verdict: .noted(.typo(intended.text), canonical), form: intended.text)
        }
        allowed = max(allowed, Self.allowedEdits(answer.count))
        // Part of the name ("Constantine" for Constantine XI Palaiologos) is no misspelling of it.
        if best <= allowed + 2 {
            let words = answer.split(separator: " ")
            let partOfAForm = forms.contains { form in
                let formWords = form.key.split(separator: " ")
                return words.count < formWords.count && words.allSatisfy(formWords.contains)
            }
            if !partOfAForm { return TextMatch(verdict: .wrong(.typoTooFar, canonical), form: nil) }
        }
        return TextMatch(verdict: .wrong(.unknown, canonical), form: nil)
    }

    /// The answer's own entity: the one entity that goes by the first right form that names
    /// exactly one, as written or as a spelling variant. None when every form is ambiguous (two
    /// entities share it): then only the author's forms count.
    private func ownEntities(_ forms: [Form]) -> Set<String> {
        for variants in [false, true] {
            for form in forms {
                let named = variants ? rivals.variants(SpellingVariants.key(form.key)) : rivals.exactly(form.key)
                let ids = Set(named.compactMap(\.entityID))
                if ids.count == 1 { return ids }
                if !ids.isEmpty { break }
            }
        }
        return []
    }

    /// Where a right form is a year ("1948", "44 BC"), a typed year in a sentence is that year:
    /// "in 1948", "the year 1948", "c. 1948", "it was 1948"; another year is that many years off.
    private func matchYear(_ typed: String, forms: [Form], canonical: String) -> TextMatch? {
        guard
            let year = forms.lazy.compactMap({ form -> Int? in
                guard Self.isPlainYear(form.key), let read = DateAnswerReader.read(form.text), read.first == read.last
                else { return nil }
                return read.first
            }).first,
            let given = DateAnswerReader.read(typed), given.first == given.last
        else { return nil }
        if given.first == year { return TextMatch(verdict: .correct(canonical), form: canonical) }
        return TextMatch(
            verdict: .wrong(.nearDate(yearsOff: DateAnswerReader.gap(given.first, year)), canonical), form: nil)
    }

    /// Where a right form is a figure ("250,000"), the same figure typed any way is that form:
    /// "250000", "250 000", "250k".
    private func matchNumber(_ typed: String, forms: [Form], canonical: String) -> TextMatch? {
        guard let given = NumberReader.read(typed) else { return nil }
        for form in forms where Self.isFigure(form.key) {
            if let value = NumberReader.read(form.text), value == given {
                return TextMatch(
                    verdict: form.text == canonical ? .correct(canonical) : .noted(.otherForm(canonical), canonical),
                    form: form.text)
            }
        }
        return nil
    }

    /// Digits, grouped by spaces or not: "250 000".
    private static func isFigure(_ key: String) -> Bool {
        key.unicodeScalars.allSatisfy { isDigit($0) || $0 == " " }
    }

    /// "1948", "44 bc", "ad 800": a number of up to four digits, with an era or none.
    private static func isPlainYear(_ key: String) -> Bool {
        let words = key.split(separator: " ")
        guard (1...2).contains(words.count) else { return false }
        let numbers = words.filter { $0.unicodeScalars.allSatisfy(isDigit) }
        let eras: Set<Substring> = ["bc", "bce", "ad", "ce"]
        return numbers.count == 1 && (1...4).contains(numbers[0].count)
            && words.allSatisfy { $0.unicodeScalars.allSatisfy(isDigit) || eras.contains($0) }
    }
}
