import AdvisorKit

/// The counts of a batch run, added up chunk by chunk, and the summary printed at the end.
struct BatchSummary {
    var cases = 0
    var errors = 0
    var recommended: [Int]
    var warnings: [String] = []
    var warningCount = 0
    var inputBytes = 0

    init(optionCount: Int) {
        recommended = Array(repeating: 0, count: optionCount)
    }

    mutating func add(_ output: ChunkOutput) {
        cases += output.cases
        errors += output.errors
        for (option, count) in output.recommended.enumerated() { recommended[option] += count }
        warningCount += output.warningCount
        for warning in output.warnings where warnings.count < BatchWorker.warningsKept { warnings.append(warning) }
        inputBytes += output.inputBytes
    }

    mutating func add(warnings more: [String]) {
        warningCount += more.count
        for warning in more where warnings.count < BatchWorker.warningsKept { warnings.append(warning) }
    }

    /// The lines for standard error: the first warnings, then one line of counts, such as
    /// `advisor: 5 cases, 1 error; recommended: sole_proprietor 0, break_fix 3, managed_services 1, in_house 0`.
    func lines(options: [SupportOption]) -> [String] {
        var lines = warnings.map { "advisor: warning: \($0)" }
        if warningCount > warnings.count {
            lines.append("advisor: warning: … and \(Prose.grouped(warningCount - warnings.count)) more")
        }
        let perOption = zip(options, recommended).map { "\($0.id) \(Prose.grouped($1))" }.joined(separator: ", ")
        let counts = "\(Prose.grouped(cases)) \(Prose.plural("case", cases)), \(Prose.grouped(errors)) \(Prose.plural("error", errors))"
        lines.append("advisor: \(counts); recommended: \(perOption)")
        return lines
    }
}
