// PseudoTerminalTesting: a small library for driving programs in a
// pseudo-terminal (or through pipes) from tests, used only by the test
// targets.
//
// - PseudoTerminal: a pty pair; type keys into it, read what the program
//   shows (its OutputReader), inspect its settings (TerminalSettings).
// - ChildProcess: starts a program in a new session with the terminal as its
//   controlling terminal (so Ctrl-C raises SIGINT), or on pipes, and waits
//   for it to end.
// - OutputReader: collects output up to a deadline and waits for text.
// - FileDescriptors, TemporaryDirectory, SystemCallError: helpers.
//
// Nothing here knows about any particular program. Deadlines only keep a
// broken test from hanging; nothing here measures time.
