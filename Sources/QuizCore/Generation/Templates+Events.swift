extension Templates {
    /// The questions a template makes from one event.
    func eventQuestions(_ template: Name, _ event: Event, random: inout SeededRandom) -> [Question] {
        switch template {
        case .eventYear: return eventYear(event)
        case .eventInYear: return eventInYear(event, random: &random)
        case .eventWho: return eventParticipant(event, places: false, typed: false, random: &random)
        case .eventWhoTyped: return eventParticipant(event, places: false, typed: true, random: &random)
        case .eventWhere: return eventParticipant(event, places: true, typed: false, random: &random)
        case .eventDuring: return eventDuring(event, random: &random)
        case .quantityValue: return event.quantities.map { quantityValue($0, of: event) }
        case .quantityChoice: return event.quantities.compactMap { quantityChoice($0, of: event, random: &random) }
        case .eventFirst: return eventFirst(event, random: &random)
        case .eventOrder: return eventOrder(event, random: &random)
        case .eventYearMatch: return eventYearMatch(event, random: &random)
        default: return []
        }
    }

    private func base(_ event: Event) -> (explanation: String, source: String?, tags: [String]) {
        (event.summary, event.source, event.tags)
    }

    /// An event's summary with its date, as a sentence ("The war began near Boston (1775)."),
    /// unless the summary gives the year already ("In 1773, …").
    static func dated(_ event: Event) -> String {
        guard let date = event.date else { return event.summary }
        if let span = date.yearSpan,
            TextTools.containsYear(in: event.summary, from: [span.lowerBound, span.upperBound])
        {
            return event.summary
        }
        let label = DateLabel.text(for: date)
        guard let last = event.summary.last, last == "." || last == "!" else { return "\(event.summary) (\(label))" }
        return "\(event.summary.dropLast()) (\(label))\(last)"
    }

    /// Whether an event the record dates to the day is asked its date, not its year: where the
    /// year alone would not tell it from the others (every event of the record in one year, or
    /// another event in the same year).
    private func asksTheDay(of event: Event, _ date: HistoricalDate) -> Bool {
        guard case .date(let point) = date.start, date.end == nil, point.day != nil, !point.isApproximate,
            !point.isUncertain, let span = date.yearSpan
        else { return false }
        if !index.hasSeveralYears { return true }
        let sameYear =
            index.firstDated(startingAfter: span.lowerBound) - index.firstDated(startingAfter: span.lowerBound - 1)
        return sameYear > 1
    }

    /// Whether an event's gist names it as something that happened ("the signing of the Treaty of
    /// Wuchale", "the establishment of Fort William"): a noun of action after "the", which reads
    /// well in "In what year did … happen?"; not a thing or a report ("information received…").
    static func namesAnEvent(_ gist: String?) -> Bool {
        guard let gist, gist.hasPrefix("the ") else { return false }
        let words = gist.split(separator: " ").prefix(3).dropFirst()
        return words.contains { word in
            eventNouns.contains(String(word))
                || (["ment", "tion", "sion", "ments", "tions", "sions"].contains { word.hasSuffix($0) }
                    && word.count > 5)
        }
    }

    /// Words in "-ing" that name an event, as "the passing of the act" does not read as one.
    static let eventNouns: Set<String> = [
        "signing", "founding", "opening", "uprising", "rising", "meeting", "bombing", "sinking", "landing", "sacking",
        "burning", "crowning", "storming", "killing", "assassination", "wedding", "funeral", "coup", "massacre",
        "siege", "battle", "revolt", "rebellion", "riot", "strike", "treaty",
    ]

    /// In what year (or over which years) did it happen? On what date, where the year would not
    /// tell it from the others.
    func eventYear(_ event: Event) -> [Question] {
        guard let date = event.date, let span = date.yearSpan else { return [] }
        let text = TextTools.withoutLeadingDate(event.summary)
        guard !TextTools.containsYear(in: text, from: [span.lowerBound, span.upperBound]),
            !QuestionCritic.containsDate(text)
        else { return [] }
        let prompt: String
        var asked = date
        // One sentence where the record names the event ("the signing of the Treaty of Wuchale");
        // otherwise its summary, then the question.
        let named = Self.namesAnEvent(event.gist) ? event.gist : nil
        // A summary in the passive ("The Congress was founded.") is asked in one sentence too.
        let passive = named == nil ? passiveParts(text) : nil
        func ask(_ opening: String, _ verb: String) -> String {
            if let passive {
                return "\(opening) \(passive.be) \(passive.subject) \(passive.rest), according to the text?"
            }
            return named.map { "\(opening) did \($0) take place, according to the text?" }
                ?? "\(TextTools.capitalized(text)) \(opening) did this \(verb), according to the text?"
        }
        if date.isAskableAsYear, asksTheDay(of: event, date) {
            prompt = ask("On what date", "happen")
        } else if date.isAskableAsYear {
            prompt = ask("In what year", "happen")
            // "In what year" is answered by the year, even where the record knows the day.
            asked = DateLabel.yearOnly(date)
        } else if date.isAskableAsSpan {
            prompt = ask("Over which years", "take place")
        } else {
            return []
        }
        let (_, source, tags) = base(event)
        return [
            // The Why gives the date, as a number's gives the number.
            question(
                .eventYear, [event.id], prompt: prompt, answer: .date(asked), explanation: Self.dated(event),
                source: source,
                statementKind: .fact, facts: [event.id], tags: tags)
        ]
    }

    /// A one-sentence summary in the passive, split to be asked "In what year was …?": "The
    /// Indian National Congress was founded." gives ("was", "the Indian National Congress",
    /// "founded"). Only where "was" or "were" comes once, after a plain subject (no comma), and
    /// before a past participle; and where the subject opens with a name or with a word that
    /// reads the same in lower case ("The", "Fifty").
    func passiveParts(_ text: String) -> (be: String, subject: String, rest: String)? {
        guard text.hasSuffix("."), !text.dropLast().contains("."), !text.contains("\""), !text.contains("“") else {
            return nil
        }
        let words = text.dropLast().split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let verbs = words.indices.filter { words[$0] == "was" || words[$0] == "were" }
        guard verbs.count == 1, let at = verbs.first, at >= 1, at + 1 < words.count,
            !words[..<at].contains(where: { $0.hasSuffix(",") || $0 == "who" || $0 == "which" || $0 == "that" })
        else { return nil }
        let participle = words[at + 1]
        guard participle.first?.isLowercase == true,
            Templates.isRegularPastTense(participle) || Self.irregularParticiples.contains(participle)
        else { return nil }
        var subject = words[..<at].joined(separator: " ")
        let first = words[0]
        if Self.lowerCaseOpeners.contains(first) || Question.words(from: first.lowercased()) {
            subject = first.lowercased() + subject.dropFirst(first.count)
        } else if !index.record.entities.contains(where: { entity in
            TextTools.names(of: entity).contains { subject.hasPrefix($0) }
        }) {
            return nil
        }
        return (words[at], subject, words[(at + 1)...].joined(separator: " "))
    }

    /// Past participles that do not end in "-ed".
    static let irregularParticiples: Set<String> = [
        "held", "fought", "made", "sent", "built", "won", "lost", "taken", "given", "written", "drawn", "begun",
        "shot", "struck", "sold", "bought", "brought", "born", "chosen", "driven", "broken", "seen", "known",
        "thrown", "overthrown", "withdrawn", "sunk", "split", "set", "led", "kept", "left", "met", "paid", "told",
        "laid", "spent", "found", "forbidden", "slain", "stolen", "torn", "sworn", "hidden", "frozen", "beaten",
    ]

    /// Words that open a subject and read the same in lower case after "was".
    static let lowerCaseOpeners: Set<String> = [
        "The", "A", "An", "Some", "Many", "Several", "Most", "All", "Both", "Hundreds", "Thousands", "Dozens",
    ]

    /// Up to `limit` dated events whose years do not overlap `span`, nearest in time first: a
    /// binary search, then a walk outwards, so large records cost no more than small ones.
    private func eventsApart(from span: ClosedRange<Int>, excluding id: String, limit: Int = 12) -> [Event] {
        var later = index.firstDated(startingAfter: span.upperBound)
        var earlier = index.firstDated(startingAfter: span.lowerBound - 1) - 1
        var found: [Event] = []
        var checked = 0
        while found.count < limit, checked < limit * 8, later < index.datedEvents.count || earlier >= 0 {
            checked += 1
            let laterDistance =
                later < index.datedEvents.count ? distance(index.datedEvents[later].span, span) : Int.max
            let earlierDistance = earlier >= 0 ? distance(index.datedEvents[earlier].span, span) : Int.max
            let position: Int
            if laterDistance <= earlierDistance {
                position = later
                later += 1
            } else {
                position = earlier
                earlier -= 1
            }
            let entry = index.datedEvents[position]
            let event = index.record.events[entry.offset]
            if event.id != id && !entry.span.overlaps(span) { found.append(event) }
        }
        return found
    }

    private func distance(_ a: ClosedRange<Int>, _ b: ClosedRange<Int>) -> Int {
        min(abs(a.lowerBound - b.upperBound), abs(a.upperBound - b.lowerBound))
    }

    /// Which of these happened in that year?
    func eventInYear(_ event: Event, random: inout SeededRandom) -> [Question] {
        guard let date = event.date, date.isAskableAsYear || date.isAskableAsSpan, let span = date.yearSpan else {
            return []
        }
        let label = DateLabel.text(for: date)
        let answer = TextTools.withoutLeadingDate(event.summary)
        let years = [span.lowerBound, span.upperBound]
        guard !TextTools.containsYear(in: answer, from: years), TextTools.standsAlone(answer) else { return [] }
        let candidates = eventsApart(from: span, excluding: event.id, limit: choiceCount * 2)
            .map { TextTools.withoutLeadingDate($0.summary) }
            .filter { !TextTools.containsYear(in: $0, from: years) && TextTools.standsAlone($0) }
        let distractors = Choices.distinct(Array(candidates), count: choiceCount - 1, excluding: [answer])
        guard !distractors.isEmpty else { return [] }
        let (options, position) = Choices.shuffled(answer: answer, distractors: distractors, random: &random)
        let isDay: Bool = {
            if case .date(let point) = date.start { return point.day != nil }
            return false
        }()
        let phrase =
            date.isAskableAsYear
            ? "\(isDay ? "on" : "in") \(label)"
            : span.lowerBound == span.upperBound
                ? "in \(span.lowerBound)" : "between \(span.lowerBound) and \(span.upperBound)"
        let (explanation, source, tags) = base(event)
        return [
            question(
                .eventInYear, [event.id], prompt: "According to the text, which of these happened \(phrase)?",
                options: options, answer: .option(position),
                explanation: Self.dated(event), source: source,
                statementKind: .fact, facts: [event.id], tags: tags)
        ]
    }

    /// Who (or where) fills the blank in the event's summary?
    func eventParticipant(_ event: Event, places: Bool, typed: Bool, random: inout SeededRandom) -> [Question] {
        let ids = places ? event.places : event.actors.map(\.entity)
        let involved = Set(event.actors.map(\.entity) + event.places)
        var questions: [Question] = []
        var seen: Set<String> = []
        for id in ids where seen.insert(id).inserted {
            guard let entity = index.entities[id], let mention = freeMention(of: entity, in: event.summary) else {
                continue
            }
            let blanked = TextTools.blanking(mention.range, in: event.summary)
            let names = TextTools.names(of: entity)
            guard !TextTools.leaks(names, in: blanked) else { continue }
            let noun = Self.noun(entity)
            let (explanation, source, tags) = base(event)
            let template: Name = places ? .eventWhere : (typed ? .eventWhoTyped : .eventWho)
            // "_____ asked if …" is asked "Who asked if …?"; a blank inside the sentence stays.
            let prompt =
                Self.openingBlankQuestion(blanked, asking: entity.kind == .person ? "who" : "which \(noun)")
                ?? "\(TextTools.capitalized(blanked)) Which \(noun) fills the blank, according to the text?"
            // Groups are too loosely bounded for wrong options ("the garrison" for "the sepoys"):
            // they are asked typed or not at all.
            if typed || entity.kind == .group {
                guard typed else { continue }
                questions.append(
                    question(
                        template, [event.id, id], prompt: prompt, answer: .text(entity.name), accepted: entity.aliases,
                        explanation: explanation, source: source,
                        statementKind: .fact, facts: [event.id], tags: tags, subject: id))
                continue
            }
            let others = Choices.sampleEntities(
                index, kinds: [entity.kind], count: choiceCount - 1,
                excluding: stancesOfActors(in: event, adding: involved.union(mentionedIDs(in: event.summary))),
                excludingNames: names,
                where: fits(against: entity, in: years(of: event)), random: &random)
            guard !others.isEmpty else { continue }
            let (options, position) = Choices.shuffled(
                answer: entity.name, distractors: others.map(\.name), random: &random)
            questions.append(
                question(
                    template, [event.id, id], prompt: prompt, options: options, answer: .option(position),
                    accepted: entity.aliases, explanation: explanation,
                    source: source, statementKind: .fact, facts: [event.id], tags: tags, subject: id,
                    rivals: others.map(\.id)))
        }
        return questions
    }

    /// What the event's actors hold positions about ("Pakistan does not recognize Israel"): no
    /// wrong option of a blank in their events, where the record sets the actor against it (a
    /// purchase "in Israel" by Pakistan is false at a glance, not a fair rival).
    func stancesOfActors(in event: Event, adding excluded: Set<String> = []) -> Set<String> {
        var stances = excluded
        guard !index.positionsByHolder.isEmpty else { return stances }
        for actor in event.actors {
            for position in index.positionsByHolder[actor.entity] ?? [] { stances.formUnion(position.about) }
        }
        return stances
    }

    /// Ids of the entities a text names, or points to with a word made from a name ("Pakistani"),
    /// so that none of them is offered as a wrong option: "fifty Pakistani volunteers were
    /// captured by Pakistan" would be false at a glance.
    func mentionedIDs(in text: String) -> Set<String> {
        if let table = index.mentionTable[text] { return table.mentioned }
        guard index.record.entities.count <= 256 else { return [] }  // large records: the actors suffice
        return Set(
            index.record.entities.filter {
                TextTools.mentions($0, in: text) || QuestionCritic.derivedWord(of: $0, in: text) != nil
            }.map(\.id))
    }

    /// The years an event happened in: its own date, or that of the war it happened during.
    func years(of event: Event) -> ClosedRange<Int>? {
        event.date?.yearSpan ?? event.during.flatMap { index.entities[$0]?.date?.yearSpan }
    }

    /// During which war did it happen? For events the text places only "during" a war: asking
    /// for years would claim a precision the text does not have.
    func eventDuring(_ event: Event, random: inout SeededRandom) -> [Question] {
        guard let warID = event.during, let war = index.entities[warID],
            let mention = TextTools.mention(of: war, in: event.summary)
        else { return [] }
        // "During the 1948 Palestinian War, X happened." becomes "X happened."
        var text = event.summary
        let before = text[..<mention.range.lowerBound]
        var start = mention.range.lowerBound
        for lead in ["During ", "during ", "In ", "in "] where before.hasSuffix(lead) {
            start = text.index(mention.range.lowerBound, offsetBy: -lead.count)
        }
        var end = mention.range.upperBound
        if text[end...].hasPrefix(",") { end = text.index(after: end) }
        text.removeSubrange(start..<end)
        text = String(Substring(text).trimmingCharacters(in: " "))
        if text.hasSuffix(" .") { text = String(text.dropLast(2)) + "." }
        text = TextTools.withoutLeadingDate(TextTools.capitalized(text))
        guard !TextTools.mentions(war, in: text) else { return [] }
        let others = Choices.sampleEntities(
            index, kinds: [war.kind], count: choiceCount - 1,
            excluding: mentionedIDs(in: event.summary).union([warID]), excludingNames: TextTools.names(of: war),
            where: fits(against: war, in: nil), random: &random)
        guard !others.isEmpty else { return [] }
        let (options, position) = Choices.shuffled(answer: war.name, distractors: others.map(\.name), random: &random)
        let (explanation, source, tags) = base(event)
        return [
            question(
                .eventDuring, [event.id],
                prompt:
                    "\(TextTools.capitalized(text)) During which \(Self.noun(war)) did this happen, according to the text?",
                options: options, answer: .option(position), explanation: explanation, source: source,
                statementKind: .fact, facts: [event.id], tags: tags, subject: warID, rivals: others.map(\.id))
        ]
    }

    /// The explanation of a quantity's question: the event's summary where it gives the figure,
    /// otherwise the figure itself, so that the Why always says what the answer is.
    private func explanation(of quantity: Quantity, in event: Event) -> String {
        let figure = Question.format(quantity.value)
        if Question.printsFigure(quantity.value, in: event.summary) { return event.summary }
        return "The text gives \(quantity.isApproximate ? "about " : "")\(figure) as the number of \(quantity.counts)."
    }

    /// The author's own wording where there is one ("How many soldiers did…?"), after "According
    /// to the text,"; otherwise "what was the number of {counts}?". A question opening with a name
    /// keeps its capital, and takes "according to the text" at its end instead.
    private func prompt(for quantity: Quantity) -> String {
        guard let ask = quantity.ask else { return "According to the text, what was the number of \(quantity.counts)?" }
        let first = ask.prefix { $0.isLetter }
        if Self.commonOpeningWords.contains(String(first)) {
            return "According to the text, " + ask.prefix(1).lowercased() + ask.dropFirst()
        }
        return (ask.hasSuffix("?") ? String(ask.dropLast()) : ask) + ", according to the text?"
    }

    /// Words a question may open with that are never names, so lower case after a lead-in.
    static let commonOpeningWords: Set<String> = [
        "How", "What", "Which", "Who", "Whom", "Whose", "When", "Where", "Why", "In", "On", "At", "By", "For", "From",
        "To", "With", "Over", "During", "Of", "About", "After", "Before", "Under", "Into", "Through", "Across",
        "Among", "Between", "Against", "Within", "Up", "Out", "The", "A", "An",
    ]

    func quantityValue(_ quantity: Quantity, of event: Event) -> Question {
        let (_, source, tags) = base(event)
        let explanation = explanation(of: quantity, in: event)
        return question(
            .quantityValue, [quantity.id], prompt: prompt(for: quantity),
            answer: .number(
                quantity.value, tolerance: quantity.tolerance, unit: quantity.unit, approximate: quantity.isApproximate),
            explanation: explanation, source: source, statementKind: .fact, facts: [quantity.id, event.id], tags: tags)
    }

    /// How many? with options of the same unit and magnitude from the record.
    func quantityChoice(_ quantity: Quantity, of event: Event, random: inout SeededRandom) -> Question? {
        let sameUnit = index.quantitiesByUnit[quantity.unit] ?? []
        var similar: [String] = []
        for _ in 0..<min(64, sameUnit.count * 2) where similar.count < 16 {
            let other = sameUnit[random.below(sameUnit.count)]
            if other.id != quantity.id, other.value != quantity.value,
                max(other.value, quantity.value) <= 10 * max(1, min(other.value, quantity.value))
            {
                similar.append(Question.format(other.value))
            }
        }
        let answer = Question.format(quantity.value)
        let distractors = Choices.distinct(
            Array(similar).seededShuffle(using: &random), count: choiceCount - 1, excluding: [answer])
        guard !distractors.isEmpty else { return nil }
        let (options, position) = Choices.shuffled(answer: answer, distractors: distractors, random: &random)
        let (_, source, tags) = base(event)
        let explanation = explanation(of: quantity, in: event)
        return question(
            .quantityChoice, [quantity.id],
            prompt: prompt(for: quantity),
            options: options, answer: .option(position), explanation: explanation, source: source, statementKind: .fact,
            facts: [quantity.id, event.id], tags: tags)
    }

    /// This event and later ones that do not overlap it, for "which came first" and ordering:
    /// to the day where the record knows the day, so events of one year can be ordered too.
    private func laterEvents(than event: Event, count: Int) -> [(event: Event, span: ClosedRange<Int>)]? {
        guard let date = event.date, date.isAskableAsYear || date.isAskableAsSpan, let span = date.yearSpan,
            let days = date.daySpan
        else { return nil }
        var chain: [(event: Event, span: ClosedRange<Int>)] = [(event, span)]
        var last = days
        // Of the events that start on the next day with any, one chosen by the starting event's
        // id: chains from different events differ, and the same event always gives the same one.
        var pick = UInt64(truncatingIfNeeded: Choices.key(event.id).hashValueStable)
        while chain.count < count {
            let first = index.firstDated(startingAfterDay: last.upperBound)
            guard first < index.datedEvents.count else { break }
            let end = index.firstDated(startingAfterDay: index.datedEvents[first].days.lowerBound)
            let position = first + Int(pick % UInt64(end - first))
            pick = pick &* 0x9E37_79B9_7F4A_7C15 &+ 1
            chain.append((index.datedEvent(position), index.datedEvents[position].span))
            last = index.datedEvents[position].days
        }
        return chain
    }

    func eventFirst(_ event: Event, random: inout SeededRandom) -> [Question] {
        guard let chain = laterEvents(than: event, count: choiceCount), chain.count >= 2 else { return [] }
        let texts = chain.map { TextTools.withoutLeadingDate($0.event.summary) }
        guard Set(texts.map(Choices.key)).count == texts.count, texts.allSatisfy(TextTools.standsAlone) else {
            return []
        }
        let (options, position) = Choices.shuffled(
            answer: texts[0], distractors: Array(texts.dropFirst()), random: &random)
        let dated = chain.map { Self.dated($0.event) }
        return [
            question(
                .eventFirst, [event.id], prompt: "According to the text, which of these happened first?",
                options: options,
                answer: .option(position), explanation: dated.joined(separator: " "), source: event.source,
                statementKind: .fact, facts: chain.map(\.event.id), tags: event.tags)
        ]
    }

    func eventOrder(_ event: Event, random: inout SeededRandom) -> [Question] {
        guard let chain = laterEvents(than: event, count: 4), chain.count >= 3 else { return [] }
        let texts = chain.map { TextTools.withoutLeadingDate($0.event.summary) }
        guard Set(texts.map(Choices.key)).count == texts.count, texts.allSatisfy(TextTools.standsAlone) else {
            return []
        }
        let shown = texts.seededShuffle(using: &random)
        let order = texts.map { shown.firstIndex(of: $0)! }
        let dated = chain.map { Self.dated($0.event) }
        return [
            question(
                .eventOrder, chain.map(\.event.id), prompt: "Put these in the order they happened, earliest first.",
                options: shown, answer: .order(order), explanation: dated.joined(separator: " "), source: event.source,
                statementKind: .fact, facts: chain.map(\.event.id), tags: event.tags)
        ]
    }

    func eventYearMatch(_ event: Event, random: inout SeededRandom) -> [Question] {
        guard let chain = laterEvents(than: event, count: 4), chain.count >= 3 else { return [] }
        let left = chain.map { TextTools.withoutLeadingDate($0.event.summary) }
        let years = chain.map { DateLabel.text(for: $0.event.date!) }
        guard Set(years).count == years.count, Set(left.map(Choices.key)).count == left.count,
            left.allSatisfy(TextTools.standsAlone)
        else { return [] }
        let shownYears = years.seededShuffle(using: &random)
        let partners = years.map { shownYears.firstIndex(of: $0)! }
        return [
            question(
                .eventYearMatch, chain.map(\.event.id), prompt: "Match each event to its date, according to the text.",
                options: shownYears, left: left, answer: .pairs(partners),
                explanation: chain.map { Self.dated($0.event) }.joined(separator: " "),
                source: event.source, statementKind: .fact, facts: chain.map(\.event.id), tags: event.tags)
        ]
    }
}
