import CReadline
import FoundationEssentials
import Glibc
import QuizCore
import Synchronization

/// State the C callbacks read. They are `@convention(c)` and cannot capture, so it lives in a
/// global behind a `Mutex`.
private struct CompletionState: ~Copyable {
    var candidates: [String] = []
    var matches: [String] = []
    var next = 0
}
private let completionState = Mutex(CompletionState())

/// Called by `rl_completion_matches` with state 0, 1, 2… until it returns nil; each string must
/// be malloc'd, since readline frees it.
private func generateMatch(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    completionState.withLock { completion in
        if state == 0 {
            let word = text.map { String(cString: $0) } ?? ""
            // The menu knows two commands; a quiz, every one.
            let commands = atMenu.load(ordering: .relaxed) ? REPL.menuCommands : Command.names
            let pool = word.hasPrefix(":") ? commands : completion.candidates
            completion.matches = pool.filter { $0.lowercased().hasPrefix(word.lowercased()) }
            completion.next = 0
        }
        guard completion.next < completion.matches.count else { return nil }
        defer { completion.next += 1 }
        return strdup(completion.matches[completion.next])
    }
}

private func attemptCompletion(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    creadline_completion_over()  // never fall back to file names
    return rl_completion_matches(text, generateMatch)
}

/// Set by the SIGINT handler; an atomic store is async-signal-safe.
private let interrupted = Atomic<Bool>(false)
/// Whether the start menu is asking, not a quiz: Ctrl-C then says how to leave, not how to end
/// a quiz that has not begun.
private let atMenu = Atomic<Bool>(false)

private func onInterrupt(_ signal: Int32) {
    interrupted.store(true, ordering: .relaxed)
}

/// Readline calls this after a read was interrupted, outside the signal handler: Ctrl-C drops
/// the half-typed line and shows a fresh prompt; at an empty prompt it says how to quit.
private func afterSignal() -> Int32 {
    if interrupted.exchange(false, ordering: .relaxed) {
        let wasEmpty = creadline_line_buffer().map { $0.pointee == 0 } ?? true
        rl_replace_line("", 0)
        if wasEmpty {
            let message =
                atMenu.load(ordering: .relaxed)
                ? "\n(To leave, press Ctrl-D or type :quit.)" : "\n(To end the quiz, type :quit or press Ctrl-D.)"
            _ = message.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
        }
        rl_crlf()
        rl_on_new_line()
        rl_redisplay()
    }
    return 0
}

/// GNU readline, for a learner at a terminal: line editing, Tab completion of commands, bank
/// names and option words (never of answers), and a history of commands kept across sessions
/// (never of answers).
package final class ReadlineLineReader: LineReader {
    package let historyPath: String?
    private let historyLimit: Int32 = 500
    private var lastEntry: String?

    package var isInteractive: Bool { true }

    /// The quiz's history, set aside while the menu asks.
    private var quizHistory: UnsafeMutablePointer<HISTORY_STATE>?
    private var quizLastEntry: String?

    /// While the start menu asks, lines go to a history of its own, dropped when it ends: a bank
    /// number or a count recalled with Up at an answer prompt could be sent as an answer, and
    /// none of them belongs in the history file.
    package var isAtMenu: Bool {
        get { atMenu.load(ordering: .relaxed) }
        set {
            guard newValue != isAtMenu else { return }
            atMenu.store(newValue, ordering: .relaxed)
            if newValue {
                quizHistory = creadline_set_history_aside()
                quizLastEntry = lastEntry
                lastEntry = nil
            } else if let quizHistory {
                creadline_restore_history(quizHistory)
                self.quizHistory = nil
                lastEntry = quizLastEntry
            }
        }
    }

    package init(historyPath: String?) {
        self.historyPath = historyPath
        creadline_set_name(strdup("quiz"))  // `$if quiz` in ~/.inputrc; readline keeps the pointer
        creadline_set_attempted_completion(attemptCompletion)
        // Both hooks: the signal hook runs when a read() is interrupted; the event hook runs while
        // waiting, and catches a Ctrl-C that readline took outside read().
        creadline_set_signal_event_hook(afterSignal)
        creadline_set_event_hook(afterSignal)
        signal(SIGINT, onInterrupt)
        using_history()
        stifle_history(historyLimit)
        if let historyPath { _ = read_history(historyPath) }
    }

    package func readLine(prompt: String, completions: [String], remember: Bool) -> String? {
        completionState.withLock { $0.candidates = completions }
        interrupted.store(false, ordering: .relaxed)
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        let line = String(cString: raw)
        let entry = LineText.trimmed(line)
        if remember || entry.hasPrefix(":"), !entry.isEmpty, entry != lastEntry {
            add_history(entry)
            lastEntry = entry
        }
        return line
    }

    package func saveHistory() {
        guard let historyPath else { return }
        let folder = PathText.folder(of: historyPath)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = write_history(historyPath)
        _ = history_truncate_file(historyPath, historyLimit)
    }

    /// The GNU readline version linked.
    package static var libraryVersion: String {
        creadline_library_version().map { String(cString: $0) } ?? "unknown"
    }
}
