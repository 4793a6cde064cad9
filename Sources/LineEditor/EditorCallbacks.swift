import CEditLine

/// The state libedit's C callbacks need: the prompt text and the completion
/// closure. libedit holds it as `EL_CLIENTDATA` (an unretained pointer); the
/// ``LineEditor`` owning the `EditLine` keeps it alive.
final class EditorCallbacks {
    var completion: LineEditor.Completion?
    private(set) var promptText: String = ""
    /// NUL-terminated copy of ``promptText`` that libedit reads from.
    private var promptStorage: UnsafeMutablePointer<CChar>
    private let outputDescriptor: Int32

    init(completion: LineEditor.Completion?, outputDescriptor: Int32) {
        self.completion = completion
        self.outputDescriptor = outputDescriptor
        self.promptStorage = Self.copyCString("")
    }

    deinit {
        promptStorage.deallocate()
    }

    /// Registers the prompt and completion callbacks on `editLine`.
    func attach(to editLine: OpaquePointer) {
        _ = ceditline_set_client_data(editLine, Unmanaged.passUnretained(self).toOpaque())
        _ = ceditline_set_prompt(editLine, editLinePrompt)
        _ = ceditline_add_function(editLine, "lineeditor-complete", "Complete the word before the cursor", editLineComplete)
        _ = ceditline_bind(editLine, "^I", "lineeditor-complete")
    }

    /// The object registered with ``attach(to:)`` on `editLine`.
    static func registered(on editLine: OpaquePointer?) -> EditorCallbacks? {
        guard let editLine, let data = ceditline_client_data(editLine) else { return nil }
        return Unmanaged<EditorCallbacks>.fromOpaque(data).takeUnretainedValue()
    }

    func setPrompt(_ prompt: String) {
        guard prompt != promptText else { return }
        promptText = prompt
        promptStorage.deallocate()
        promptStorage = Self.copyCString(prompt)
    }

    /// The prompt's bytes; valid until the next ``setPrompt(_:)``.
    func promptPointer() -> UnsafeMutablePointer<CChar> {
        promptStorage
    }

    private static func copyCString(_ text: String) -> UnsafeMutablePointer<CChar> {
        let bytes = text.utf8CString
        let storage = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
        for (offset, byte) in bytes.enumerated() {
            (storage + offset).initialize(to: byte)
        }
        return storage
    }

    /// Handles Tab: asks ``completion`` and edits the line or lists candidates.
    func complete(on editLine: OpaquePointer) -> Int32 {
        guard let completion, let lineInfo = el_line(editLine) else { return CC_ERROR }
        let info = lineInfo.pointee
        guard let start = info.buffer, let cursor = info.cursor else { return CC_ERROR }
        let textBeforeCursor = String(
            decoding: UnsafeRawBufferPointer(start: start, count: cursor - start),
            as: UTF8.self
        )
        switch CompletionPlan.make(textBeforeCursor: textBeforeCursor, candidates: completion(textBeforeCursor)) {
        case .edit(let deleting, let inserting):
            if deleting > 0 {
                el_deletestr(editLine, Int32(clamping: deleting))
            }
            if !inserting.isEmpty && el_insertstr(editLine, inserting) != 0 {
                return CC_ERROR
            }
            return CC_REFRESH
        case .list(let candidates):
            writeOutput("\n" + candidates.joined(separator: "  ") + "\n")
            return CC_REDISPLAY
        case .nothing:
            return CC_ERROR
        }
    }

    /// Writes `text` straight to the terminal (libedit has flushed its own output).
    func writeOutput(_ text: String) {
        Platform.write(outputDescriptor, Array(text.utf8))
    }
}

/// libedit's `EL_PROMPT` callback.
private func editLinePrompt(_ editLine: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
    EditorCallbacks.registered(on: editLine)?.promptPointer()
}

/// libedit's editor function bound to Tab.
private func editLineComplete(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    guard let editLine, let callbacks = EditorCallbacks.registered(on: editLine) else {
        return UInt8(CC_ERROR)
    }
    return UInt8(clamping: callbacks.complete(on: editLine))
}
