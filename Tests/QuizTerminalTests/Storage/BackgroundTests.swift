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
