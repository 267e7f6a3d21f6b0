/// Who is who in a record, as generation needs it: which entities stand on one side (a state, its
/// government, its army, its president), which dominate the record so that a blank on them is
/// trivial, and which hold views at all.
///
/// Built once per quiz. Large records are sampled for dominance: a share is all it needs.
struct Cast {
    /// For each entity that belongs to others, every entity it belongs to, directly or not.
    private let ancestors: [String: Set<String>]
    /// Entities named in so many of the record's items that a question whose answer is one of
    /// them is answered by guessing the record's subject.
    let dominant: Set<String>
    /// The names of the dominant entities, as `Choices.key`s: printed everywhere by nature, so
    /// printing one gives no particular answer away.
    let dominantNames: Set<String>
    /// Ids (entities or sources) that hold at least one position or claim.
    let holders: Set<String>

    /// The share of items an entity must take part in to dominate the record.
    static let dominantShare = 0.3
    /// At most this many items are read to count mentions.
    static let sampleSize = 1024
    /// Texts are searched for names only while entities × items stays under this.
    static let textSearchBudget = 60_000

    /// - Parameter mentions: the record's mention table, when it has one: names found in texts
    ///   count towards dominance without searching again.
    init(_ record: Record, entities: RecordIndex.EntityTable, mentions: [String: RecordIndex.TextMentions] = [:]) {
        var parents: [String: [String]] = [:]
        for entity in record.entities where !entity.partOf.isEmpty {
            parents[entity.id, default: []] += entity.partOf
        }
        var ancestors: [String: Set<String>] = [:]
        for id in parents.keys {
            var found: Set<String> = []
            var pending = parents[id] ?? []
            while let next = pending.popLast() {
                guard next != id, found.insert(next).inserted else { continue }
                pending += parents[next] ?? []
            }
            ancestors[id] = found
        }
        self.ancestors = ancestors

        var holders: Set<String> = []
        for statement in record.statements where statement.kind != .fact {
            if let holder = statement.holder { holders.insert(holder) }
        }
        self.holders = holders

        // Count, per entity, the items (events and statements) that involve it, over an evenly
        // spread sample of at most `sampleSize` items.
        let total = record.events.count + record.statements.count
        let stride = max(1, total / Self.sampleSize)
        let searchesText = record.entities.count * min(total, Self.sampleSize) <= Self.textSearchBudget
        var counts: [String: Int] = [:]
        var sampled = 0
        var position = 0
        while position < total {
            var involved: [String] = []
            func involve(_ id: String) { if !involved.contains(id) { involved.append(id) } }
            let text: String
            if position < record.events.count {
                // Indexed access: no copy of the event.
                for actor in record.events[position].actors { involve(actor.entity) }
                for place in record.events[position].places { involve(place) }
                text = record.events[position].summary
            } else {
                let statement = record.statements[position - record.events.count]
                for id in statement.about { involve(id) }
                if let holder = statement.holder { involve(holder) }
                text = statement.text
            }
            if let known = mentions[text] {
                for id in known.ranges.keys.sorted() { involve(id) }
            } else if searchesText {
                for entity in record.entities where TextTools.mentions(entity, in: text) { involve(entity.id) }
            }
            for id in involved { counts[id, default: 0] += 1 }
            sampled += 1
            position += stride
        }
        let threshold = max(3, Int((Double(sampled) * Self.dominantShare).rounded(.up)))
        var dominant = Set(counts.filter { $0.value >= threshold && entities[$0.key] != nil }.keys)
        // What the record's title names is its subject.
        if record.entities.count <= 4096 {
            for entity in record.entities where TextTools.mentions(entity, in: record.title) {
                dominant.insert(entity.id)
            }
        }
        self.dominant = dominant
        dominantNames = Set(dominant.compactMap { entities[$0] }.flatMap(TextTools.names(of:)).map(Choices.key))
    }

    /// Whether `part` belongs to `whole`, directly or through others.
    func isPart(_ part: String, of whole: String) -> Bool {
        ancestors[part]?.contains(whole) ?? false
    }

    /// Whether one entity belongs to the other.
    func related(_ a: String, _ b: String) -> Bool {
        a == b || isPart(a, of: b) || isPart(b, of: a)
    }

    /// Whether two actors speak for the same side: one belongs to the other, or both belong to a
    /// third (a state's government and its army). Places are never one side this way: two cities
    /// of one country are still rivals as answers to "where".
    func sameSide(_ a: Entity, _ b: Entity) -> Bool {
        if related(a.id, b.id) { return true }
        guard a.kind != .place, b.kind != .place, let up = ancestors[a.id], let other = ancestors[b.id] else {
            return false
        }
        return !up.isDisjoint(with: other)
    }

    /// The entities `id` belongs to, and those that belong to it, for leak checks: a blank on a
    /// country next to its capital gives it away.
    func relatives(of id: String, in record: Record, entities: RecordIndex.EntityTable) -> [Entity] {
        var result: [Entity] = (ancestors[id] ?? []).sorted().compactMap { entities[$0] }
        if record.entities.count <= 512 {
            result += record.entities.filter { ancestors[$0.id]?.contains(id) ?? false }
        }
        return result
    }
}
