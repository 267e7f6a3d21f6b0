extension String {
    /// A hash that is the same in every run (FNV-1a over UTF-8), unlike `hashValue`.
    var hashValueStable: UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}

/// Building the options of choice questions: distinct, never equal to a right answer, shuffled
/// by the seed.
enum Choices {
    /// A key under which two forms of the same answer compare equal.
    static func key(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte | 0x20)
                default: break
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// Up to `count` distractors from `candidates`, skipping any that equal (by `key`) a right
    /// answer or an earlier distractor.
    static func distinct(_ candidates: [String], count: Int, excluding answers: [String]) -> [String] {
        var seen = Set(answers.map(key))
        var result: [String] = []
        for candidate in candidates where result.count < count {
            if seen.insert(key(candidate)).inserted { result.append(candidate) }
        }
        return result
    }

    /// The options with the right one placed by the seed, and its index.
    static func shuffled(answer: String, distractors: [String], random: inout SeededRandom) -> (
        options: [String], index: Int
    ) {
        let options = ([answer] + distractors).seededShuffle(using: &random)
        return (options, options.firstIndex(of: answer)!)
    }

    /// Entities of `kinds` for options, sampled by the seed without scanning a large record:
    /// at most `count`, none in `excluded` and none whose name is one of `excludedNames`.
    static func sampleEntities(
        _ index: RecordIndex, kinds: Set<Entity.Kind>, count: Int, excluding excluded: Set<String>,
        excludingNames excludedNames: [String], where fits: (Entity) -> Bool = { _ in true },
        random: inout SeededRandom
    ) -> [Entity] {
        let pools = kinds.sorted { $0.rawValue < $1.rawValue }.compactMap { index.entitiesByKind[$0] }
        let total = pools.reduce(0) { $0 + $1.count }
        guard total > 0 else { return [] }
        var seen = Set(excludedNames.map(key))
        var picked: [Entity] = []
        func consider(_ entity: Entity) {
            guard picked.count < count, !excluded.contains(entity.id), fits(entity) else { return }
            let names = TextTools.names(of: entity).map(key)
            guard names.allSatisfy({ !seen.contains($0) }) else { return }
            seen.formUnion(names)
            picked.append(entity)
        }
        if total <= 64 {
            for offset in pools.joined().map({ $0 }).seededShuffle(using: &random) {
                consider(index.record.entities[offset])
            }
        } else {
            for _ in 0..<(count * 16) where picked.count < count {
                var offset = random.below(total)
                for pool in pools {
                    if offset < pool.count {
                        consider(index.record.entities[pool[offset]])
                        break
                    }
                    offset -= pool.count
                }
            }
        }
        return picked
    }
}
