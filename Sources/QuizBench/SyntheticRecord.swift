import Foundation

/// A large, valid, deterministic record for benchmarks, written out as YAML or JSON.
struct SyntheticRecord {
    let events: Int
    let entities: Int

    private static let kinds = ["person", "country", "organisation", "group", "place", "war"]
    private static let roles = ["signatory", "attacker", "defender", "mediator", "observer"]

    private func entityID(_ index: Int) -> String { "entity-\(index)" }

    private func date(_ index: Int) -> String {
        let year = 1000 + index % 1000
        switch index % 4 {
        case 0: return String(format: "%04d", year)
        case 1: return String(format: "%04d-%02d", year, index % 12 + 1)
        case 2: return String(format: "%04d-%02d-%02d", year, index % 12 + 1, index % 28 + 1)
        default: return String(format: "%04d/%04d", year, year + 2)
        }
    }

    func yaml() -> String {
        var out = "title: Synthetic benchmark record\nsources:\n  - id: src\n    title: Generated\nentities:\n"
        out.reserveCapacity(events * 320)
        for index in 0..<entities {
            out += "  - id: \(entityID(index))\n    kind: \(Self.kinds[index % Self.kinds.count])\n"
            out += "    name: Entity number \(index)\n    aliases: [E\(index), Entity \(index) of the record]\n"
        }
        out += "events:\n"
        for index in 0..<events {
            out += "  - id: event-\(index)\n    date: \"\(date(index))\"\n"
            out += "    summary: Event \(index) happened between two parties, as the generated source reports.\n"
            out += "    actors:\n"
            out += "      - entity: \(entityID(index % entities))\n        role: \(Self.roles[index % 5])\n"
            out +=
                "      - entity: \(entityID((index * 7 + 3) % entities))\n        role: \(Self.roles[(index + 2) % 5])\n"
            out += "    place: \(entityID((index * 13 + 5) % entities))\n"
            if index % 3 == 0 {
                out += "    quantities:\n      - id: quantity-\(index)\n        value: \(index * 10 + 7)\n"
                out += "        unit: soldiers\n        counts: soldiers present at event \(index)\n"
                out += "        approximate: \(index % 2 == 0)\n"
            }
            out += "    tags: [tag-\(index % 50), era-\(index % 7)]\n"
        }
        return out
    }

    func json() -> String {
        var out =
            "{\n  \"title\": \"Synthetic benchmark record\",\n  \"sources\": [{\"id\": \"src\", \"title\": \"Generated\"}],\n"
        out.reserveCapacity(events * 360)
        out += "  \"entities\": [\n"
        for index in 0..<entities {
            out += "    {\"id\": \"\(entityID(index))\", \"kind\": \"\(Self.kinds[index % Self.kinds.count])\", "
            out +=
                "\"name\": \"Entity number \(index)\", \"aliases\": [\"E\(index)\", \"Entity \(index) of the record\"]}"
            out += index + 1 < entities ? ",\n" : "\n"
        }
        out += "  ],\n  \"events\": [\n"
        for index in 0..<events {
            out += "    {\"id\": \"event-\(index)\", \"date\": \"\(date(index))\",\n"
            out +=
                "     \"summary\": \"Event \(index) happened between two parties, as the generated source reports.\",\n"
            out +=
                "     \"actors\": [{\"entity\": \"\(entityID(index % entities))\", \"role\": \"\(Self.roles[index % 5])\"}, "
            out +=
                "{\"entity\": \"\(entityID((index * 7 + 3) % entities))\", \"role\": \"\(Self.roles[(index + 2) % 5])\"}],\n"
            out += "     \"place\": \"\(entityID((index * 13 + 5) % entities))\",\n"
            if index % 3 == 0 {
                out +=
                    "     \"quantities\": [{\"id\": \"quantity-\(index)\", \"value\": \(index * 10 + 7), \"unit\": \"soldiers\", "
                out += "\"counts\": \"soldiers present at event \(index)\", \"approximate\": \(index % 2 == 0)}],\n"
            }
            out += "     \"tags\": [\"tag-\(index % 50)\", \"era-\(index % 7)\"]}"
            out += index + 1 < events ? ",\n" : "\n"
        }
        out += "  ]\n}\n"
        return out
    }
}
