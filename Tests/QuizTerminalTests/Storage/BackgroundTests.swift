import Glibc
import Testing

@testable import QuizTerminal

/// Work on a thread of its own: its result, once done, whenever it is asked for.
@Suite struct BackgroundTests {
    @Test func theResultIsTheWorks() {
        let caller = pthread_self()
        let job = Background { () -> (sum: Int, elsewhere: Bool) in
            ((1...1_000).reduce(0, +), pthread_equal(pthread_self(), caller) == 0)
        }
        #expect(!job.isTaken)
        let result = job.value
        #expect(result.sum == 500_500)
        #expect(result.elsewhere, "the work ran on another thread")
        #expect(job.isTaken)
        // Asked again, the same result.
        #expect(job.value.sum == 500_500)
    }

    /// Signals go to the threads that handle them, never to a job's thread.
    @Test func theJobsThreadTakesNoSignals() {
        // The caller takes every signal (as quiz's main thread does); the test's thread may not.
        var none = sigset_t()
        var original = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, &original)
        defer { pthread_sigmask(SIG_SETMASK, &original, nil) }
        var before = sigset_t()
        pthread_sigmask(SIG_SETMASK, nil, &before)
        let job = Background { () -> Int32 in
            var mask = sigset_t()
            pthread_sigmask(SIG_SETMASK, nil, &mask)
            return sigismember(&mask, SIGINT) + sigismember(&mask, SIGWINCH) + sigismember(&mask, SIGTERM)
        }
        #expect(job.value == 3)
        // The caller's own mask is as it was.
        var after = sigset_t()
        pthread_sigmask(SIG_SETMASK, nil, &after)
        for signal in Int32(1)..<32 { #expect(sigismember(&after, signal) == sigismember(&before, signal)) }
    }

    /// A job never asked for is waited for as it goes: its work is done, not cut short.
    @Test func aJobNeverAskedForStillFinishes() {
        final class Flag: @unchecked Sendable { var done = false }
        let flag = Flag()
        do {
            _ = Background { () -> Int in
                usleep(20_000)
                flag.done = true
                return 0
            }
        }
        #expect(flag.done)
    }
}
