import FoundationEssentials
import QuizTerminal

/// The description of quiz's commands that `--experimental-dump-help` prints for the argument
/// parser's manual tool (`make install` builds quiz(1) from it), without the commands `--help`
/// hides: the tool lists every subcommand it is given, hidden or not.
enum ManualDump {
    /// `text`, the parser's description, with every hidden subcommand left out; nil when it is
    /// not JSON of that shape.
    static func withoutHiddenCommands(_ text: String) -> String? {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(pruned(value)) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// A command (or the tool around it) without its hidden subcommands, at every depth.
    static func pruned(_ value: JSONValue) -> JSONValue {
        guard case .object(var fields) = value else { return value }
        if let command = fields["command"] { fields["command"] = pruned(command) }
        if case .array(let commands)? = fields["subcommands"] {
            fields["subcommands"] = .array(
                commands.filter { command in
                    guard case .object(let info) = command else { return true }
                    return info["shouldDisplay"] != .bool(false)
                }.map(pruned))
        }
        return .object(fields)
    }
}
