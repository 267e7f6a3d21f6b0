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

    /// The command a whole line names without its colon ("quit", "Help", " exit "): a learner
    /// who types one most likely means the command, not an answer. Only whole words count: "sc"
    /// or "q" is an answer, never `:score` or `:quit`.
    /// - Returns: the command, or `nil` when the line is anything else.
    public static func bare(_ line: String) -> Command? {
        let trimmed = line.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
        switch String(trimmed).lowercased() {
        case "help": return .help
        case "hint": return .hint
        case "skip": return .skip
        case "score": return .score
        case "quit", "exit": return .quit
        default: return nil
        }
    }

    /// How to type the command and what it does: ":quit to leave". `nil` for an answer or an
    /// unknown `:word`.
    public var usage: String? {
        switch self {
        case .help: ":help for the commands"
        case .hint: ":hint for a hint"
        case .skip: ":skip to pass this one"
        case .score: ":score for the score so far"
        case .quit: ":quit to leave"
        case .answer, .unknown: nil
        }
    }

    /// What to say when a learner typed a command's word without its colon at an answer prompt:
    /// the word is neither graded nor saved, and the prompt asks again.
    /// - Returns: "Commands start with a colon: type :quit to leave (not graded).", or `nil`
    ///   when the line is no command's word.
    public static func missingColon(_ line: String) -> String? {
        bare(line).flatMap(\.usage).map { "Commands start with a colon: type \($0) (not graded)." }
    }
}
