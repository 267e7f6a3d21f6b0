import QuizCore

extension Quiz {
    /// `quiz take BANK [options]` in its usual forms, read without the argument parser: the
    /// parser reflects on every option group of the command before it reads a word, which is the
    /// largest share of a quiz's start-up after generating it. Only what is plainly well formed
    /// is read here: each option once (a repeatable one any number of times), by its exact name,
    /// its value next to it or after "=", and valid. Anything else (help, a misspelt option, a
    /// value the parser would refuse, "--") gives nil, and the full parse reads it and words its
    /// errors. The two parses agree on every command line this one reads (`QuickParseTests`).
    static func parsedQuickly(_ arguments: [String]) -> TakeRequest? {
        guard arguments.first == "take" else { return nil }
        var bank: String?
        var count: Int?
        var seed: UInt64?
        var types: [Question.Kind] = []
        var topics: [String] = []
        var progress: String?
        var noColor = false
        var retention: Double?
        var folders: [String] = []
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("-") else {
                guard bank == nil else { return nil }
                bank = argument
                continue
            }
            var name = Substring(argument)
            var attached: Substring?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = argument[..<equals]
                attached = argument[argument.index(after: equals)...]
            }
            // The option's value: after "=", or the next word unless that looks like an option.
            func value() -> String? {
                if let attached { return attached.isEmpty ? nil : String(attached) }
                guard index < arguments.count, !arguments[index].hasPrefix("-") else { return nil }
                index += 1
                return arguments[index - 1]
            }
            switch name {
            case "--count", "-c":
                guard count == nil, let text = value(), let number = Int(text), number >= 1 else { return nil }
                count = number
            case "--seed":
                guard seed == nil, let text = value(), let number = UInt64(text) else { return nil }
                seed = number
            case "--type":
                guard let text = value(), let kind = Question.Kind(argument: text) else { return nil }
                types.append(kind)
            case "--topic":
                guard let text = value() else { return nil }
                topics.append(text)
            case "--progress":
                guard progress == nil, let text = value() else { return nil }
                progress = text
            case "--retention":
                guard retention == nil, let text = value(), let number = Double(text), (0.7...0.99).contains(number)
                else { return nil }
                retention = number
            case "--banks":
                guard let text = value() else { return nil }
                folders.append(text)
            case "--no-color":
                guard attached == nil, !noColor else { return nil }
                noColor = true
            default:
                return nil
            }
        }
        guard let bank else { return nil }

        return TakeRequest(
            bank: bank, count: count ?? 10, types: types,
            settings: SessionSettings(topics: topics, seed: seed, progress: progress, retention: retention ?? 0.9),
            noColor: noColor, folders: folders)
    }
}
