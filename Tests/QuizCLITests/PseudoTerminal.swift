import Foundation
import Glibc

/// Runs a program on the slave side of a fresh pseudo-terminal, so that `isatty(0)` is true and
/// readline takes over, and lets a test type into it.
final class PseudoTerminal {
    let pid: pid_t
    private let master: Int32
    private(set) var transcript = ""
    /// Everything read so far, never trimmed.
    private(set) var everything = ""

    init(executable: String, arguments: [String], environment: [String: String], columns: UInt16 = 120) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: 40, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw POSIXError(.EIO) }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)  // keep it out of other tests' children
        var name = [CChar](repeating: 0, count: 128)
        ttyname_r(slave, &name, name.count)  // not ttyname(): its static buffer races
        let slavePath = String(cString: name)
        close(slave)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opening the slave after setsid makes it the controlling terminal, so Ctrl-C becomes SIGINT.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, master)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Test threads block most signals and children inherit the mask: give the child a clean one.
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
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EIO) }
        self.pid = pid
        self.master = master
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, WNOHANG)
        close(master)
    }

    /// Resizes the terminal, as a window being resized does: the child gets SIGWINCH.
    func resize(columns: UInt16, rows: UInt16 = 40) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    func send(_ text: String) {
        _ = text.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
    }

    /// Seconds to wait for the terminal: only a guard against a hung child, far above what any
    /// healthy run takes however loaded the machine; every wait ends as soon as its text arrives.
    static let patience: Double = 30

    /// Reads until `needle` shows up after the previous match, or `timeout` passes.
    @discardableResult
    func expect(_ needle: String, timeout: Double = patience) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline {
            if let range = transcript.range(of: needle) {
                transcript.removeSubrange(..<range.upperBound)
                return true
            }
            var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&fds, 1, 100) > 0 else { continue }
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }  // EIO once the child has exited
            let text = String(decoding: buffer[..<count], as: UTF8.self)
            transcript += text
            everything += text
        }
        if let range = transcript.range(of: needle) {
            transcript.removeSubrange(..<range.upperBound)
            return true
        }
        return false
    }

    /// Waits for the child; kills it after `timeout` so a stuck REPL cannot hang the tests.
    func wait(timeout: Double = patience) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        var buffer = [UInt8](repeating: 0, count: 4096)
        while waitpid(pid, &status, WNOHANG) == 0 {
            guard Date() < deadline else {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                return nil
            }
            // Keep draining, or a child writing its summary could block on a full terminal.
            var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&fds, 1, 10) > 0 {
                let count = read(master, &buffer, buffer.count)
                if count > 0 {
                    let text = String(decoding: buffer[..<count], as: UTF8.self)
                    transcript += text
                    everything += text
                }
            }
        }
        return (status >> 8) & 0xff
    }
}
