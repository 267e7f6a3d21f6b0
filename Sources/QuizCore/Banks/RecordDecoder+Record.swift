extension RecordDecoder {
    static let recordKeys = ["title", "description", "sources", "entities", "events", "statements", "questions"]

    /// Reads the whole document.
    mutating func record(_ root: Node) -> Record? {
        guard let fields = fields(root, kind: "the bank", known: Self.recordKeys) else { return nil }
        let title = text(fields, "title", required: true) ?? ""
        let description = text(fields, "description")

        // Sources first, whatever their place in the file: the others fall back to the only one.
        let sources = items(fields, "sources", decode: { $0.source($1) })
        if sources.count == 1 { defaultSource = sources[0].id }
        let entities = items(fields, "entities", decode: { $0.entity($1) })
        let events = items(fields, "events", decode: { $0.event($1) })
        let statements = items(fields, "statements", decode: { $0.statement($1) })
        let questions = items(fields, "questions", decode: { $0.question($1) })
        return Record(
            title: title, description: description, sources: sources, entities: entities, events: events,
            statements: statements, questions: questions)
    }

    private mutating func items<T>(_ fields: Fields, _ key: String, decode: (inout RecordDecoder, Node) -> T?) -> [T] {
        guard let node = fields.value(key) else { return [] }
        let nodes = list(node, named: key, in: fields.what)
        var result: [T] = []
        result.reserveCapacity(nodes.count)
        for node in nodes {
            if unreported > 0 { break }  // too many problems already: the rest is not read
            if let item = decode(&self, node) { result.append(item) }
        }
        return result
    }

    mutating func source(_ node: Node) -> Source? {
        let known = ["id", "title", "author", "publisher", "date", "url", "note"]
        guard let fields = fields(node, kind: "source", known: known) else { return nil }
        let id = id(fields, declaring: .source)
        let title = text(fields, "title", required: true)
        let source = Source(
            id: id ?? "", title: title ?? "", author: text(fields, "author"), publisher: text(fields, "publisher"),
            date: date(fields, "date"), url: text(fields, "url"), note: text(fields, "note"))
        return id == nil || title == nil ? nil : source
    }

    mutating func entity(_ node: Node) -> Entity? {
        let known = ["id", "kind", "name", "aliases", "role", "part-of", "date", "description", "source"]
        guard let fields = fields(node, kind: "entity", known: known) else { return nil }
        let id = id(fields, declaring: .entity)
        let kind = choice(fields, "kind", as: Entity.Kind.self, aliases: ["organization": .organisation])
        let name = text(fields, "name", required: true)
        let aliases = texts(fields, "aliases")
        if let name {
            var seen: [String] = [name.lowercased()]
            for alias in aliases {
                if seen.contains(alias.lowercased()) {
                    warning(
                        "\(fields.what) lists '\(alias)' twice among its name and aliases",
                        at: fields.value("aliases")!.location)
                }
                seen.append(alias.lowercased())
            }
        }
        let entity = Entity(
            id: id ?? "", kind: kind ?? .other, name: name ?? "", aliases: aliases, role: role(fields),
            partOf: references(fields, "part-of", to: [.entity]), date: date(fields, "date"),
            description: text(fields, "description"), source: reference(fields, "source", to: [.source]))
        return id == nil || kind == nil || name == nil ? nil : entity
    }

    /// An entity's role: one lower-case word or a few joined by hyphens ("armed-force"), so that
    /// two entities of the same role are spelt alike.
    private mutating func role(_ fields: Fields) -> String? {
        guard let role = text(fields, "role") else { return nil }
        let allowed = role.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        if !allowed || role.first == "-" || role.last == "-" {
            error(
                "'role' in \(fields.what) should be lower-case words joined by '-' (such as 'armed-force'), not '\(role)'",
                at: fields.value("role")!.location)
        }
        return role
    }

    mutating func event(_ node: Node) -> Event? {
        let known =
            ["id", "date", "during", "summary", "actors", "place", "quantities", "tags", "source"] + Self.linkKeys
        guard let fields = fields(node, kind: "event", known: known) else { return nil }
        let id = id(fields, declaring: .event)
        let date = date(fields, "date")
        let during = reference(fields, "during", to: [.entity])
        let summary = text(fields, "summary", required: true)
        var actors: [Event.Actor] = []
        if let node = fields.value("actors") {
            for item in list(node, named: "actors", in: fields.what) {
                guard
                    let actor = self.fields(item, kind: "an actor of event", id: fields.id, known: ["entity", "role"])
                else { continue }
                let entity = reference(actor, "entity", to: [.entity], required: true)
                let role = text(actor, "role", required: true)
                if let entity, let role { actors.append(.init(entity: entity, role: role)) }
            }
        }
        var places: [String] = []
        if let node = fields.value("place") {
            if case .sequence = node.content {
                places = references(fields, "place", to: [.entity])
            } else if let place = reference(node, key: "place", in: fields, to: [.entity]) {
                places = [place]
            }
        }
        var quantities: [Quantity] = []
        if let node = fields.value("quantities") {
            for item in list(node, named: "quantities", in: fields.what) {
                if let quantity = quantity(item) { quantities.append(quantity) }
            }
        }
        let tags = texts(fields, "tags")
        let source = source(fields)
        let (gist, links) = gistAndLinks(fields)
        guard let id, let summary, let source else { return nil }
        return Event(
            id: id, date: date, during: during, summary: summary, actors: actors, places: places,
            quantities: quantities, tags: tags, source: source, gist: gist, links: links)
    }

    private mutating func quantity(_ node: Node) -> Quantity? {
        let known = ["id", "value", "unit", "counts", "approximate", "tolerance", "ask"]
        guard let fields = fields(node, kind: "quantity", known: known) else { return nil }
        let id = id(fields, declaring: .quantity)
        let value = number(fields, "value", required: true)
        let unit = text(fields, "unit", required: true)
        let counts = text(fields, "counts", required: true)
        let approximate = bool(fields, "approximate") ?? false
        let tolerance = number(fields, "tolerance")
        if let tolerance, tolerance < 0 {
            error("'tolerance' in \(fields.what) cannot be negative", at: fields.value("tolerance")!.location)
        }
        let ask = text(fields, "ask")
        if let ask, !ask.hasSuffix("?") {
            error("'ask' in \(fields.what) is a question: end it with '?'", at: fields.value("ask")!.location)
        }
        if let ask, let value, Question.printsFigure(value, in: ask) {
            error("'ask' in \(fields.what) prints its own answer", at: fields.value("ask")!.location)
        }
        guard let id, let value, let unit, let counts else { return nil }
        return Quantity(
            id: id, value: value, unit: unit, counts: counts, isApproximate: approximate, tolerance: tolerance,
            ask: ask)
    }

    mutating func statement(_ node: Node) -> Statement? {
        let known =
            ["id", "kind", "text", "holder", "status", "topic", "date", "about", "source", "note"] + Self.linkKeys
        guard let fields = fields(node, kind: "statement", known: known) else { return nil }
        let id = id(fields, declaring: .statement)
        let kind = choice(fields, "kind", as: Statement.Kind.self)
        let text = text(fields, "text", required: true)
        let holder = reference(fields, "holder", to: [.entity, .source])
        let status = choice(
            fields, "status", as: Statement.Status.self, required: false,
            aliases: ["rumored": .rumoured, "rumor": .rumoured, "rumour": .rumoured])
        switch kind {
        case .fact?:
            if holder != nil || status != nil {
                error(
                    "\(fields.what) is a fact, so it has no holder or status; make it a position or a claim if someone holds it",
                    at: (fields.value("holder") ?? fields.value("status"))!.location)
            }
        case .position?:
            if holder == nil, fields.value("holder") == nil {
                error(
                    "\(fields.what) is a position, so it needs a 'holder': whose stance it is", at: fields.node.location
                )
            }
            if status != nil {
                error("\(fields.what) is a position; 'status' is for claims", at: fields.value("status")!.location)
            }
        case .claim?:
            if holder == nil, status == nil, fields.value("holder") == nil, fields.value("status") == nil {
                error(
                    "\(fields.what) is a claim, so it needs a 'holder' (who claims it) or a 'status' (reported, apparent or rumoured)",
                    at: fields.node.location)
            }
        case nil:
            break
        }
        let topic = self.text(fields, "topic")
        let date = date(fields, "date")
        let about = references(fields, "about", to: [.entity, .event, .quantity, .statement])
        let source = source(fields) ?? ""
        let note = self.text(fields, "note")
        let (gist, links) = gistAndLinks(fields)
        let statement = Statement(
            id: id ?? "", kind: kind ?? .fact, text: text ?? "", holder: holder, status: status, topic: topic,
            date: date, about: about, source: source, note: note, gist: gist, links: links)
        return id == nil || kind == nil || text == nil || statement.source.isEmpty ? nil : statement
    }
}

extension RecordDecoder {
    /// The keys of an event's or a statement's gist and links.
    static let linkKeys = ["gist"] + Links.Kind.allCases.map(\.rawValue)

    /// An item's `gist` and its links to other events and statements. A link needs the item's
    /// gist: the questions it makes name the item by it.
    mutating func gistAndLinks(_ fields: Fields) -> (String?, Links) {
        let gist = text(fields, "gist")
        var links = Links()
        for kind in Links.Kind.allCases {
            guard let node = fields.value(kind.rawValue) else { continue }
            let targets: [String]
            if case .sequence = node.content {
                targets = references(fields, kind.rawValue, to: [.event, .statement])
            } else {
                targets = reference(node, key: kind.rawValue, in: fields, to: [.event, .statement]).map { [$0] } ?? []
            }
            for target in targets where target == fields.id {
                error("'\(kind.rawValue)' in \(fields.what) names the item itself", at: node.location)
            }
            links[kind] = targets.filter { $0 != fields.id }
            if gist == nil, fields.value("gist") == nil, !targets.isEmpty {
                error(
                    "\(fields.what) has '\(kind.rawValue)', so it needs a 'gist': what it says as a short phrase, for the questions that name it",
                    at: node.location)
            }
        }
        return (gist, links)
    }

    /// Warnings for links to items without a gist: the link makes no question until the item it
    /// names has one. Run once the record is read and its references resolved.
    func linkWarnings(_ record: Record) -> [Diagnostic] {
        let keys = Set(Links.Kind.allCases.map(\.rawValue))
        var gisted: Set<String> = []
        for event in record.events where event.gist != nil { gisted.insert(event.id) }
        for statement in record.statements where statement.gist != nil { gisted.insert(statement.id) }
        return references.filter { keys.contains($0.key) && !gisted.contains($0.id) }.map {
            .warning(
                "'\($0.key)' names '\($0.id)', which has no 'gist': give it one (a short phrase) so that questions can name it",
                at: $0.location)
        }
    }
}
