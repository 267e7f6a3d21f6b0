/// Every value of a record that a typed answer could be instead of the right one: each name and
/// alias of each entity, and each answer of each authored question (another row of an imported
/// table). Found exactly, as a spelling variant, or within a few edits, at a cost that does not
/// grow with the size of the record.
///
/// Near values are found by the pigeonhole principle: an edit (a transposition included) touches
/// at most two segments of a key, so a text within `d` edits of a key cut into `2d + 1` segments
/// keeps one segment whole, at most `d` places from where it was. Each key is cut three ways (3,
/// 5 and 7 segments, for one, two and three edits: the fewer the edits, the longer and rarer the
/// segments). Segments are hashed with the key's length and digits (a typo never changes a digit)
/// and kept sorted, with a directory by their top bits, so a search is a fixed number of probes
/// whatever the size of the record. Keys too short to cut are kept in lists by length and digits.
struct RivalIndex: Sendable {
    /// One value that may compete with a right answer.
    struct Rival: Sendable {
        /// The normalised form.
        var key: String
        /// `SpellingVariants.key` without stems: what typos are measured on.
        var spelling: [Unicode.Scalar]
        /// The display form: the entity's name, or the answer as written.
        var display: String
        /// The display form, normalised.
        var displayKey: String
        /// The entity it names, when it is an entity's name or alias.
        var entityID: String?
        /// Its digits: a typo never reaches a value with other digits.
        var digits: String
        /// Which characters it holds, by their value modulo 64: an edit changes at most two of
        /// these bits, so most values too far away are told apart without measuring.
        var letters: UInt64

        /// A value by its normalised form.
        init(key: String, display: String, entityID: String?) {
            self.key = key
            spelling = Array(SpellingVariants.key(key, stemmed: false).unicodeScalars)
            self.display = display
            displayKey = Normalizer.normalize(display)
            self.entityID = entityID
            digits = AnswerGrader.digits(spelling)
            letters = RivalIndex.letterMask(spelling)
        }
    }

    private(set) var rivals: [Rival] = []
    private var byKey: [String: [Int32]] = [:]
    private var byVariant: [String: [Int32]] = [:]
    /// For one, two and three edits: (hash, rival) pairs, sorted by hash once the index is built.
    private var segments: [[(hash: UInt64, rival: Int32)]] = [[], [], []]
    /// For each table of `segments`, where the hashes of each value of their top bits start.
    private var directories: [[Int32]] = [[], [], []]
    private var directoryBits: [Int] = [1, 1, 1]
    private var short: [UInt64: [Int32]] = [:]

    /// The most edits a typo may have (see `AnswerGrader.allowedEdits`).
    static let maximumEdits = 3
    /// Keys shorter than this are kept whole, in `short`.
    static let shortLength = 2 * maximumEdits + 1

    /// The segments a key is cut into for a search within `edits` edits.
    static func segmentCount(_ edits: Int) -> Int { 2 * edits + 1 }

    /// Adds a value. Call `finish()` after the last one.
    mutating func add(_ text: String, display: String, entityID: String?) {
        let key = Normalizer.normalize(text)
        guard !key.isEmpty else { return }
        // A value already known (an answer that is an entity's name) is kept once.
        if let existing = byKey[key],
            entityID == nil || existing.contains(where: { rivals[Int($0)].entityID == entityID })
        {
            return
        }
        let id = Int32(rivals.count)
        let rival = Rival(key: key, display: display, entityID: entityID)
        let spelling = rival.spelling
        rivals.append(rival)
        byKey[key, default: []].append(id)
        byVariant[SpellingVariants.key(key), default: []].append(id)
        let digits = Self.digitHash(spelling)
        if spelling.count < Self.shortLength {
            short[Self.hash(digits, spelling.count, -1, [][...]), default: []].append(id)
        }
        for edits in 1...Self.maximumEdits where spelling.count >= Self.shortLength {
            let count = Self.segmentCount(edits)
            for segment in 0..<count {
                let range = Self.segment(segment, of: count, length: spelling.count)
                segments[edits - 1].append((Self.hash(digits, spelling.count, segment, spelling[range]), id))
            }
        }
    }

    /// Sorts the segments for searching.
    mutating func finish() {
        for edits in segments.indices {
            segments[edits].sort { $0.hash < $1.hash }
            // About one hash per slot: a lookup reads one slot and the few pairs it points to.
            var bits = 1
            while 1 << bits < segments[edits].count, bits < 30 { bits += 1 }
            var directory = [Int32](repeating: 0, count: (1 << bits) + 1)
            var index = 0
            for slot in 0...(1 << bits) {
                while index < segments[edits].count, Int(segments[edits][index].hash >> (64 - bits)) < slot {
                    index += 1
                }
                directory[slot] = Int32(index)
            }
            directories[edits] = directory
            directoryBits[edits] = bits
        }
    }

    /// The values whose normalised form is `key`.
    func exactly(_ key: String) -> LazyMapSequence<[Int32], Rival> {
        (byKey[key] ?? []).lazy.map { rivals[Int($0)] }
    }

    /// The values whose variant key (stems included) is `variant`.
    func variants(_ variant: String) -> LazyMapSequence<[Int32], Rival> {
        (byVariant[variant] ?? []).lazy.map { rivals[Int($0)] }
    }

    /// The first value within `edits` edits of `spelling` (a spelling key) with the same digits
    /// that `accept` lets through.
    func near(_ spelling: [Unicode.Scalar], within edits: Int, where accept: (Rival) -> Bool) -> Rival? {
        guard edits > 0 else { return nil }
        let edits = min(edits, Self.maximumEdits)
        let count = Self.segmentCount(edits)
        let table = segments[edits - 1]
        let directory = directories[edits - 1]
        let bits = directoryBits[edits - 1]
        let digits = Self.digitHash(spelling)
        let digitText = AnswerGrader.digits(spelling)
        let letters = Self.letterMask(spelling)
        // Fields read in place, cheapest test first: no copy of a value that is not near.
        func check(_ id: Int32) -> Rival? {
            let index = Int(id)
            guard (rivals[index].letters ^ letters).nonzeroBitCount <= 2 * edits, rivals[index].digits == digitText,
                Spelling.editDistance(spelling, rivals[index].spelling, limit: edits) <= edits, accept(rivals[index])
            else {
                return nil
            }
            return rivals[index]
        }
        for length in max(1, spelling.count - edits)...(spelling.count + edits) {
            if length < Self.shortLength {
                for id in short[Self.hash(digits, length, -1, [][...])] ?? [] {
                    if let found = check(id) { return found }
                }
                continue
            }
            for segment in 0..<count {
                let range = Self.segment(segment, of: count, length: length)
                for shift in -edits...edits {
                    let start = range.lowerBound + shift
                    guard start >= 0, start + range.count <= spelling.count else { continue }
                    let hash = Self.hash(digits, length, segment, spelling[start..<(start + range.count)])
                    let slot = Int(hash >> (64 - bits))
                    for index in Int(directory[slot])..<Int(directory[slot + 1]) where table[index].hash == hash {
                        if let found = check(table[index].rival) { return found }
                    }
                }
            }
        }
        return nil
    }

    /// The `index`-th of `count` even segments of a key of `length` characters.
    private static func segment(_ index: Int, of count: Int, length: Int) -> Range<Int> {
        (index * length / count)..<((index + 1) * length / count)
    }

    /// The characters of a key as bits, by their value modulo 64.
    static func letterMask(_ scalars: [Unicode.Scalar]) -> UInt64 {
        var mask: UInt64 = 0
        for scalar in scalars { mask |= 1 << UInt64(scalar.value % 64) }
        return mask
    }

    /// FNV-1a over the digits of a key: values that differ in a digit never meet.
    private static func digitHash(_ scalars: [Unicode.Scalar]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars where AnswerGrader.isDigit(scalar) {
            hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3
        }
        return hash
    }

    private static func hash(_ digits: UInt64, _ length: Int, _ segment: Int, _ text: ArraySlice<Unicode.Scalar>)
        -> UInt64
    {
        var hash = digits
        hash = (hash ^ UInt64(truncatingIfNeeded: length)) &* 0x100_0000_01b3
        hash = (hash ^ UInt64(truncatingIfNeeded: segment + 1)) &* 0x100_0000_01b3
        for scalar in text { hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3 }
        return hash
    }
}
