/// An accepted answer written as a pattern (BSD quiz's: alternatives `a|b`, optional parts
/// `{…}`, groups `[…|…]`, `\` escapes), matched as a pattern rather than by listing every form it
/// allows: `{J{oe} }{R{obinette} }{Biden}{{,} J{unio}r}` takes "Biden", "Biden Jr", "Joe Biden"
/// and each of its other 120 forms, at a cost that grows with the pattern, not with its forms.
///
/// The pattern is compiled into a small automaton over normalised text (see `Normalizer`): case,
/// accents and punctuation fold as they do for typed answers, and a run of spaces or punctuation
/// in the pattern is one space of the typed answer.
struct AnswerPattern: Sendable, Hashable {
    private enum Step: Sendable, Hashable {
        case character(Character)
        /// Spaces or punctuation: one space between words, none at either end.
        case separator
        /// Go on at either place.
        case split(Int, Int)
        case jump(Int)
        case match
    }

    private let steps: [Step]

    /// Patterns longer than this are not compiled: no answer is that long.
    static let maximumSteps = 4_000

    /// Compiles a pattern; `nil` when it is not a valid pattern, or too long.
    init?(_ text: String) {
        guard text.count <= Self.maximumSteps, let pattern = try? BSDQuizFormat.parse(text) else { return nil }
        var steps: [Step] = []
        Self.compile(pattern, into: &steps)
        steps.append(.match)
        guard steps.count <= Self.maximumSteps else { return nil }
        self.steps = steps
    }

    private static func compile(_ pattern: BSDQuizFormat.Pattern, into steps: inout [Step]) {
        switch pattern {
        case .literal(let text):
            for character in text {
                if character == "'" || character == "\u{2019}" || character == "." { continue }
                if character == "&" {
                    steps += [.separator, .character("a"), .character("n"), .character("d"), .separator]
                    continue
                }
                let folded = Normalizer.normalize(String(character))
                if folded.isEmpty || folded.contains(" ") {
                    steps.append(.separator)
                } else {
                    steps += folded.map { .character($0) }
                }
            }
        case .sequence(let parts):
            for part in parts { compile(part, into: &steps) }
        case .optional(let inner):
            let split = steps.count
            steps.append(.split(0, 0))
            compile(inner, into: &steps)
            steps[split] = .split(split + 1, steps.count)
        case .choice(let options):
            var jumps: [Int] = []
            for (offset, option) in options.enumerated() {
                let isLast = offset == options.count - 1
                let split = steps.count
                if !isLast { steps.append(.split(0, 0)) }
                compile(option, into: &steps)
                if !isLast {
                    jumps.append(steps.count)
                    steps.append(.jump(0))
                    steps[split] = .split(split + 1, steps.count)
                }
            }
            for jump in jumps { steps[jump] = .jump(steps.count) }
        }
    }

    /// Whether a normalised answer is one of the pattern's forms; leading articles the
    /// normaliser dropped may stand in the pattern ("The Hague" takes "Hague").
    func matches(_ normalized: String) -> Bool {
        guard !normalized.isEmpty else { return false }
        // The states after any leading articles, as the normaliser drops them (a few at most).
        var starts = [(step: 0, pending: false)]
        var layer = starts
        for _ in 0..<4 {
            layer = ["the ", "a ", "an "].flatMap { run($0, from: layer) ?? [] }
            if layer.isEmpty { break }
            starts += layer
        }
        guard let ends = run(normalized, from: starts) else { return false }
        return ends.contains { if case .match = steps[$0.step] { true } else { false } }
    }

    /// Runs the automaton over `text` from `starts`: a state is a step and whether a separator is
    /// pending. The states it ends in, or `nil` when none is left.
    private func run(_ text: String, from starts: [(step: Int, pending: Bool)]) -> [(step: Int, pending: Bool)]? {
        var current: [(step: Int, pending: Bool)] = []
        var seen = [Bool](repeating: false, count: steps.count * 2)
        func add(_ step: Int, _ pending: Bool, to states: inout [(step: Int, pending: Bool)]) {
            let key = step * 2 + (pending ? 1 : 0)
            guard !seen[key] else { return }
            seen[key] = true
            switch steps[step] {
            case .split(let first, let second):
                add(first, pending, to: &states)
                add(second, pending, to: &states)
            case .jump(let target): add(target, pending, to: &states)
            case .separator: add(step + 1, true, to: &states)
            case .character, .match: states.append((step, pending))
            }
        }
        for start in starts { add(start.step, start.pending, to: &current) }
        for (offset, character) in text.enumerated() {
            var next: [(step: Int, pending: Bool)] = []
            seen = [Bool](repeating: false, count: steps.count * 2)
            for state in current {
                if character == " " {
                    // A typed space stands for the pattern's pending separator.
                    if state.pending { add(state.step, false, to: &next) }
                } else if case .character(let expected) = steps[state.step], expected == character,
                    !state.pending || offset == 0
                {
                    add(state.step + 1, false, to: &next)
                }
            }
            guard !next.isEmpty else { return nil }
            current = next
        }
        return current
    }
}
