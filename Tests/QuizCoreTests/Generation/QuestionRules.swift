@testable import QuizCore

/// The rules every question must keep, whatever record it came from. Returns what is broken.
enum QuestionRules {
    static func violations(_ question: Question, in record: Record) -> [String] {
        var problems: [String] = []
        func fail(_ message: String) { problems.append("\(question.id): \(message)") }

        if question.prompt.isEmpty { fail("empty prompt") }
        if question.explanation.isEmpty { fail("no explanation") }
        if question.facts.isEmpty { fail("tests no fact") }
        let ids = Set(
            record.entities.map(\.id) + record.events.map(\.id) + record.statements.map(\.id)
                + record.events.flatMap { $0.quantities.map(\.id) } + record.questions.map(\.id))
        for fact in question.facts where !ids.contains(fact) { fail("tests unknown item \(fact)") }
        if !record.sources.isEmpty && question.source == nil { fail("no source") }

        // Options: distinct, and valid indices.
        let keys = question.options.map(Choices.key)
        if Set(keys).count != keys.count { fail("repeated options \(question.options)") }
        let accepted = ([question.answerText] + question.accepted).map(Choices.key)
        switch question.answer {
        case .option(let index):
            if !question.options.indices.contains(index) { fail("answer index out of range") }
            if question.options.count < 2 { fail("fewer than two options") }
            for (offset, key) in keys.enumerated() where offset != index && accepted.contains(key) {
                fail("a wrong option is also a right answer: \(question.options[offset])")
            }
        case .options(let indices):
            if indices.isEmpty || !indices.allSatisfy(question.options.indices.contains) { fail("bad answer indices") }
            if indices.count == question.options.count { fail("every option is right") }
        case .order(let order):
            if order.sorted() != Array(question.options.indices) { fail("order is not a permutation") }
            if !(3...5).contains(order.count) { fail("ordering of \(order.count) items") }
        case .pairs(let partners):
            if partners.count != question.left.count || Set(partners).count != partners.count
                || !partners.allSatisfy(question.options.indices.contains)
            {
                fail("matching answer is not one-to-one")
            }
        case .truth:
            if question.kind != .trueFalse { fail("truth answer on a \(question.kind) question") }
        case .date(let date):
            if question.prompt.hasPrefix("In what year") && !date.isAskableAsYear {
                fail("asks 'in what year' of \(date.text)")
            }
        case .text, .blanks, .number:
            break
        }

        // No leaks: the prompt never states a right answer (typed answers, single choices,
        // numbers and years), checked by the tests' own matcher, not the generator's.
        for form in LeakCheck.leaked(question) {
            fail("the prompt contains the answer '\(form)'")
        }
        var answers: [String] = []
        switch question.answer {
        case .text(let text): answers = [text] + question.accepted
        case .blanks(let blanks): answers = blanks.flatMap { $0 }
        case .option(let index) where question.options.indices.contains(index): answers = [question.options[index]]
        default: break
        }

        // Attribution: a question on a position or claim names its holder or the text.
        for id in question.facts {
            guard let statement = record.statements.first(where: { $0.id == id }), statement.kind != .fact else {
                continue
            }
            let holderNames =
                statement.holder.flatMap { holder in record.entities.first { $0.id == holder } }
                .map(TextTools.names(of:)) ?? []
            // Either the prompt says whose it is, or whose it is, is the question.
            let asksForHolder = holderNames.contains { name in answers.contains { Choices.key($0) == Choices.key(name) }
            }
            let attributed =
                question.prompt.lowercased().contains("the text")
                || question.prompt.lowercased().contains("according to")
                || holderNames.contains { question.prompt.contains($0) } || asksForHolder
            if !attributed { fail("asks a \(statement.kind) without saying whose it is") }
        }
        return problems
    }
}
