// AdvisorKit: the one import for embedders. The advisor is built in targets along the flow of
// data, each importing only those below it:
//
//   AdvisorModel      questions, options, rules, claims; rule files, conditions, answers, diagnostics
//   AdvisorEngine     evaluation, exact reasoning, explanation, costs, rendering, batch lines,
//                     the built-in rules (the Z3 solver, Z3Solver, is loaded on first use)
//   AdvisorChat       the conversation and the plain-word reader
//   AdvisorAuthoring  the rule authors' tools: check, docs, diff
//
// Their public API is AdvisorKit's; what they share among themselves only is `package`.

@_exported import AdvisorAuthoring
@_exported import AdvisorChat
@_exported import AdvisorEngine
@_exported import AdvisorModel
