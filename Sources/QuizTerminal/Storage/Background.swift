import Glibc

/// Work done on a thread of its own while the caller goes on, such as opening the progress file
/// while the bank is read: `value` waits for it. Where no thread can be started, the work is
/// done at once, on the caller's thread.
///
/// The work must touch nothing the caller touches meanwhile; `value` is read from one thread.
/// The thread takes no signals.
package final class Background<Value>: @unchecked Sendable {
    private var thread = pthread_t()
    private var running = false
    /// Where the thread leaves the result: its own object, so that the thread never holds this one.
    private let box = Box()

    private final class Box: @unchecked Sendable {
        var result: Value?
    }

    /// Starts `work`.
    package init(_ work: @escaping () -> Value) {
        let box = box
        let job = Job { box.result = work() }
        let context = Unmanaged.passRetained(job).toOpaque()
        // The thread starts with every signal blocked, so that signals go to the thread that
        // handles them (Ctrl-C and a resized window to readline's, a kill to the REPL's).
        var all = sigset_t()
        var previous = sigset_t()
        sigfillset(&all)
        pthread_sigmask(SIG_SETMASK, &all, &previous)
        running =
            pthread_create(
                &thread, nil,
                { context in
                    Unmanaged<Job>.fromOpaque(context!).takeRetainedValue().run()
                    return nil
                }, context) == 0
        pthread_sigmask(SIG_SETMASK, &previous, nil)
        if !running {
            Unmanaged<Job>.fromOpaque(context).release()
            box.result = work()
        }
    }

    /// Whether `value` has been read.
    package private(set) var isTaken = false

    /// The work's result, once it is done.
    package var value: Value {
        isTaken = true
        if running {
            pthread_join(thread, nil)
            running = false
        }
        return box.result!
    }

    deinit {
        if running { pthread_join(thread, nil) }
    }
}

/// A closure on its way to a thread: C's thread entry point takes one pointer and no generics.
private final class Job: @unchecked Sendable {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
}
