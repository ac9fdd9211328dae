package kernel

import "context"

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
	Execute(ctx context.Context, req ExecuteInput, cell Cell) Outcome

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

// Cell is where one execution sends what it produces. A Cell stays valid
// after Execute returns: output written later (by a goroutine the cell
// started) is still published under the request that started it.
type Cell interface {
	// Stream appends text to "stdout" or "stderr". It, Display and
	// ClearOutput may wait while a frontend has a backlog, which slows a
	// cell that prints faster than the frontend reads down to its pace.
	Stream(name, text string)
	// Display publishes display_data, or update_display_data when
	// d.Update is set (d.DisplayID names the output to replace).
	Display(d DisplayData)
	// ClearOutput clears the cell's output; with wait, only when new output
	// arrives.
	ClearOutput(wait bool)
	// Input asks the frontend for a line of text (input_request on stdin).
	// It fails when the request did not allow stdin.
	Input(prompt string, password bool) (string, error)
}

// DisplayData is one rich output: a MIME bundle with its metadata.
type DisplayData struct {
	Data      map[string]any // MIME type → JSON value (strings for text and base64 images)
	Metadata  map[string]any
	DisplayID string // optional: lets a later Display with Update replace it
	Update    bool
}

// Outcome is the result of an execution.
type Outcome struct {
	// Result is the value of a trailing expression, if any (execute_result).
	Result *DisplayData
	// Err is set when the cell failed; the kernel publishes it as an error
	// message and replies with status "error".
	Err *Error
	// Payload asks the frontend for an action (execute_reply's payload):
	// for instance {"source": "page", ...} to show help in a pager, or
	// {"source": "ask_exit", ...} to end a console.
	Payload []map[string]any
}

// Error is a failure as Jupyter shows it.
type Error struct {
	Name      string   // ename, e.g. "CompileError", "panic", "KeyboardInterrupt"
	Value     string   // evalue, one line
	Traceback []string // lines, may contain ANSI colour codes
}

func (e *Error) Error() string { return e.Name + ": " + e.Value }

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
