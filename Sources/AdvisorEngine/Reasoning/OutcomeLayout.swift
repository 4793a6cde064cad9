/// Where each model's block lies in an outcome: `optionCounts[m]` points, then a fired flag.
package struct OutcomeLayout {
    let optionCounts: [Int]
    package let starts: [Int]
    package let width: Int

    package init(optionCounts: [Int]) {
        self.optionCounts = optionCounts
        var starts: [Int] = [], width = 0
        for count in optionCounts {
            starts.append(width)
            width += count + 1
        }
        self.starts = starts
        self.width = width
    }

    /// The index of the fired flag of `model`.
    package func fired(_ model: Int) -> Int { starts[model] + optionCounts[model] }

    /// Points add up; fired flags combine with "or".
    package func sum(_ first: [Int], _ second: [Int]) -> [Int] {
        var result = first
        for index in 0..<width { result[index] += second[index] }
        for model in optionCounts.indices { result[fired(model)] = min(1, result[fired(model)]) }
        return result
    }
}
