import Glibc
import LineEditor
import PseudoTerminalTesting
import Testing

@Suite("Terminal detection")
struct LineReaderFactoryTests {
    @Test func pipeIsNotATerminal() throws {
        let pipe = try FileDescriptors.makePipe()
        defer {
            close(pipe.read)
            close(pipe.write)
        }
        #expect(!LineReaderFactory.isTerminal(pipe.read))
        #expect(!LineReaderFactory.isTerminal(pipe.write))
    }

    @Test func pseudoTerminalIsATerminal() throws {
        let terminal = try PseudoTerminal()
        #expect(LineReaderFactory.isTerminal(terminal.slave))
    }

    @Test func closedDescriptorIsNotATerminal() {
        #expect(!LineReaderFactory.isTerminal(-1))
    }
}
