import CReadline

/// The GNU readline library quiz is linked with.
package enum ReadlineLibrary {
    /// Its version, such as "8.2".
    package static var version: String {
        creadline_library_version().map { String(cString: $0) } ?? "unknown"
    }
}
