package kernel

import (
	"context"

	"github.com/gogil/gogil/cellio"
)

// Interpreter is the one seam between the protocol and a language. The kernel
// calls Execute for one request at a time, in order, on the shell goroutine;
// Complete, Inspect and IsComplete may be called between executions (never
// concurrently with each other). Implementations must not know about
// ZeroMQ: everything they emit goes through the Cell they are given.
type Interpreter interface {
	// Info describes the language for kernel_info_reply.
	Info() LanguageInfo

	// Execute runs one cell. Output (streams, displays, input requests) goes
	// through cell while the code runs; the returned Outcome says whether
	// it succeeded and carries the value of a trailing expression. ctx is
	// cancelled when the user interrupts the kernel.
	Execute(ctx context.Context, req ExecuteInput, cell cellio.Cell) Outcome

	// Complete lists the completions at cursor (a rune offset into code).
	Complete(code string, cursor int) Completion

	// Inspect describes the symbol at cursor; detail is 0 or 1.
	Inspect(code string, cursor int, detail int) Inspection

	// IsComplete tells a console whether code is ready to run.
	IsComplete(code string) Completeness

	// Shutdown releases what the interpreter holds; restart says whether a
	// new kernel will follow.
	Shutdown(restart bool)
}

// ExecuteInput is what an Interpreter needs to know of an execute_request.
type ExecuteInput struct {
	Code           string
	Silent         bool
	StoreHistory   bool
	AllowStdin     bool
	ExecutionCount int // the count this execution will be reported under
}

// Outcome is the result of an execution.
type Outcome struct {
	// Result is the value of a trailing expression, if any (execute_result).
	Result *cellio.Output
	// Err is set when the cell failed; the kernel publishes it as an error
	// message and replies with status "error".
	Err *cellio.Error
	// Payload asks the frontend for an action (execute_reply's payload):
	// for instance {"source": "page", ...} to show help in a pager, or
	// {"source": "ask_exit", ...} to end a console.
	Payload []map[string]any
}

// Completion answers complete_request.
type Completion struct {
	Matches     []string
	CursorStart int // rune offsets into the code
	CursorEnd   int
	Metadata    map[string]any
}

// Inspection answers inspect_request.
type Inspection struct {
	Found bool
	Data  map[string]any // usually {"text/plain": ...}
}

// Completeness answers is_complete_request.
type Completeness struct {
	Status string // "complete", "incomplete", "invalid" or "unknown"
	Indent string // with "incomplete": what the next line should start with
}

// LanguageInfo fills kernel_info_reply.
type LanguageInfo struct {
	Implementation        string // e.g. "gogil"
	ImplementationVersion string
	Name                  string // "go"
	Version               string // the language level, e.g. "1.22"
	MIMEType              string
	FileExtension         string
	PygmentsLexer         string
	CodeMirrorMode        string
	Banner                string
	HelpLinks             []HelpLink
}

// HelpLink is one entry of kernel_info_reply's help_links.
type HelpLink struct {
	Text string `json:"text"`
	URL  string `json:"url"`
}
