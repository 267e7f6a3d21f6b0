/// The BSD tables write accented letters as a printer would strike them: a letter, a backspace,
/// and an accent over it, in either order (`T'\bo rshavn`, `C^\bote d'Ivoire`). They are read as
/// the letters they stand for, and no control character is left in what the import keeps.
extension BSDQuizFormat {
    /// For each accent a table strikes over a letter: the letters it takes, and what they make.
    private static let overstrikes: [Character: [Character: Character]] = {
        let table: [(mark: Character, letters: String, accented: String)] = [
            ("'", "aeiouycnszAEIOUYCNSZ", "áéíóúýćńśźÁÉÍÓÚÝĆŃŚŹ"),
            ("`", "aeiouAEIOU", "àèìòùÀÈÌÒÙ"),
            ("^", "aeiouAEIOU", "âêîôûÂÊÎÔÛ"),
            ("\"", "aeiouyAEIOUY", "äëïöüÿÄËÏÖÜŸ"),
            ("~", "anoANO", "ãñõÃÑÕ"),
            (",", "cstCST", "çşţÇŞŢ"),
            ("/", "oO", "øØ"),
            ("°", "aA", "åÅ"),
        ]
        var out: [Character: [Character: Character]] = [:]
        for row in table { out[row.mark] = Dictionary(uniqueKeysWithValues: zip(row.letters, row.accented)) }
        return out
    }()

    /// The letter an overstrike of `first` and `second` makes, in either order, or `nil`.
    static func overstrike(_ first: Character, _ second: Character) -> Character? {
        overstrikes[first]?[second] ?? overstrikes[second]?[first]
    }

    /// A row with its overstrikes read as letters. An overstrike of no known pair keeps its
    /// letter (or the character struck last), and any other control character is dropped.
    static func overstruck(_ row: String) -> String {
        guard row.unicodeScalars.contains(where: ImportedText.isControl) else { return row }
        let characters = Array(row)
        var out = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if index + 2 < characters.count, characters[index + 1] == "\u{8}" {
                let next = characters[index + 2]
                out.append(overstrike(character, next) ?? (character.isLetter && !next.isLetter ? character : next))
                index += 3
                continue
            }
            if !character.unicodeScalars.contains(where: ImportedText.isControl) { out.append(character) }
            index += 1
        }
        return out
    }
}
