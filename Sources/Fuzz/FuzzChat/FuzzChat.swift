// libFuzzer target: lines typed in the chat, read as answers to every question, as facts, and
// as commands by a conversation; what the conversation would save must read back; the bytes
// as a saved conversation file. Any line must get a reply — never a trap.
import AdvisorKit
import Foundation
import FuzzReplay

let engine: Engine? = (try? DefaultRules.load()).map { Engine(ruleBase: $0) }

#if FUZZING
/// libFuzzer's entry point: one input, 0 when it was handled.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEntry(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt { fuzzChat(bytes, count) }
#endif

func fuzzChat(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let engine else { return 0 }
    let line = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    for question in engine.ruleBase.questions {
        if case .answer(let value) = PlainAnswerReader.read(line, for: question), case .integer(let number) = value,
            case .integer(let range, _) = question.kind
        {
            precondition(range.contains(number), "an answer must be in range")
        }
    }
    _ = PlainAnswerReader.facts(in: line, questions: engine.ruleBase.questions)
    var conversation = Conversation(engine: engine)
    _ = conversation.start()
    for part in line.split(separator: "\n", maxSplits: 8) {
        _ = conversation.handle(String(part))
        _ = conversation.completions(forTextBeforeCursor: String(part))
    }
    // What the chat would save reads back to the same state.
    if let saved = conversation.saved(at: Date(timeIntervalSince1970: 0)) {
        let reread = try? SavedConversation.decode(saved.encoded())
        precondition(reread == saved, "a saved conversation must read back")
        let restored = try? Conversation.restoring(saved, engine: engine)
        precondition(
            restored?.conversation.answers == conversation.answers && restored?.conversation.dontKnow == conversation.dontKnow,
            "a saved conversation must restore its answers")
    }
    _ = try? SavedConversation.decode(Data(UnsafeBufferPointer(start: bytes, count: count)))
    return 0
}

#if FUZZING
@_cdecl("FuzzChat_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzzEntry)
}
#else
@main enum Replay {
    static func main() { FuzzReplay.run(fuzzChat) }
}
#endif
