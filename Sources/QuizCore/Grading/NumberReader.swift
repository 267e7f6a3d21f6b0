/// Reads numbers as people type them: `250,000`, `250000`, `250 000`, `250k`, `250 thousand`,
/// `a quarter of a million`, `fifty`, `fifty-five`, `about 50 volunteers`. Two numbers side by
/// side ("50 60") are not read: they are not one number.
enum NumberReader {
    private static let units: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
    ]
    private static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "k": 1_000, "million": 1_000_000, "m": 1_000_000, "mn": 1_000_000,
        "billion": 1_000_000_000, "bn": 1_000_000_000,
    ]
    private static let fractions: [String: Double] = ["half": 0.5, "quarter": 0.25, "third": 1.0 / 3]
    private static let filler: Set<String> = [
        "about", "around", "approximately", "roughly", "some", "nearly", "of", "and", "over", "c", "ca",
    ]

    /// Whether a text holds a number word ("fifty", "thousand", "half"): an answer that tries to
    /// give a number, even one that cannot be read as one.
    static func holdsNumberWord(_ text: String) -> Bool {
        text.lowercased().split { !$0.isLetter }.contains { word in
            let word = String(word)
            return word.count > 2 && (units[word] != nil || scales[word] != nil || fractions[word] != nil)
        }
    }

    /// The number in `text`, or `nil` when it holds none (or words that are not a number).
    /// - Parameter unit: a unit word the answer may carry ("50 volunteers").
    static func read(_ text: String, unit: String? = nil) -> Double? {
        var cleaned = ""
        var previous: Character = " "
        let characters = Array(text.lowercased())
        for (offset, character) in characters.enumerated() {
            // Digit grouping: "250,000" and "250 000" (a comma or space between digit groups).
            if character == "," || character == " " || character == "\u{A0}" || character == "_" || character == "'" {
                let next = offset + 1 < characters.count ? characters[offset + 1] : " "
                if previous.isNumber && next.isNumber && character != " " { continue }
                if previous.isNumber && next.isNumber && character == " " {
                    // "250 000": a space followed by exactly three digits continues the number.
                    let rest = characters[(offset + 1)...].prefix { $0.isNumber }
                    if rest.count == 3 { continue }
                }
            }
            if character == "-" && previous.isLetter {
                cleaned.append(" ")  // "twenty-five"
            } else {
                cleaned.append(character)
            }
            previous = character
        }
        let unitWords = Set((unit ?? "").lowercased().split(separator: " ").map(String.init))
        var tokens: [String] = []
        for raw in cleaned.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            var token = String(raw)
            // "250k", "1.5m": a number glued to a scale.
            if let last = token.last, last.isLetter, token.dropLast().allSatisfy({ $0.isNumber || $0 == "." }),
                !token.dropLast().isEmpty,
                scales[String(last)] != nil
            {
                tokens.append(String(token.dropLast()))
                token = String(last)
            } else if token.hasSuffix("bn") || token.hasSuffix("mn"),
                token.dropLast(2).allSatisfy({ $0.isNumber || $0 == "." }),
                !token.dropLast(2).isEmpty
            {
                tokens.append(String(token.dropLast(2)))
                token = String(token.suffix(2))
            }
            tokens.append(token.trimmingCharacters(in: ".,;:!?"))
        }
        tokens = tokens.filter {
            !$0.isEmpty && !filler.contains($0) && !unitWords.contains($0) && !unitWords.contains($0 + "s")
        }
        guard !tokens.isEmpty else { return nil }

        var total = 0.0
        var current = 0.0
        var sawNumber = false
        // A number just read, with no scale after it: another may only complete it ("fifty five"),
        // never add to it ("50 60" is two numbers, not 110).
        var afterNumber = false
        var pendingFraction: Double?
        for token in tokens {
            if let value = Double(token), token.first?.isNumber == true || token.first == "-" {
                guard !afterNumber else { return nil }
                current += value
                sawNumber = true
                afterNumber = true
            } else if let value = units[token] {
                if afterNumber {
                    let tens = current.truncatingRemainder(dividingBy: 100)
                    guard tens >= 20, tens.truncatingRemainder(dividingBy: 10) == 0, (1..<10).contains(value) else {
                        return nil
                    }
                }
                current += value
                sawNumber = true
                afterNumber = true
            } else if let fraction = fractions[token] {
                pendingFraction = fraction * (current == 0 ? 1 : current)
                current = 0
                sawNumber = true
                afterNumber = false
            } else if let scale = scales[token] {
                afterNumber = false
                guard sawNumber || pendingFraction != nil else { return nil }
                if let fraction = pendingFraction {
                    total += fraction * scale
                    pendingFraction = nil
                    current = 0
                } else if scale == 100 {
                    current = (current == 0 ? 1 : current) * scale
                } else {
                    total += (current == 0 ? 1 : current) * scale
                    current = 0
                }
            } else {
                return nil  // a word that is not part of a number
            }
        }
        if let fraction = pendingFraction { total += fraction }
        guard sawNumber else { return nil }
        return total + current
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        String(Substring(self).trimmingCharacters(in: set))
    }
}
