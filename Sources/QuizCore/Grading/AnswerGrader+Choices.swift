extension AnswerGrader {
    /// What a typed answer picks among options.
    enum Pick: Equatable {
        /// This option.
        case option(Int)
        /// A label past the options ("e" among four): ask again.
        case outOfRange
        /// No option.
        case none
    }

    /// Words that tell no option from another: "as a rumour" is picked by "rumour".
    private static let functionWords: Set<String> = [
        "a", "an", "the", "as", "of", "in", "on", "at", "by", "to", "for", "and", "or", "with", "from", "its", "it",
        "is", "was",
    ]

    /// The option a typed answer picks: its letter or number, its text (a spelling variant or a
    /// typo allowed), or words that only it holds ("rumour" for "as a rumour").
    func pick(_ typed: String, options: [String]) -> Pick {
        let trimmed = typed.lowercased().filter { !$0.isWhitespace && !"().:".contains($0) }
        let normalized = Normalizer.normalize(typed)
        let keys = options.map(Normalizer.normalize)
        if let exact = keys.firstIndex(of: normalized) { return .option(exact) }
        if trimmed.count == 1, let index = trimmed.unicodeScalars.first.flatMap(Self.index(ofLetter:)) {
            return options.indices.contains(index) ? .option(index) : .outOfRange
        }
        if let number = Int(trimmed), trimmed.count <= 2 {
            return options.indices.contains(number - 1) ? .option(number - 1) : .outOfRange
        }
        // Another item of the record, named exactly, is that item, not an option's variant, key
        // words or typo.
        if rivals.exactly(normalized).contains(where: { $0.entityID != nil }) { return .none }
        let (spelling, variant) = SpellingVariants.keys(normalized)
        let optionKeys = keys.map(SpellingVariants.keys)
        if optionKeys.lazy.filter({ $0.variant == variant }).count == 1,
            let index = optionKeys.firstIndex(where: { $0.variant == variant })
        {
            return .option(index)
        }
        // Words only one option holds.
        let words = variant.split(separator: " ").filter { !Self.functionWords.contains(String($0)) }
        if !words.isEmpty {
            let holders = optionKeys.indices.filter { index in
                let held = optionKeys[index].variant.split(separator: " ")
                return words.allSatisfy(held.contains)
            }
            if holders.count == 1 { return .option(holders[0]) }
        }
        let characters = Array(spelling.unicodeScalars)
        let spellings = optionKeys.map { Array($0.spelling.unicodeScalars) }
        let distances = spellings.map { Spelling.editDistance(characters, $0, limit: 4) }
        guard let best = distances.min(), let index = distances.firstIndex(of: best) else { return .none }
        let allowed = Self.allowedEdits(spellings[index].count)
        let unique = distances.filter { $0 == best }.count == 1
        guard best <= allowed, unique, Self.digits(characters) == Self.digits(spellings[index]) else { return .none }
        // Nearer to (or as near to) another item of the record than to the option: not a slip.
        let ownKey = keys[index]
        let rival = rivals.near(characters, within: best) { $0.key != ownKey && $0.displayKey != ownKey }
        return rival == nil ? .option(index) : .none
    }

    func gradeChoice(_ typed: String, question: Question, right: Int) -> Verdict {
        let expected = Self.shownAnswer(question)
        switch pick(typed, options: question.options) {
        case .outOfRange:
            return .wrong(.unreadable(Self.choiceInstruction(question.options.count)), expected)
        case .none:
            // Not an option: graded as typed text, so aliases still count ("PLO").
            let verdict = matchText(
                typed, canonical: question.options[right], accepted: question.accepted, question: question,
                options: question.options
            ).verdict
            var result = verdict
            result.expected = expected
            return verdict.isCorrect ? result : Verdict.wrong(verdict.miss ?? .unknown, expected)
        case .option(let picked) where picked == right:
            // Its label, its text, a variant or its key words are right as they are; a slip is noted.
            let typedWords = Self.words(SpellingVariants.key(Normalizer.normalize(typed)))
            let optionWords = Self.words(SpellingVariants.key(Normalizer.normalize(question.options[right])))
            if typed.count <= 3 || typedWords.isSubset(of: optionWords) { return .correct(expected) }
            return .noted(.typo(question.options[right]), expected)
        case .option(let picked):
            let name = question.options[picked]
            // Another entity of the record is named as what it is; a label ("as a rumour") is
            // simply not the answer.
            let entity = rivals.exactly(Normalizer.normalize(name)).first { $0.entityID != nil }?.entityID
            guard let detail = detail(for: entity, in: question) else { return .wrong(.unknown, expected) }
            return .wrong(.confusedWith(name, detail: detail), expected)
        }
    }

    /// The answer as a verdict shows it: a choice with its letter ("c) Czechoslovakia"), several
    /// with theirs, anything else as the question states it.
    public static func shownAnswer(_ question: Question) -> String {
        switch question.answer {
        case .option(let right) where question.options.indices.contains(right):
            return "\(letter(right))) \(question.options[right])"
        case .options(let right):
            return right.filter(question.options.indices.contains).map {
                "\(letter($0))) \(Question.withoutFullStop(question.options[$0]))"
            }.joined(separator: "; ")
        default:
            return question.answerText
        }
    }

    /// How to answer a choice, for asking again.
    static func choiceInstruction(_ count: Int) -> String {
        "Type a letter from \(letterRange(count)), or the answer."
    }

    /// Several letters, numbers or texts: `a c`, `a,c`, `ac`, `1 3`.
    func gradeChoices(_ typed: String, question: Question, right: [Int]) -> Verdict {
        let expected = Self.shownAnswer(question)
        let picked: Set<Int>
        switch picks(typed, options: question.options) {
        case .options(let indices): picked = indices
        case .outOfRange:
            let example = [0, min(2, question.options.count - 1)].map(Self.letter).joined(separator: " ")
            return .wrong(
                .unreadable(
                    "Type the letters of every right option, from \(Self.letterRange(question.options.count)): e.g. \(example)."
                ),
                expected)
        case .none: return .wrong(.unknown, expected)
        }
        let rightSet = Set(right)
        let hits = picked.intersection(rightSet).count
        let misses = picked.subtracting(rightSet).count
        if hits == rightSet.count && misses == 0 { return .correct(expected) }
        let credit = max(0, Double(hits - misses) / Double(rightSet.count))
        return .partly(credit, expected)
    }

    /// What a typed answer picks among options when several may be right.
    enum Picks: Equatable {
        case options(Set<Int>)
        case outOfRange
        case none
    }

    func picks(_ typed: String, options: [String]) -> Picks {
        // Single letters apart ("a c", "a, e"), or together ("ac"), are labels.
        let tokens = typed.lowercased().split(whereSeparator: { $0.isWhitespace || ",;()".contains($0) }).map {
            $0.filter { $0 != ")" && $0 != "." }
        }
        let singles = tokens.map { $0.count == 1 ? $0.unicodeScalars.first.flatMap(Self.index(ofLetter:)) : nil }
        if !tokens.isEmpty, !singles.contains(nil) {
            let indices = singles.compactMap { $0 }
            return indices.allSatisfy(options.indices.contains) ? .options(Set(indices)) : .outOfRange
        }
        let compact = tokens.joined()
        let letters = compact.unicodeScalars.map(Self.index(ofLetter:))
        if tokens.count == 1, compact.count <= options.count, !letters.contains(nil),
            letters.allSatisfy({ options.indices.contains($0!) })
        {
            return .options(Set(letters.compactMap { $0 }))
        }
        let pieces = typed.split(whereSeparator: { ",;".contains($0) }).flatMap { piece -> [Substring] in
            let words = piece.split(separator: " ")
            // "1 3" or "a c": short tokens separated by spaces are separate picks.
            return words.allSatisfy { $0.count <= 2 } ? words : [piece]
        }
        var result: Set<Int> = []
        for piece in pieces {
            switch pick(String(piece), options: options) {
            case .option(let index): result.insert(index)
            case .outOfRange: return .outOfRange
            case .none: return .none
            }
        }
        return result.isEmpty ? .none : .options(result)
    }

    /// The words of a key, as a set.
    static func words(_ key: String) -> Set<String> {
        Set(key.split(separator: " ").map(String.init))
    }

    // MARK: - True or false

    private static let truthWords: [String: Bool] = [
        "t": true, "true": true, "yes": true, "y": true, "correct": true, "right": true,
        "f": false, "false": false, "no": false, "n": false, "wrong": false, "incorrect": false, "untrue": false,
    ]

    /// True or false, as the learner meant it: "t", "yes", and slips such as "tru", "ture" or
    /// "flase". Anything else ("1948") is asked again.
    func gradeTruth(_ typed: String, _ value: Bool, expected: String) -> Verdict {
        let word = Normalizer.normalize(typed)
        var given = Self.truthWords[word]
        if given == nil, word.count >= 3, !word.contains(" ") {
            let characters = Array(word)
            let toTrue = Spelling.editDistance(characters, Array("true"), limit: 2)
            let toFalse = Spelling.editDistance(characters, Array("false"), limit: 2)
            if toTrue <= 1 && toFalse > 1 { given = true }
            if toFalse <= 1 && toTrue > 1 { given = false }
        }
        guard let given else { return .wrong(.unreadable("Type true or false (t or f)."), expected) }
        return given == value ? .correct(expected) : .wrong(.unknown, expected)
    }
}
