package cellio

import (
	"errors"
	"strings"
)

// Output is one rich output: a MIME bundle and its metadata. With a
// DisplayID it can be replaced later; Update says this Output replaces the
// one published earlier under the same DisplayID (update_display_data
// instead of display_data).
type Output struct {
	Data      map[string]any // MIME type → value (strings; base64 for binary images)
	Metadata  map[string]any
	DisplayID string
	Update    bool
}

// Cell is where one execution sends what it produces. A Cell stays valid
// after the execution returns: output written later (by a goroutine the
// cell started) still belongs to the request that started it.
type Cell interface {
	// Stream appends text to "stdout" or "stderr"; text is valid UTF-8 and
	// never splits a rune across calls. Stream, Display and ClearOutput may
	// wait while a frontend has a backlog, which slows a cell that prints
	// faster than the frontend reads down to its pace.
	Stream(name, text string)
	// Display publishes out (display_data, or update_display_data when
	// out.Update is set).
	Display(out Output)
	// ClearOutput clears the cell's output; with wait, only when new
	// output arrives.
	ClearOutput(wait bool)
	// Input asks the user for one line of text. It fails when the
	// frontend does not allow stdin.
	Input(prompt string, password bool) (string, error)
}

// Kind is the class of a cell's failure, the name a notebook shows for it
// (Jupyter's ename). Code that must act on a class of failure asks
// errors.Is(err, cellio.KeyboardInterrupt), never compares names.
type Kind string

func (k Kind) Error() string { return string(k) }

// The kinds of failure gogil itself tells apart. Others (a magic's own,
// such as "Deadlock") are just as valid: a Kind is any name.
const (
	SyntaxError       Kind = "SyntaxError"       // the code does not parse
	CompileError      Kind = "CompileError"      // it parses but does not type-check or compile
	Panic             Kind = "panic"             // a run-time panic
	KeyboardInterrupt Kind = "KeyboardInterrupt" // the user interrupted the cell
	Exit              Kind = "Exit"              // os.Exit or log.Fatal in a cell
	Busy              Kind = "Busy"              // the previous cell's native call had not returned
	UsageError        Kind = "UsageError"        // a magic used wrongly
	RecursionError    Kind = "RecursionError"    // one goroutine's stack passed its bound
	MemoryError       Kind = "MemoryError"       // the cell's goroutines together passed their bound
	Deadlock          Kind = "Deadlock"          // the cell's goroutines, or a holder of the interpreter lock, blocked for good

	CodeTooLarge       Kind = "CodeTooLarge"       // a cell over the bounds on bytes or tokens
	TypeRedefinition   Kind = "TypeRedefinition"   // a type declared again differently
	MethodRedefinition Kind = "MethodRedefinition" // a method declared again with another body
	NameError          Kind = "NameError"          // help asked for a name nobody defined
	SessionClosed      Kind = "SessionClosed"      // work asked of a session that was closed
	InternalError      Kind = "InternalError"      // gogil's own failure, never the cell's
)

// Error is a failed cell as a notebook shows it: ename, evalue, traceback.
type Error struct {
	Kind      Kind
	Value     string   // one line
	Traceback []string // lines, may hold ANSI colour codes; nil means "Kind: Value"
	// Unsupported says the cell ended on something Go runs and gogil's
	// interpreter cannot run as Go does (a gap, not the cell's own error),
	// after it began to run; for a CompileError, only that the cell had
	// begun to run (the interpreter compiles some code as it runs).
	Unsupported bool
}

// Failure returns an Error whose traceback is the message itself, the
// first line as "Kind: line" and the rest as they are.
func Failure(kind Kind, msg string) *Error {
	first, _, _ := strings.Cut(msg, "\n")
	return &Error{Kind: kind, Value: first, Traceback: strings.Split(string(kind)+": "+msg, "\n")}
}

// Name is the ename Jupyter shows.
func (e *Error) Name() string { return string(e.Kind) }

func (e *Error) Error() string { return string(e.Kind) + ": " + e.Value }

// Is lets errors.Is(err, kind) match an Error of that Kind. A nil *Error
// matches nothing, so errors.Is(failure, kind) is safe on a nil failure.
func (e *Error) Is(target error) bool {
	var k Kind
	return e != nil && errors.As(target, &k) && k == e.Kind
}

// Lines is the traceback to show: Traceback, or "Kind: Value" if it has none.
func (e *Error) Lines() []string {
	if e.Traceback != nil {
		return e.Traceback
	}
	return []string{e.Error()}
}
