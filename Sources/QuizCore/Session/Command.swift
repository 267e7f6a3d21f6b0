/// What a learner typed at the answer prompt: an answer, or a `:command`.
public enum Command: Sendable, Hashable {
    case answer(String)
    case help
    case hint
    case skip
    case score
    case quit
    /// A `:word` that is no command.
    case unknown(String)

    /// The commands, as typed, for help and tab completion.
    public static let names = [":help", ":hint", ":skip", ":score", ":quit"]

    /// Reads a line: `:help`, `:h`, `:Quit` and the like are commands (any unique prefix; `:h` and
    /// `:?` are help, `:q` and `:exit` quit); anything else is an answer.
    public init(line: String) {
        let trimmed = line.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
        guard trimmed.first == ":" else {
            self = .answer(String(line))
            return
        }
        var word = String(trimmed.dropFirst()).lowercased()
        if word == "h" || word == "?" { word = "help" }  // the usual short forms
        let matches = Self.names.filter { $0.dropFirst().hasPrefix(word) && !word.isEmpty }
        switch matches.count == 1 ? matches[0] : ":\(word)" {
        case ":help": self = .help
        case ":hint": self = .hint
        case ":skip": self = .skip
        case ":score": self = .score
        case ":quit", ":q", ":exit": self = .quit
        default: self = .unknown(String(trimmed))
        }
    }
}
