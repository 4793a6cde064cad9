import AdvisorAuthoring
import AdvisorEngine
import AdvisorModel

/// The cost estimate, and the rule check for authors.
extension AdvisorToolbox {
    /// `estimate_costs`: every option's yearly cost for the answers, as `--costs` gives it.
    func estimateCosts(_ arguments: ToolArguments) throws(ToolInputError) -> ToolResult {
        let decoded = try arguments.answers(in: ruleBase)
        guard let assumptions = try costsInForce(arguments, wanted: true) else {
            throw ToolInputError("the rule base has no cost model (a 'costs' section), so there is no estimate")
        }
        let advice = try? engine.advise(decoded.answers)
        do {
            let report = try CostReport(engine: engine, assumptions: assumptions, answers: decoded.answers, advice: advice)
            return success(
                [
                    ("recommendation", advice.map { describe(option: $0.recommendation) } ?? .null),
                    ("open_questions", .array(report.openQuestions.map { .string(ruleBase.questions[$0].id) })),
                ] + CostJSON.fields(report))
        } catch {
            throw ToolInputError(AnswersReportError.costsNeedAnswers(error).message(in: ruleBase))
        }
    }

    /// `check_rules`: the diagnostics of `advisor rules check` for the rule folder `folder`.
    func checkRules(_ arguments: ToolArguments) throws(ToolInputError) -> ToolResult {
        let folder = try arguments.text("folder", expecting: "the path of a folder of .yaml rule files")
        let files: [RuleFile]
        do {
            files = try FileReader.ruleFiles(in: folder)
        } catch {
            throw ToolInputError("folder: \(error.description)")
        }
        guard !files.isEmpty else { throw ToolInputError("folder: \(folder) holds no .yaml rule files") }
        let report = RuleBaseChecker.check(files)
        let checked = report.ruleBase?.identity
        return success([
            ("folder", .string(folder)),
            ("checked", checked.map { .object([("name", .string($0.name)), ("digest", .string($0.digest))]) } ?? .null),
            ("errors", .number(report.errorCount)),
            ("warnings", .number(report.warningCount)),
            ("diagnostics", DiagnosticRenderer.jsonValue(report.diagnostics)),
        ])
    }
}
