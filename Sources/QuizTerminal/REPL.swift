import FoundationEssentials
import QuizCore

/// The quiz loop: reads lines, hands them to the session, renders what it returns and saves
/// every attempt as soon as it is made. All quiz logic lives in `Session`.
package final class REPL {
    package let reader: LineReader
    package let write: (String) -> Void
    /// Set when a script's input ended in the start menu, before any quiz began.
    package internal(set) var inputEndedInMenu = false
    private let base: Renderer
    private let measure: (() -> Int?)?

    /// - Parameters:
    ///   - reader: where lines come from.
    ///   - renderer: how outputs become text.
    ///   - write: where text goes; standard output by default.
    ///   - measure: the terminal's width as it is now, `nil` when it cannot be told: read before
    ///     every rendering, so that a window resized mid-quiz is wrapped to its new width. Leave
    ///     it out when output goes to a pipe or a file, which keep the renderer's width.
    package init(
        reader: LineReader, renderer: Renderer, write: @escaping (String) -> Void = { print($0) },
        measure: (() -> Int?)? = nil
    ) {
        self.reader = reader
        self.base = renderer
        self.write = write
        self.measure = measure
    }

    /// The renderer, at the terminal's width as it is now.
    package var renderer: Renderer {
        guard let width = measure?() else { return base }
        return base.resized(to: width)
    }

    private func show(_ text: String) {
        if !text.isEmpty { write(text) }
    }

    /// Runs a session to its end. Returns the exit status: 0, or 1 when progress could not be saved
    /// or the progress files were found damaged or replaced while saving.
    package func run(_ session: inout Session, progress: ProgressFile) -> Int32 {
        var status: Int32 = 0
        var troubled = false
        func emit(_ outputs: [Output]) -> Bool {
            for output in outputs {
                if case .record(let attempt) = output {
                    do {
                        // Damage or a replaced history found while saving is told at once, and
                        // the session ends with status 1 even though its answers were saved.
                        for notice in try progress.append(attempt) {
                            StandardError.report(notice)
                            troubled = true
                        }
                    } catch {
                        StandardError.report(error.description)
                        status = 1
                        return false
                    }
                }
                show(renderer.render(output))
            }
            return true
        }
        var going = emit(session.start(now: Date()))
        while going && !session.isFinished {
            // Tab may complete option letters (they give nothing away), never answers.
            let letters =
                session.currentQuestion.map { question in
                    question.options.indices.map { AnswerGrader.letter($0) }
                } ?? []
            guard let line = reader.readLine(prompt: "answer> ", completions: letters, remember: false) else {
                if reader.isInteractive { write("") }  // readline leaves the cursor after the prompt
                going = emit(session.finish(now: Date()))
                break
            }
            going = emit(session.handle(Command(line: line), now: Date()))
        }
        if !going, !session.isFinished { _ = session.finish(now: Date()) }
        if status == 0 && !session.attempts.isEmpty {
            show(renderer.wrap("Progress saved to", path: progress.path))
        }
        reader.saveHistory()
        return status == 0 && troubled ? 1 : status
    }

    /// A bank's name: its file name without the extension.
    package static func name(of path: String) -> String {
        PathText.deletingExtension(PathText.lastComponent(path))
    }
}
