/// Every value of a record that a typed answer could be instead of the right one: each name and
/// alias of each entity, and each answer of each authored question (another row of an imported
/// table). Found exactly, as a spelling variant, or within a few edits, at a cost that does not
/// grow with the size of the record.
///
/// Near values are found by the pigeonhole principle: each value's spelling key is cut into
/// seven segments; an edit (a transposition included) touches at most two, so a text within
/// three edits keeps one segment whole, at most three places from where it was. Segments are
/// hashed with the value's length and digits (a typo never changes a digit) and kept sorted, so
/// a search is a fixed number of binary searches. Keys of fewer than seven characters are kept in
/// lists by length and digits.
struct RivalIndex: Sendable {
    /// One value that may compete with a right answer.
    struct Rival: Sendable {
        /// The normalised form.
        var key: String
        /// `SpellingVariants.key` without stems: what typos are measured on.
        var spelling: [Character]
        /// The display form: the entity's name, or the answer as written.
        var display: String
        /// The display form, normalised.
        var displayKey: String
        /// The entity it names, when it is an entity's name or alias.
        var entityID: String?
        /// Its digits: a typo never reaches a value with other digits.
        var digits: String

        /// A value by its normalised form.
        init(key: String, display: String, entityID: String?) {
            self.key = key
            spelling = Array(SpellingVariants.key(key, stemmed: false))
            self.display = display
            displayKey = Normalizer.normalize(display)
            self.entityID = entityID
            digits = AnswerGrader.digits(spelling)
        }
    }

    private(set) var rivals: [Rival] = []
    private var byKey: [String: [Int32]] = [:]
    private var byVariant: [String: [Int32]] = [:]
    /// (hash, rival) pairs, sorted by hash once the index is built.
    private var segments: [(hash: UInt64, rival: Int32)] = []
    private var short: [UInt64: [Int32]] = [:]

    static let segmentCount = 7
    /// The most edits a typo may have (see `AnswerGrader.allowedEdits`).
    static let maximumEdits = 3

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
        if spelling.count < Self.segmentCount {
            short[Self.hash(digits, spelling.count, -1, [][...]), default: []].append(id)
        } else {
            for segment in 0..<Self.segmentCount {
                let range = Self.segment(segment, of: spelling.count)
                segments.append((Self.hash(digits, spelling.count, segment, spelling[range]), id))
            }
        }
    }

    /// Sorts the segments for searching.
    mutating func finish() {
        segments.sort { $0.hash < $1.hash }
    }

    /// The values whose normalised form is `key`.
    func exactly(_ key: String) -> [Rival] {
        (byKey[key] ?? []).map { rivals[Int($0)] }
    }

    /// The values whose variant key (stems included) is `variant`.
    func variants(_ variant: String) -> [Rival] {
        (byVariant[variant] ?? []).map { rivals[Int($0)] }
    }

    /// The first value within `edits` edits of `spelling` (a spelling key) with the same digits
    /// that `accept` lets through.
    func near(_ spelling: [Character], within edits: Int, where accept: (Rival) -> Bool) -> Rival? {
        guard edits >= 0 else { return nil }
        let edits = min(edits, Self.maximumEdits)
        let digits = Self.digitHash(spelling)
        let digitText = AnswerGrader.digits(spelling)
        func check(_ id: Int32) -> Rival? {
            let rival = rivals[Int(id)]
            guard rival.digits == digitText, accept(rival),
                Spelling.editDistance(spelling, rival.spelling, limit: edits) <= edits
            else {
                return nil
            }
            return rival
        }
        for length in max(1, spelling.count - edits)...(spelling.count + edits) {
            // Seven segments, more than twice the edits: one of them is left whole.
            if length < Self.segmentCount {
                for id in short[Self.hash(digits, length, -1, [][...])] ?? [] {
                    if let found = check(id) { return found }
                }
                continue
            }
            for segment in 0..<Self.segmentCount {
                let range = Self.segment(segment, of: length)
                for shift in -edits...edits {
                    let start = range.lowerBound + shift
                    guard start >= 0, start + range.count <= spelling.count else { continue }
                    let hash = Self.hash(digits, length, segment, spelling[start..<(start + range.count)])
                    var index = lowerBound(hash)
                    while index < segments.count, segments[index].hash == hash {
                        if let found = check(segments[index].rival) { return found }
                        index += 1
                    }
                }
            }
        }
        return nil
    }

    private func lowerBound(_ hash: UInt64) -> Int {
        var low = 0
        var high = segments.count
        while low < high {
            let middle = (low + high) / 2
            if segments[middle].hash < hash { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The `index`-th of seven even segments of a key of `length` characters.
    private static func segment(_ index: Int, of length: Int) -> Range<Int> {
        (index * length / segmentCount)..<((index + 1) * length / segmentCount)
    }

    /// FNV-1a over the digits of a key: values that differ in a digit never meet.
    private static func digitHash(_ characters: [Character]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for character in characters where character.isNumber {
            for scalar in character.unicodeScalars { hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3 }
        }
        return hash
    }

    private static func hash(_ digits: UInt64, _ length: Int, _ segment: Int, _ text: ArraySlice<Character>)
        -> UInt64
    {
        var hash = digits
        for value in [UInt64(truncatingIfNeeded: length), UInt64(truncatingIfNeeded: segment + 1)] {
            hash = (hash ^ value) &* 0x100_0000_01b3
        }
        for character in text {
            for scalar in character.unicodeScalars { hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3 }
        }
        return hash
    }
}
