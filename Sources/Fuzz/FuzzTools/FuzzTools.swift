// libFuzzer target: the tool calls of `advisor mcp` as bytes.
//
// An input that decodes as a call's parameters ({"name": …, "arguments": …}) is called as the
// server calls it; any other input is read as an owner's words by `read_answer`, for every
// question. Any input must end in a result or a protocol error — never a trap — and every
// result must name the rule base; a tool error must say what is wrong.
import AdvisorKit
import AdvisorMCP
import AdvisorTools
import Foundation
import FuzzReplay
import MCP

let toolbox: AdvisorToolbox? = (try? DefaultRules.load()).map { ruleBase in
    AdvisorToolbox(engine: Engine(ruleBase: ruleBase), costs: DefaultRules.costModel(of: ruleBase).map { CostAssumptions(model: $0) })
}

#if FUZZING
/// libFuzzer's entry point: one input, 0 when it was handled.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEntry(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt { fuzzTools(bytes, count) }
#endif

func fuzzTools(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let toolbox else { return 0 }
    let data = Data(bytes: bytes, count: count)
    if let parameters = try? JSONDecoder().decode(CallTool.Parameters.self, from: data) {
        check(try? AdvisorMCPServer.call(toolbox, parameters), named: parameters.name)
        return 0
    }
    let words = String(decoding: data, as: UTF8.self)
    for question in toolbox.ruleBase.questions {
        let parameters = CallTool.Parameters(name: "read_answer", arguments: ["question": .string(question.id), "text": .string(words)])
        check(try? AdvisorMCPServer.call(toolbox, parameters), named: "read_answer")
    }
    return 0
}

/// A result names the rule base and says something; nil (a protocol error) only for an unknown tool.
func check(_ result: CallTool.Result?, named name: String) {
    guard let result else {
        precondition(!AdvisorToolbox.toolNames.contains(name), "a known tool must answer with a result")
        return
    }
    guard case .object(let fields)? = result.structuredContent, case .object(let ruleBase)? = fields["rule_base"] else {
        preconditionFailure("every result names the rule base")
    }
    precondition(ruleBase["digest"] != nil, "every result names the rule base's digest")
    if result.isError == true {
        guard case .text(let text, _, _)? = result.content.first else { preconditionFailure("a tool error has a message") }
        precondition(!text.isEmpty, "a tool error must say what is wrong")
    }
}

#if FUZZING
@_cdecl("FuzzTools_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzzEntry)
}
#else
@main enum Replay {
    static func main() { FuzzReplay.run(fuzzTools) }
}
#endif
