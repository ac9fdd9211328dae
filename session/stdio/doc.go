// Package stdio gives interpreted cells their standard streams: os.Pipe
// pairs whose readers forward what a cell writes to stdout and stderr, with
// a flush that returns once everything written before it has been handed
// on, and a stdin that asks for one line at a time.
//
// The interpreter needs *os.File streams: an io.Writer as its Stdout would
// leave os.Stdout inside cells pointing at the process's own. The pipe also
// gives back-pressure, so a chatty cell never buffers more than one 32 KiB
// chunk here. Text is handed on as valid UTF-8, and no rune is split across
// two chunks.
//
// It must not know yaegi, cells, sinks or the kernel: where text goes and
// where a line of input comes from are functions the session passes in.
// Recognising the interpreter's own lines in stderr (yaegi's panic frames)
// is the session's business, done in the function it passes.
package stdio
