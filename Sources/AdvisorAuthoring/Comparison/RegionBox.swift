import AdvisorModel
import BigInt

/// Groups the combinations whose recommendation changed into few, readable boxes.
///
/// A box takes, for each question, a set of value indices (for numbers, a run of consecutive
/// stretches, which may span the gap between two ranges apart: the region then names both
/// runs of numbers), and holds every combination of them. Boxes start as the cells of the search (or,
/// when they hold few combinations, as single combinations, which merge into the fewest boxes) and are
/// merged while two of them with the same change differ in one question only:
/// first along number questions (adjacent stretches become one range), then along whichever
/// question merges the most boxes, repeatedly, until nothing merges. Number questions merge only into unbroken ranges; yes/no
/// and choice questions merge freely (a box then lists the values, or all of them).
package struct RegionBox: Hashable {
    /// For each question, the value indices the box covers, sorted.
    package var sets: [[Int]]
    package var from: OptionIndex
    package var to: OptionIndex

    /// How many combinations of the comparison space the box holds.
    package var count: BigUInt { sets.reduce(BigUInt(1)) { $0 * BigUInt($1.count) } }

    package static func merged(_ boxes: [RegionBox], in space: ComparisonSpace) -> [RegionBox] {
        var boxes = boxes
        let numbers = space.questions.indices.filter { !space.stretches[$0].isEmpty }
        for question in numbers { boxes = merge(boxes, along: question, isNumber: true) }
        // Then along whichever question merges most, until none merges any more (ties: the first question).
        while true {
            var best: [RegionBox]?
            for question in space.questions.indices {
                let merged = merge(boxes, along: question, isNumber: !space.stretches[question].isEmpty)
                if merged.count < (best ?? boxes).count { best = merged }
            }
            guard let next = best else { return boxes }
            boxes = next
        }
    }

    /// Merges boxes that agree on everything but `question`.
    private static func merge(_ boxes: [RegionBox], along question: QuestionIndex, isNumber: Bool) -> [RegionBox] {
        var groups: [RegionBox: [[Int]]] = [:]
        var order: [RegionBox] = []
        for box in boxes {
            var key = box
            key.sets[question] = []
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(box.sets[question])
        }
        var result: [RegionBox] = []
        for key in order {
            let sets = groups[key] ?? []
            for set in isNumber ? runs(sets) : [Array(Set(sets.joined())).sorted()] {
                var box = key
                box.sets[question] = set
                result.append(box)
            }
        }
        return result
    }

    /// Disjoint runs of consecutive indices joined where one ends just before the next begins.
    private static func runs(_ sets: [[Int]]) -> [[Int]] {
        var result: [[Int]] = []
        for set in sets.sorted(by: { ($0.first ?? 0) < ($1.first ?? 0) }) {
            if let last = result.last?.last, let first = set.first, first == last + 1 {
                result[result.count - 1] += set
            } else {
                result.append(set)
            }
        }
        return result
    }

    /// Sort key: the sets question by question, a question left open ("any") after specific ones.
    func orderKey(in space: ComparisonSpace) -> [Int] {
        var key: [Int] = []
        for (question, set) in sets.enumerated() {
            key += set.count == space.sizes[question] ? [Int.max] : set + [-1]
        }
        return key
    }
}
