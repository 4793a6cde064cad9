import Yams

/// Reads the `cases` of a test file into `RuleTestCase`s.
///
///     cases:
///       - name: A handful of users who accept occasional bills
///         answers: {users: 4, variable_bills: accept, backup_monitoring: true}
///         expect:
///           recommendation: break_fix
///           ranks_above: [[break_fix, managed_services]]
///           caveats: [backups_unwatched]
package enum RuleTestCaseReader {
    package static func read(_ node: Node?, _ reader: NodeReader, ruleBase: RuleBase) -> [RuleTestCase] {
        var cases: [RuleTestCase] = []
        var names: [String: SourceLocation] = [:]
        for item in reader.list(node, "cases", in: "the test file") ?? [] {
            guard let fields = reader.fields(item, of: "a test case", allowed: ["name", "answers", "expect"], required: ["name", "answers", "expect"]),
                let name = reader.text(fields["name"], "name", in: "a test case"),
                let answersNode = fields["answers"], let expectNode = fields["expect"]
            else { continue }
            if let first = names[name] {
                reader.log.error(.duplicateID, "the test case '\(name)' is already defined at \(first)", at: reader.location(item))
                continue
            }
            names[name] = reader.location(item)
            let what = "test case '\(name)'"
            let answers = AnswerFile.decode(answersNode, reader: reader, ruleBase: ruleBase)
            guard
                let expect = reader.fields(
                    expectNode, of: "the 'expect' of \(what)", allowed: ["recommendation", "ranks_above", "caveats"], required: ["recommendation"]),
                let recommendationNode = expect["recommendation"],
                let recommendation = option(recommendationNode, what: what, reader, ruleBase)
            else { continue }
            var pairs: [RuleTestCase.OptionPair] = []
            var valid = answers != nil
            for pairNode in reader.list(expect["ranks_above"], "ranks_above", in: what) ?? [] {
                guard case .sequence(let pair) = pairNode, pair.count == 2 else {
                    reader.log.error(
                        .wrongType, "each entry of 'ranks_above' in \(what) must be a pair [higher, lower], found \(pairNode.shapeDescription)",
                        at: reader.location(pairNode))
                    valid = false
                    continue
                }
                guard let higher = option(pair[0], what: what, reader, ruleBase),
                    let lower = option(pair[1], what: what, reader, ruleBase)
                else {
                    valid = false
                    continue
                }
                pairs.append(.init(higher: higher, lower: lower))
            }
            var caveats: [RuleIndex]?
            if let caveatNodes = reader.list(expect["caveats"], "caveats", in: what) {
                caveats = []
                for caveatNode in caveatNodes {
                    guard let id = reader.text(caveatNode, "caveat", in: what) else { continue }
                    guard let index = ruleBase.rules.firstIndex(where: { $0.id == id && $0.caveat != nil }) else {
                        let caveatIDs = ruleBase.rules.filter { $0.caveat != nil }.map(\.id)
                        reader.log.error(
                            .unknownCaveat, "'\(id)' in \(what) is not a caveat rule\(DidYouMean.hint(for: id, among: caveatIDs))",
                            at: reader.location(caveatNode))
                        valid = false
                        continue
                    }
                    caveats?.append(index)
                }
            } else if expect["caveats"]?.isNull == true {
                caveats = []
            }
            guard valid, let answers else { continue }
            cases.append(
                RuleTestCase(
                    name: name, answers: answers, expectedRecommendation: recommendation, ranksAbove: pairs,
                    expectedCaveats: caveats, location: reader.location(item)))
        }
        return cases
    }

    private static func option(_ node: Node, what: String, _ reader: NodeReader, _ ruleBase: RuleBase) -> OptionIndex? {
        guard case .scalar(let scalar) = node else {
            reader.log.error(.wrongType, "expected an option id in \(what), found \(node.shapeDescription)", at: reader.location(node))
            return nil
        }
        if let index = ruleBase.optionIndex(scalar.string) { return index }
        let ids = ruleBase.options.map(\.id)
        reader.log.error(
            .unknownOption, "unknown option '\(scalar.string)' in \(what)\(DidYouMean.hint(for: scalar.string, among: ids))", at: reader.location(node))
        return nil
    }
}
