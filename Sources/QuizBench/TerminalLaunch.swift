import Foundation
import Glibc

/// Start-up at a terminal: a program spawned on the slave side of a fresh pseudo-terminal (so
/// that readline takes over, as it does for a learner), timed until a marker appears on its
/// screen, or until it exits.
enum TerminalLaunch {
    /// Why a launch did not show what it should.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Seconds from spawning `executable` to `marker` in its output (or, without a marker, to its
    /// exit). A run that ends or stalls before the marker throws, with the end of its output.
    static func time(
        _ executable: String, _ arguments: [String], environment: [String: String], until marker: String?,
        timeout: Double = 10
    ) throws(Failure) -> Double {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: 40, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw Failure(description: "openpty failed") }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        var name = [CChar](repeating: 0, count: 128)
        ttyname_r(slave, &name, name.count)
        let slavePath = name.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        close(slave)
        defer { close(master) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid, the slave becomes the child's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, master)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        var usualSignals = sigset_t()
        sigemptyset(&noSignals)
        sigemptyset(&usualSignals)
        for signal in [SIGINT, SIGQUIT, SIGPIPE, SIGTSTP, SIGTERM, SIGHUP] { sigaddset(&usualSignals, signal) }
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &usualSignals)
        let spawnSetsid: Int16 = 0x80  // POSIX_SPAWN_SETSID, hidden behind _GNU_SOURCE
        posix_spawnattr_setflags(&attributes, spawnSetsid | Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }

        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw Failure(description: "cannot start \(executable): \(String(cString: strerror(spawned)))")
        }

        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let needle = marker.map { Array($0.utf8) }
        var elapsed: Double?
        var ended = false
        while elapsed == nil, !ended, seconds(clock.now - start) < timeout {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 50) > 0 else { continue }
            let count = read(master, &buffer, buffer.count)
            if count <= 0 {
                ended = true  // EIO: the child has exited and closed the terminal
            } else {
                output += buffer[..<count]
                if let needle, contains(output, needle) { elapsed = seconds(clock.now - start) }
            }
        }
        var status: Int32 = 0
        if marker == nil {
            waitpid(pid, &status, 0)
            elapsed = seconds(clock.now - start)
        } else {
            kill(pid, SIGKILL)
            waitpid(pid, &status, 0)
        }
        guard let elapsed else {
            let tail = String(decoding: output.suffix(400), as: UTF8.self)
            let why = ended ? "it exited" : "nothing came within \(Int(timeout)) s"
            throw Failure(
                description: "'\(marker ?? "")' never appeared: \(why); its last output: \(tail.debugDescription)")
        }
        return elapsed
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains {
            haystack[$0..<($0 + needle.count)].elementsEqual(needle)
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
