/// Literal search and replace, as Foundation's `range(of:)` and `replacingOccurrences(of:with:)`
/// do it for the plain-text targets this code looks for.
///
/// Matching goes scalar by scalar, so "\n" is found inside "\r\n"; a match followed by a
/// non-base character (a combining mark) is skipped, since the mark belongs to the match's last
/// letter: "=" is not found in "=\u{301}".
extension StringProtocol {
    /// The first range of `target` in the text, or nil (also for an empty target).
    package func firstRange(ofLiteral target: String) -> Range<String.Index>? {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        while start < scalars.endIndex {
            if let end = scalars.matchEnd(of: target, at: start) { return start..<end }
            scalars.formIndex(after: &start)
        }
        return nil
    }

    /// The last range of `target` in the text (the one that starts last), or nil.
    package func lastRange(ofLiteral target: String) -> Range<String.Index>? {
        let scalars = unicodeScalars
        var start = scalars.endIndex
        while start > scalars.startIndex {
            scalars.formIndex(before: &start)
            if let end = scalars.matchEnd(of: target, at: start) { return start..<end }
        }
        return nil
    }

    /// The text with every occurrence of `target` replaced, left to right, without overlaps.
    package func replacingAll(_ target: String, with replacement: String) -> String {
        let scalars = unicodeScalars
        var out = String.UnicodeScalarView()
        var copied = scalars.startIndex
        var start = scalars.startIndex
        while start < scalars.endIndex {
            if let end = scalars.matchEnd(of: target, at: start) {
                out.append(contentsOf: scalars[copied..<start])
                out.append(contentsOf: replacement.unicodeScalars)
                copied = end
                start = end
            } else {
                scalars.formIndex(after: &start)
            }
        }
        guard copied > scalars.startIndex else { return String(self) }
        out.append(contentsOf: scalars[copied...])
        return String(out)
    }
}

extension Collection where Element == Unicode.Scalar, Index == String.Index {
    /// Where a match of `target` that starts at `start` ends, or nil when there is none.
    fileprivate func matchEnd(of target: String, at start: Index) -> Index? {
        var index = start
        var matched = false
        for scalar in target.unicodeScalars {
            guard index < endIndex, self[index] == scalar else { return nil }
            formIndex(after: &index)
            matched = true
        }
        guard matched else { return nil }
        if index < endIndex, Folding.isNonBase(self[index]) { return nil }
        return index
    }
}
