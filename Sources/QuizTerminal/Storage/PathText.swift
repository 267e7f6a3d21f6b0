/// Path arithmetic on strings, as `NSString`'s path methods do it (full Foundation, which the
/// binary does not link): runs of "/" count as one, and a trailing "/" is ignored.
package enum PathText {
    /// "/a/b.yaml" → "b.yaml"; "/" stays "/".
    package static func lastComponent(_ path: String) -> String {
        let tidy = tidied(path)
        guard tidy.count > 1, let slash = tidy.lastIndex(of: "/") else { return tidy }
        return String(tidy[tidy.index(after: slash)...])
    }

    /// "/a/b.yaml" → "/a"; "b.yaml" → ""; "/b" → "/".
    package static func folder(of path: String) -> String {
        let tidy = tidied(path)
        guard tidy != "/", let slash = tidy.lastIndex(of: "/") else { return tidy == "/" ? tidy : "" }
        return slash == tidy.startIndex ? "/" : String(tidy[..<slash])
    }

    /// "b.yaml" → "yaml"; ".hidden" and ".." have none.
    package static func pathExtension(_ path: String) -> String {
        let tidy = tidied(path)
        guard let dot = extensionDot(tidy) else { return "" }
        return String(tidy[tidy.index(after: dot)...])
    }

    /// "/a/b.yaml" → "/a/b".
    package static func deletingExtension(_ path: String) -> String {
        let tidy = tidied(path)
        guard let dot = extensionDot(tidy) else { return tidy }
        return String(tidy[..<dot])
    }

    /// `component` inside `folder`: "a" and "b" → "a/b", "a/" and "b" → "a/b" (nothing else is
    /// tidied).
    package static func joining(_ folder: String, _ component: String) -> String {
        if component.isEmpty { return folder }
        if folder.isEmpty { return component }
        return folder.hasSuffix("/") ? folder + component : folder + "/" + component
    }

    /// Runs of "/" made one, and a trailing "/" dropped unless it is the whole path.
    private static func tidied(_ path: String) -> String {
        var out = ""
        var previous: Character?
        for character in path where !(character == "/" && previous == "/") {
            out.append(character)
            previous = character
        }
        if out.count > 1, out.hasSuffix("/") { out.removeLast() }
        return out
    }

    /// The "." that starts the extension of a tidied path's last component, if it has one.
    private static func extensionDot(_ tidy: String) -> String.Index? {
        guard tidy.count > 1 else { return nil }
        let start = tidy.lastIndex(of: "/").map { tidy.index(after: $0) } ?? tidy.startIndex
        guard let dot = tidy[start...].lastIndex(of: "."), dot != start else { return nil }
        if tidy[start...] == ".." { return nil }
        return dot
    }
}
