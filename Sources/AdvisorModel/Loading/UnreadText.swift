import Yams

/// What loading could not read: the text of a rule file that fails to parse (or whose top level
/// is not a mapping), and what stands under a top-level key that is not known. A question, option,
/// claim or section named there might be defined there, so a rule that names one is not also
/// reported for naming something unknown: the one message is the file's own (one mistake, one
/// message). A name found nowhere in it is still reported.
package struct UnreadText {
    /// The words of the unread text: runs of letters, digits and underscores.
    private var words: Set<String> = []

    package init() {}

    /// True when nothing was left unread.
    package var isEmpty: Bool { words.isEmpty }

    /// Adds the text of a file that could not be read.
    package mutating func add(_ text: String) {
        words.formUnion(Self.words(of: text))
    }

    /// Adds every scalar (keys too) of a part of a file that was not read.
    package mutating func add(_ node: Node) {
        switch node {
        case .scalar(let scalar): add(scalar.string)
        case .sequence(let sequence):
            for item in sequence { add(item) }
        case .mapping(let mapping):
            for (key, value) in mapping {
                add(key)
                add(value)
            }
        case .alias: break
        }
    }

    /// True when `name` (an id, or a text such as "Article, Section") might be defined in the
    /// unread text: each of its words occurs there.
    package func mightDefine(_ name: String) -> Bool {
        let parts = Self.words(of: name)
        return !parts.isEmpty && parts.allSatisfy { words.contains($0) }
    }

    private static func words(of text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
    }
}
