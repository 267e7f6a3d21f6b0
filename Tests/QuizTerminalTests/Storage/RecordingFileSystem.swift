import Foundation
import Glibc

@testable import QuizTerminal

/// The real file system, with every call that changes or syncs something recorded in order (the
/// file it touched, by path), and faults injected on demand: what the durability and fault tests
/// look through.
final class RecordingFileSystem: FileSystem {
    /// One call: its name ("write", "fsync", "rename"…) and the file it was about.
    struct Event: Equatable, CustomStringConvertible {
        var call: String
        var path: String
        var description: String { "\(call) \(path)" }
    }

    private let real = PosixFileSystem()
    private var paths: [Int32: String] = [:]
    private(set) var events: [Event] = []
    /// Returns an errno for a call to fail with, given its name and path; nil lets it through.
    var fault: (String, String) -> Int32? = { _, _ in nil }
    /// Something else to log in the same order (what reached the screen).
    func note(_ call: String, _ path: String) { events.append(Event(call: call, path: path)) }

    private func failing(_ call: String, _ path: String) -> Bool {
        guard let code = fault(call, path) else { return false }
        errno = code
        events.append(Event(call: call + " failed", path: path))
        return true
    }

    private func path(_ descriptor: Int32) -> String { paths[descriptor] ?? "fd \(descriptor)" }

    func open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
        if failing("open", path) { return -1 }
        let descriptor = real.open(path, flags, mode)
        if descriptor >= 0 {
            paths[descriptor] = path
            if flags & O_CREAT != 0 { events.append(Event(call: "create", path: path)) }
            if flags & (O_WRONLY | O_RDWR) != 0 { events.append(Event(call: "open for writing", path: path)) }
        }
        return descriptor
    }

    func close(_ descriptor: Int32) -> Int32 {
        let result = real.close(descriptor)
        paths[descriptor] = nil
        return result
    }

    func read(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        failing("read", path(descriptor)) ? -1 : real.read(descriptor, buffer, count)
    }

    func pread(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int, _ offset: off_t) -> Int {
        failing("read", path(descriptor)) ? -1 : real.pread(descriptor, buffer, count, offset)
    }

    func write(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        if failing("write", path(descriptor)) { return -1 }
        events.append(Event(call: "write", path: path(descriptor)))
        return real.write(descriptor, buffer, count)
    }

    func lseek(_ descriptor: Int32, _ offset: off_t, _ whence: Int32) -> off_t {
        real.lseek(descriptor, offset, whence)
    }

    func ftruncate(_ descriptor: Int32, _ length: off_t) -> Int32 {
        if failing("ftruncate", path(descriptor)) { return -1 }
        events.append(Event(call: "ftruncate", path: path(descriptor)))
        return real.ftruncate(descriptor, length)
    }

    func fsync(_ descriptor: Int32) -> Int32 {
        if failing("fsync", path(descriptor)) { return -1 }
        events.append(Event(call: "fsync", path: path(descriptor)))
        return real.fsync(descriptor)
    }

    func fstat(_ descriptor: Int32, _ status: inout stat) -> Int32 {
        failing("fstat", path(descriptor)) ? -1 : real.fstat(descriptor, &status)
    }

    func flock(_ descriptor: Int32, _ operation: Int32) -> Int32 {
        if failing("flock", path(descriptor)) { return -1 }
        events.append(Event(call: "flock", path: path(descriptor)))
        return real.flock(descriptor, operation)
    }

    func mkdir(_ path: String, _ mode: mode_t) -> Int32 {
        if failing("mkdir", path) { return -1 }
        let result = real.mkdir(path, mode)
        if result == 0 { events.append(Event(call: "mkdir", path: path)) }
        return result
    }

    func rename(_ from: String, _ to: String) -> Int32 {
        if failing("rename", to) { return -1 }
        events.append(Event(call: "rename", path: to))
        return real.rename(from, to)
    }

    func unlink(_ path: String) -> Int32 {
        if failing("unlink", path) { return -1 }
        events.append(Event(call: "unlink", path: path))
        return real.unlink(path)
    }

    func access(_ path: String, _ mode: Int32) -> Int32 { real.access(path, mode) }

    func names(in folder: String) -> [String]? { real.names(in: folder) }

    /// The calls that change something on disk.
    var changes: [Event] {
        let changing: Set<String> = ["create", "open for writing", "write", "ftruncate", "mkdir", "rename", "unlink"]
        return events.filter { changing.contains($0.call) }
    }
}
