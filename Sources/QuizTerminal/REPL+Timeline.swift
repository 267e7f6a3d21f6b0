import FoundationEssentials
import QuizCore

/// The timeline game's loop: as a quiz's, it reads lines, hands them to the game, renders what
/// comes back and saves every attempt as soon as it is made.
extension REPL {
    /// Runs a timeline game to its end. Returns the exit status: 0, or 1 when progress could not
    /// be saved.
    package func run(_ game: inout TimelineGame, progress: ProgressFile) -> Int32 {
        var status: Int32 = 0
        func emit(_ outputs: [TimelineOutput]) -> Bool {
            for output in outputs {
                if case .quiz(.record(let attempt)) = output, !save(attempt, to: progress) {
                    status = 1
                    return false
                }
                let text = renderer.render(output)
                if !text.isEmpty { write(text) }
            }
            return true
        }
        var going = emit(game.start(now: Date()))
        while going && !game.isFinished {
            guard let line = reader.readLine(prompt: "slot> ", completions: [], remember: false) else {
                if reader.isInteractive { write("") }  // readline leaves the cursor after the prompt
                going = emit(game.finish(now: Date()))
                break
            }
            going = emit(game.handle(Command(line: line), now: Date()))
        }
        if !going, !game.isFinished { _ = game.finish(now: Date()) }
        if status == 0 && !game.attempts.isEmpty {
            write(renderer.wrap("Progress saved to", path: progress.path))
        }
        reader.saveHistory()
        return status
    }
}

extension REPL {
    /// Stores an attempt in the progress file; when that fails, says why on standard error.
    func save(_ attempt: Attempt, to progress: ProgressFile) -> Bool {
        do {
            try progress.append(attempt)
            return true
        } catch {
            StandardError.report(error.description)
            return false
        }
    }
}
