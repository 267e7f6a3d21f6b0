/// Look-ups over a record that the templates need: entities by id and kind, dated events in
/// time order, statements by holder. Built once per quiz, in one pass over the record.
struct RecordIndex {
    /// Entities by id, stored as offsets so that building the table copies no entities.
    struct EntityTable {
        let record: Record
        let offsets: [String: Int]

        subscript(_ id: String) -> Entity? {
            offsets[id].map { record.entities[$0] }
        }
    }

    let record: Record
    let entities: EntityTable
    /// Offsets into `record.entities`, by kind.
    let entitiesByKind: [Entity.Kind: [Int]]
    let sources: [String: Source]
    /// Events with a date known to the year, earliest first: offsets into `record.events`, so
    /// that look-ups copy no events.
    /// Sorted by the first day each can mean, which also sorts them by their first year; `days`
    /// are sortable day numbers (year × 10,000 + month × 100 + day), so that events of one year
    /// but different months or days can be ordered.
    let datedEvents: [(offset: Int, span: ClosedRange<Int>, days: ClosedRange<Int>)]
    /// Quantities by unit, for numeric options of the same unit: each one's id and value, not a
    /// copy of the whole quantity (a large record has one or more per event).
    let quantitiesByUnit: [String: [(id: String, value: Double)]]
    let positionsByHolder: [String: [Statement]]
    /// What each holder's statements are about, by holder id.
    let subjectsByHolder: [String: Set<String>]
    /// Who takes a stand on each topic, by topic.
    let holdersByTopic: [String: Set<String>]
    /// Offsets of events by id.
    let eventsByID: [String: Int]
    /// Offsets of statements by id.
    let statementsByID: [String: Int]
    /// Sides, dominant entities and holders.
    let cast: Cast
    /// For a small record, where each event summary and statement text names each entity, and
    /// which entities it names or points to ("Pakistani"), worked out once: templates ask this
    /// again and again of the same texts.
    let mentionTable: [String: TextMentions]

    /// The entities one text names.
    struct TextMentions {
        /// Where the text first names each entity it names.
        var ranges: [String: Range<String.Index>] = [:]
        /// Every entity it names or points to with a word made from a name.
        var mentioned: Set<String> = []
    }

    /// Records up to this many entities, and events and statements, keep a mention table.
    static let mentionTableLimits = (entities: 256, items: 2_000)

    /// Whether the dated events fall in more than one year: with one, "in what year" always has
    /// the same answer.
    let hasSeveralYears: Bool
    /// The events and statements that have a gist, and how they are linked.
    let links: LinkTable

    /// The gists of the record's events and statements, and their links both ways: what link
    /// questions draw their options from.
    struct LinkTable {
        /// Gists by item id.
        var gists: [String: String] = [:]
        /// Ids of the items with a gist, in record order (events first).
        var gisted: [String] = []
        /// Every item linked to or from each item, by any kind of link.
        var neighbours: [String: Set<String>] = [:]
        /// Items that are the giving end of each kind of link (the reasons, the bases…).
        var givers: [Links.Kind: Set<String>] = [:]

        mutating func add(id: String, gist: String?, links: Links) {
            if let gist {
                if gists[id] == nil { gisted.append(id) }
                gists[id] = gist
            }
            for kind in Links.Kind.allCases where !links[kind].isEmpty {
                givers[kind, default: []].insert(id)
                for target in links[kind] {
                    neighbours[id, default: []].insert(target)
                    neighbours[target, default: []].insert(id)
                }
            }
        }
    }

    init(_ record: Record) {
        self.record = record
        var offsets: [String: Int] = [:]
        offsets.reserveCapacity(record.entities.count)
        var byKind: [Entity.Kind: [Int]] = [:]
        for offset in record.entities.indices {
            if offsets[record.entities[offset].id] == nil { offsets[record.entities[offset].id] = offset }
            byKind[record.entities[offset].kind, default: []].append(offset)
        }
        entities = EntityTable(record: record, offsets: offsets)
        entitiesByKind = byKind
        sources = Dictionary(record.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Indexed access, not iteration: it copies no events, which matters at 100,000 of them.
        var dated: [(offset: Int, span: ClosedRange<Int>, days: ClosedRange<Int>)] = []
        var quantities: [String: [(id: String, value: Double)]] = [:]
        var linkTable = LinkTable()
        for offset in record.events.indices {
            if let date = record.events[offset].date, date.isAskableAsYear || date.isAskableAsSpan,
                let span = date.yearSpan, let days = date.daySpan
            {
                dated.append((offset, span, days))
            }
            if record.events[offset].gist != nil || !record.events[offset].links.isEmpty {
                linkTable.add(
                    id: record.events[offset].id, gist: record.events[offset].gist, links: record.events[offset].links)
            }
            if !record.events[offset].quantities.isEmpty {
                for position in record.events[offset].quantities.indices {
                    quantities[record.events[offset].quantities[position].unit, default: []].append(
                        (
                            record.events[offset].quantities[position].id,
                            record.events[offset].quantities[position].value
                        ))
                }
            }
        }
        dated.sort {
            $0.days.lowerBound != $1.days.lowerBound
                ? $0.days.lowerBound < $1.days.lowerBound
                : ($0.days.upperBound != $1.days.upperBound
                    ? $0.days.upperBound < $1.days.upperBound : $0.offset < $1.offset)
        }
        datedEvents = dated
        hasSeveralYears = Set(dated.prefix(64).map(\.span) + dated.suffix(64).map(\.span)).count > 1
        quantitiesByUnit = quantities
        for statement in record.statements where statement.gist != nil || !statement.links.isEmpty {
            linkTable.add(id: statement.id, gist: statement.gist, links: statement.links)
        }
        links = linkTable
        var positions: [String: [Statement]] = [:]
        var subjects: [String: Set<String>] = [:]
        var topics: [String: Set<String>] = [:]
        for statement in record.statements {
            guard let holder = statement.holder else { continue }
            if statement.kind == .position { positions[holder, default: []].append(statement) }
            subjects[holder, default: []].formUnion(statement.about)
            if let topic = statement.topic { topics[topic, default: []].insert(holder) }
        }
        positionsByHolder = positions
        subjectsByHolder = subjects
        holdersByTopic = topics
        // Only statements and authored questions look events up by id; skip the work without them.
        var byID: [String: Int] = [:]
        if !record.statements.isEmpty || !record.questions.isEmpty || record.events.count <= Self.eventTableLimit {
            byID.reserveCapacity(record.events.count)
            for offset in record.events.indices where byID[record.events[offset].id] == nil {
                byID[record.events[offset].id] = offset
            }
        }
        eventsByID = byID
        var statements: [String: Int] = [:]
        for offset in record.statements.indices where statements[record.statements[offset].id] == nil {
            statements[record.statements[offset].id] = offset
        }
        statementsByID = statements
        var table: [String: TextMentions] = [:]
        if record.entities.count <= Self.mentionTableLimits.entities,
            record.events.count + record.statements.count <= Self.mentionTableLimits.items
        {
            // Each entity's forms, longest first, and the stems of its one-word names, worked out
            // once rather than for every text.
            let forms = record.entities.map(TextTools.namesLongestFirst)
            let stems = record.entities.map(QuestionCritic.derivedStems)
            for text in record.events.map(\.summary) + record.statements.map(\.text) where table[text] == nil {
                var mentions = TextMentions()
                let bytes = QuestionCritic.derivedWordBytes(text)
                for (offset, entity) in record.entities.enumerated() {
                    if let range = TextTools.firstRange(ofAny: forms[offset], in: text) {
                        if mentions.ranges[entity.id] == nil { mentions.ranges[entity.id] = range }
                        mentions.mentioned.insert(entity.id)
                    } else if QuestionCritic.derivedWord(stems: stems[offset], in: bytes) != nil {
                        mentions.mentioned.insert(entity.id)
                    }
                }
                table[text] = mentions
            }
        }
        mentionTable = table
        cast = Cast(record, entities: entities, mentions: table)
    }

    /// Whether the record names another entity of the same kind and role, so that a blank on
    /// this one is a choice among things a learner could confuse.
    func hasAlternative(to entity: Entity) -> Bool {
        guard let pool = entitiesByKind[entity.kind] else { return false }
        guard pool.count <= 4096 else { return true }  // so many of a kind: surely another of the role
        return pool.lazy.map { self.record.entities[$0] }.contains { $0.id != entity.id && $0.role == entity.role }
    }

    /// The statement with an id.
    func statement(_ id: String) -> Statement? {
        statementsByID[id].map { record.statements[$0] }
    }

    /// The event with an id.
    func event(_ id: String) -> Event? {
        eventsByID[id].map { record.events[$0] }
    }

    /// When an item happened or was said, in years: an event's date (or the date of the war it
    /// happened during), a statement's date.
    func years(of id: String) -> ClosedRange<Int>? {
        if let event = event(id) {
            return event.date?.yearSpan ?? event.during.flatMap { entities[$0]?.date?.yearSpan }
        }
        return statement(id)?.date?.yearSpan
    }

    /// The kinds that can hold a view or act: what attribution questions draw their options from.
    /// Groups are left out: "the Arabs" or "Pakistani volunteers" holding a stance is too vague
    /// to be plainly false.
    static let actorKinds: Set<Entity.Kind> = [.person, .country, .organisation]

    /// Records with at most this many events always index them by id (the critic dates options
    /// by it); larger ones only when statements or questions need it.
    static let eventTableLimit = 20_000

    /// The event at an offset of `datedEvents`.
    func datedEvent(_ position: Int) -> Event { record.events[datedEvents[position].offset] }

    /// The first position in `datedEvents` whose days start after `day`.
    func firstDated(startingAfterDay day: Int) -> Int {
        firstDated { $0.days.lowerBound > day }
    }

    /// The first position in `datedEvents` whose span starts after `year`.
    func firstDated(startingAfter year: Int) -> Int {
        firstDated { $0.span.lowerBound > year }
    }

    /// The first position in `datedEvents` where `isAfter` holds, by binary search: it must be
    /// false for a prefix of the array and true for the rest, as both start orders are.
    private func firstDated(
        where isAfter: ((offset: Int, span: ClosedRange<Int>, days: ClosedRange<Int>)) -> Bool
    ) -> Int {
        var low = 0
        var high = datedEvents.count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(datedEvents[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// How a holder is named to learners: an entity's name, or for a source, its author.
    func holderName(_ id: String) -> String? {
        if let entity = entities[id] { return entity.name }
        if sources[id] != nil { return "the text's author" }
        return nil
    }

    /// Whether an entity's name takes a plural verb: a group named by a plural ("colonists claim",
    /// "the Arabs hold"); a country or an organisation takes the singular, whatever its name
    /// ("the United States holds").
    func takesPluralVerb(_ id: String) -> Bool {
        guard let entity = entities[id], entity.kind == .group,
            let last = entity.name.split(separator: " ").last
        else { return false }
        return last.hasSuffix("s") && !last.hasSuffix("ss")
    }

    /// Whether two holders say something about the same item: rival accounts of one thing.
    func speakToTheSameThing(_ one: String, _ other: String) -> Bool {
        guard let first = subjectsByHolder[one], let second = subjectsByHolder[other] else { return false }
        return !first.isDisjoint(with: second)
    }

    /// The source's title, for "Source:" lines.
    func sourceTitle(_ id: String?) -> String? {
        id.flatMap { sources[$0]?.title }
    }

    /// Entities of the given kinds other than `excluded`, in record order.
    func entities(ofKinds kinds: Set<Entity.Kind>, excluding excluded: Set<String>) -> [Entity] {
        record.entities.filter { kinds.contains($0.kind) && !excluded.contains($0.id) }
    }
}

/// A named thing found in a text.
struct Mention {
    /// The entity.
    var entity: Entity
    /// Where its name (or alias) stands.
    var range: Range<String.Index>
}

enum TextTools {
    /// Every form an entity may be named by: its name and aliases, each also without a leading
    /// "the" ("the PLO" and "PLO").
    static func names(of entity: Entity) -> [String] {
        let forms = [entity.name] + entity.aliases
        return forms + forms.compactMap { form in startsWithThe(form) ? String(form.dropFirst(4)) : nil }
    }

    /// Whether a form starts with "the " in any case, read from its bytes (no lower-cased copy).
    static func startsWithThe(_ form: String) -> Bool {
        var utf8 = form.utf8.makeIterator()
        for expected in "the ".utf8 {
            guard let byte = utf8.next(), byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0) == expected else {
                return false
            }
        }
        return true
    }

    /// `text` with its first letter in upper case, for a name that starts a sentence.
    static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    /// The first place `text` names `entity`, as a whole word, ignoring case; longer forms first,
    /// so "Palestine Liberation Organization" wins over "Palestine".
    static func mention(of entity: Entity, in text: String) -> Mention? {
        firstRange(ofAny: namesLongestFirst(of: entity), in: text).map { Mention(entity: entity, range: $0) }
    }

    /// Every form of `entity`, longest first: the order `mention(of:in:)` tries them in.
    static func namesLongestFirst(of entity: Entity) -> [String] {
        if entity.aliases.isEmpty && !startsWithThe(entity.name) { return [entity.name] }
        return names(of: entity).sorted(by: { $0.count > $1.count })
    }

    /// Where the first of `names` that `text` holds as a whole word stands in it.
    static func firstRange(ofAny names: [String], in text: String) -> Range<String.Index>? {
        for name in names {
            if let range = wholeWordRange(of: name, in: text) { return range }
        }
        return nil
    }

    /// Whether `text` names the entity in any form.
    static func mentions(_ entity: Entity, in text: String) -> Bool {
        mention(of: entity, in: text) != nil
    }

    /// The range of `word` in `text` as a whole word (not inside "Pakistani" for "Pakistan"),
    /// ignoring case. ASCII words are searched byte by byte, the common case and the fast one.
    static func wholeWordRange(of word: String, in text: String) -> Range<String.Index>? {
        guard !word.isEmpty else { return nil }
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return asciiWholeWordRange(of: Array(word.utf8), in: text)
        }
        // A word with other letters cannot stand in a text of ASCII alone.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return nil }
        let lowered = text.lowercased()
        // Lower-casing can change lengths in rare scripts; search the original when it does.
        let haystack = lowered.count == text.count ? lowered : text
        let needle = lowered.count == text.count ? word.lowercased() : word
        var searchStart = haystack.startIndex
        while let found = haystack[searchStart...].firstRange(of: needle) {
            let before =
                found.lowerBound == haystack.startIndex ? nil : haystack[haystack.index(before: found.lowerBound)]
            let after = found.upperBound == haystack.endIndex ? nil : haystack[found.upperBound]
            if !isWordCharacter(before), !isWordCharacter(after) {
                let offset = haystack.distance(from: haystack.startIndex, to: found.lowerBound)
                let start = text.index(text.startIndex, offsetBy: offset)
                return start..<text.index(start, offsetBy: word.count)
            }
            searchStart = haystack.index(after: found.lowerBound)
        }
        return nil
    }

    private static func fold(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// A byte is part of a word: an ASCII letter or digit, or any byte of a non-ASCII character
    /// (which is taken to be a letter: "Türkiye" is one word).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || (fold(byte) >= UInt8(ascii: "a") && fold(byte) <= UInt8(ascii: "z"))
    }

    private static func asciiWholeWordRange(of needle: [UInt8], in text: String) -> Range<String.Index>? {
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { bytes -> Range<String.Index>? in
            let count = bytes.count
            let first = fold(needle[0])
            var start = 0
            while start + needle.count <= count {
                if fold(bytes[start]) == first {
                    var matched = true
                    for offset in 1..<needle.count where fold(bytes[start + offset]) != fold(needle[offset]) {
                        matched = false
                        break
                    }
                    if matched, start == 0 || !isWordByte(bytes[start - 1]),
                        start + needle.count == count || !isWordByte(bytes[start + needle.count])
                    {
                        let lower = utf8.index(utf8.startIndex, offsetBy: start)
                        return lower..<utf8.index(lower, offsetBy: needle.count)
                    }
                }
                start += 1
            }
            return nil
        }
            ?? {
                var copy = text
                copy.makeContiguousUTF8()
                return asciiWholeWordRange(of: needle, in: copy)
            }()
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character.isNumber
    }

    /// `text` with a range replaced by a blank.
    static func blanking(_ range: Range<String.Index>, in text: String) -> String {
        var copy = text
        copy.replaceSubrange(range, with: "_____")
        return copy
    }

    /// Whether `text` contains any of `answers` as a whole word (a leak).
    static func leaks(_ answers: [String], in text: String) -> Bool {
        answers.contains { wholeWordRange(of: $0, in: text) != nil }
    }

    /// An event's summary without the date it opens with ("In 1982, ", "On December 16, 1773, ",
    /// "In the spring of 1773, "), so that when-questions do not give the answer away. Only a
    /// phrase made of date words, with a number in it and closed by a comma, is taken off.
    static func withoutLeadingDate(_ summary: String) -> String {
        guard
            summary.hasPrefix("In ") || summary.hasPrefix("On ") || summary.hasPrefix("During ")
                || summary.hasPrefix("By ")
        else { return summary }
        let words = summary.split(separator: " ", maxSplits: 9, omittingEmptySubsequences: false)
        guard words.count > 2, dateLeads.contains(words[0]) else { return summary }
        var sawNumber = false
        for index in 1..<min(words.count - 1, 8) {
            let word = words[index]
            let bare = word.hasSuffix(",") ? word.dropLast() : word
            let isNumber = isDayOrYear(bare)
            guard isNumber || months.contains(bare) || dateFillers.contains(bare) else { return summary }
            sawNumber = sawNumber || isNumber
            // The phrase ends at a comma, unless a number follows it ("December 16, 1773,").
            guard word.hasSuffix(","), sawNumber else { continue }
            let next = words[index + 1]
            if isDayOrYear(next.hasSuffix(",") ? next.dropLast() : next) { continue }
            return capitalized(words[(index + 1)...].joined(separator: " "))
        }
        return summary
    }

    /// Whether an event's text can stand alone as an option or an item to order: it points to
    /// nothing outside itself ("responded with the Coercive Acts", "He yielded…", "in turn").
    /// Its words are hashed as they are read, with no string made: the check runs for every
    /// option of every dated question. (`QuestionCritic.Printed.wordHashes` hashes words the same
    /// way but gathers them in an array first: 6 ms more on the 1,000-question bench.)
    static func standsAlone(_ text: String) -> Bool {
        var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        var hash: UInt64 = wordSeed
        var inWord = false
        var firstHash: UInt64?
        func ends() -> Bool {
            words = (words.1, words.2, hash)
            count += 1
            if firstHash == nil { firstHash = hash }
            if pointing.singles.contains(hash) { return true }
            if count >= 2, pointing.pairs.contains(words.1 &* 31 &+ words.2) { return true }
            return count >= 3 && pointing.triples.contains((words.0 &* 31 &+ words.1) &* 31 &+ words.2)
        }
        for byte in text.utf8 {
            let letter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            if letter {
                hash = (hash ^ UInt64(byte | 0x20)) &* 0x100_0000_01b3
                inWord = true
            } else if inWord {
                if ends() { return false }
                hash = wordSeed
                inWord = false
            }
        }
        if inWord, ends() { return false }
        return !(firstHash.map(pointing.openers.contains) ?? false)
    }

    private static let wordSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Words that point outside the sentence, hashed as `standsAlone` hashes them: anywhere, and
    /// as its first word ("He", "This", "Then").
    private static let pointing:
        (singles: Set<UInt64>, pairs: Set<UInt64>, triples: Set<UInt64>, openers: Set<UInt64>) = {
            func hashes(_ phrase: String) -> [UInt64] {
                phrase.split(separator: " ").map { word in
                    word.utf8.reduce(wordSeed) { ($0 ^ UInt64($1 | 0x20)) &* 0x100_0000_01b3 }
                }
            }
            var singles: Set<UInt64> = []
            var pairs: Set<UInt64> = []
            var triples: Set<UInt64> = []
            for phrase in pointingWords {
                let words = hashes(phrase)
                switch words.count {
                case 1: singles.insert(words[0])
                case 2: pairs.insert(words[0] &* 31 &+ words[1])
                default: triples.insert((words[0] &* 31 &+ words[1]) &* 31 &+ words[2])
                }
            }
            return (singles, pairs, triples, Set(pointingOpeners.flatMap(hashes)))
        }()

    static let pointingOpeners = [
        "He", "She", "It", "They", "His", "Her", "Its", "Their", "This", "These", "Those", "Then", "There", "Later",
    ]
    static let pointingWords = [
        "responded", "in response", "in turn", "instead", "as a result", "retaliated", "again", "also", "thereafter",
        "afterwards", "subsequently", "meanwhile", "the latter", "the former", "the same", "this", "these", "those",
    ]

    static let dateLeads: Set<Substring> = ["In", "On", "During", "By"]
    static let months: Set<Substring> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    static let dateFillers: Set<Substring> = [
        "the", "of", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter",
    ]

    /// "1773", "16", "16th".
    private static func isDayOrYear(_ word: Substring) -> Bool {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4 else { return false }
        let suffix = word.dropFirst(digits.count)
        return suffix.isEmpty || (digits.count <= 2 && ["st", "nd", "rd", "th"].contains(suffix))
    }

    /// Whether a text contains a four-digit number from `years` (a when-question leak).
    static func containsYear(in text: String, from years: [Int]) -> Bool {
        years.contains { wholeWordRange(of: String($0), in: text) != nil }
    }
}

extension Substring {
    func trimmingCharacters(in characters: String) -> Substring {
        var result = self
        while let first = result.first, characters.contains(first) { result = result.dropFirst() }
        while let last = result.last, characters.contains(last) { result = result.dropLast() }
        return result
    }
}
