/// Finds the known name closest to a misspelt one, for "did you mean …?" hints.
public enum DidYouMean {
    /// The candidate nearest to `name`, when it is near enough to be a plausible typo.
    public static func suggestion(for name: String, among candidates: [String]) -> String? {
        // Far longer than every candidate, it is no typo of one (the edit distance would exceed
        // the tolerance); skipping it keeps a megabyte-long key from costing seconds.
        let longest = candidates.map(\.utf8.count).max() ?? 0
        guard name.utf8.count <= 8 * (longest + 1) else { return nil }
        let lowered = name.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let tolerance = max(1, min(lowered.count, best.candidate.count) / 3)
        if best.distance <= tolerance { return best.candidate }
        // A prefix or a longer word that contains it ("user" → "users", "fixed" → "prefer_fixed").
        if lowered.count >= 3,
            let containing = candidates.first(where: { $0.lowercased().hasPrefix(lowered) || $0.lowercased().contains(lowered) })
        {
            return containing
        }
        return nil
    }

    /// " (did you mean 'x'?)" or an empty string.
    public static func hint(for name: String, among candidates: [String]) -> String {
        suggestion(for: name, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Levenshtein distance with transpositions counted as one edit.
    package static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.unicodeScalars), b = Array(rhs.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
