package magics

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"strings"

	"github.com/gogil/gogil/display"
	"github.com/gogil/gogil/kernel"
	"github.com/gogil/gogil/session"
)

// Options configure the layer.
type Options struct {
	Version string // gogil's version, for kernel_info_reply
}

// Layer is gogil's kernel.Interpreter: magics on top of a Go session.
type Layer struct {
	session *session.Session
	version string
	magics  map[string]magic
}

// run executes code (the cell with its magic lines blanked out).
type run func(ctx context.Context, code string) kernel.Outcome

// magic is one entry of the table that %lsmagic lists.
type magic struct {
	cell    bool // %%name applies to the whole cell; %name is a line magic
	usage   string
	summary string
	// wrap returns next with the magic around it. args are the words after
	// the magic's name; out is the cell's output.
	wrap func(args []string, out kernel.Cell, next run) (run, error)
}

// New starts a Go session with magics on top.
func New(opts Options) (*Layer, error) {
	s, err := session.New(session.Options{})
	if err != nil {
		return nil, err
	}
	l := &Layer{session: s, version: opts.Version}
	l.magics = map[string]magic{
		"lsmagic": {usage: "%lsmagic", summary: "list the available magics", wrap: l.lsmagic},
		"time":    {cell: true, usage: "%%time", summary: "time the cell: CPU (user, sys) and wall time, as IPython prints them", wrap: timeMagic},
	}
	return l, nil
}

// Info describes gogil for kernel_info_reply.
func (l *Layer) Info() kernel.LanguageInfo {
	level := l.session.LanguageVersion()
	return kernel.LanguageInfo{
		Implementation:        "gogil",
		ImplementationVersion: l.version,
		Name:                  "go",
		Version:               level,
		MIMEType:              "text/x-go",
		FileExtension:         ".go",
		PygmentsLexer:         "go",
		CodeMirrorMode:        "go",
		Banner: fmt.Sprintf("gogil %s: Go %s cells (yaegi interpreter, built with %s) with a model of CPython's GIL.\n"+
			"Magics: %%lsmagic lists them.", l.version, level, runtime.Version()),
		HelpLinks: []kernel.HelpLink{
			{Text: "Go language specification", URL: "https://go.dev/ref/spec"},
			{Text: "Go standard library", URL: "https://pkg.go.dev/std"},
			{Text: "yaegi (the Go interpreter)", URL: "https://github.com/traefik/yaegi"},
		},
	}
}

// Execute runs a cell: its magics, outermost first, around the Go code.
func (l *Layer) Execute(ctx context.Context, req kernel.ExecuteInput, cell kernel.Cell) kernel.Outcome {
	if outcome, ok := l.shortcut(req.Code); ok {
		return outcome
	}
	p, err := parse(req.Code)
	if err != nil {
		return usageError(err.Error() + "\n" + l.listing())
	}
	sink := sinkAdapter{cell}
	next := run(func(ctx context.Context, code string) kernel.Outcome {
		res, failure := l.session.Execute(ctx, session.Cell{Code: code}, sink)
		return outcome(res, failure)
	})
	for _, inv := range p.magics {
		if inv.cell && p.empty() {
			return usageError(fmt.Sprintf("%s is a cell magic, but the cell body is empty.", spell(inv)))
		}
	}
	for i := len(p.magics) - 1; i >= 0; i-- {
		inv := p.magics[i]
		m, ok := l.magics[inv.name]
		if !ok || m.cell != inv.cell {
			return usageError(fmt.Sprintf("line %d: unknown magic %s\n%s", inv.line, spell(inv), l.listing()))
		}
		next, err = m.wrap(inv.args, cell, next)
		if err != nil {
			return usageError(fmt.Sprintf("line %d: %s: %v\nusage: %s", inv.line, spell(inv), err, m.usage))
		}
	}
	return next(ctx, p.code)
}

func spell(inv invocation) string {
	if inv.cell {
		return "%%" + inv.name
	}
	return "%" + inv.name
}

func usageError(msg string) kernel.Outcome {
	first, _, _ := strings.Cut(msg, "\n")
	return kernel.Outcome{Err: &kernel.Error{Name: "UsageError", Value: first, Traceback: strings.Split("UsageError: "+msg, "\n")}}
}

// listing is what %lsmagic prints, and what an unknown magic is told.
func (l *Layer) listing() string {
	var lines []string
	for _, m := range l.magics {
		lines = append(lines, fmt.Sprintf("  %-24s %s", m.usage, m.summary))
	}
	sort.Strings(lines)
	return "Available magics:\n" + strings.Join(lines, "\n")
}

func (l *Layer) lsmagic(args []string, out kernel.Cell, next run) (run, error) {
	if len(args) > 0 {
		return nil, fmt.Errorf("takes no arguments")
	}
	return func(ctx context.Context, code string) kernel.Outcome {
		out.Stream("stdout", l.listing()+"\n")
		return next(ctx, code)
	}, nil
}

// Complete, Inspect and IsComplete see the cell with its magic lines
// blanked out, so offsets stay those of the cell.
func (l *Layer) Complete(code string, cursor int) kernel.Completion {
	matches, start, end := l.session.Complete(codeOf(code), cursor)
	return kernel.Completion{Matches: matches, CursorStart: start, CursorEnd: end}
}

func (l *Layer) Inspect(code string, cursor int, detail int) kernel.Inspection {
	text, found := l.session.Inspect(codeOf(code), cursor, detail)
	if !found {
		return kernel.Inspection{}
	}
	return kernel.Inspection{Found: true, Data: map[string]any{"text/plain": text}}
}

func (l *Layer) IsComplete(code string) kernel.Completeness {
	p, err := parse(code)
	if err != nil {
		return kernel.Completeness{Status: "invalid"}
	}
	status, indent := l.session.IsComplete(p.code)
	return kernel.Completeness{Status: status, Indent: indent}
}

func (l *Layer) Shutdown(restart bool) { l.session.Close() }

// codeOf blanks a cell's magic lines; a malformed magic line is left as it
// is, for the Go side to ignore.
func codeOf(cell string) string {
	p, err := parse(cell)
	if err != nil {
		return cell
	}
	return p.code
}

// outcome turns the session's result into the kernel's.
func outcome(res session.Result, failure *session.Error) kernel.Outcome {
	if failure != nil {
		return kernel.Outcome{Err: &kernel.Error{Name: failure.Name, Value: failure.Value, Traceback: failure.Traceback}}
	}
	if res.Value == nil {
		return kernel.Outcome{}
	}
	d := displayData(*res.Value)
	return kernel.Outcome{Result: &d}
}

func displayData(o display.Output) kernel.DisplayData {
	return kernel.DisplayData{Data: o.Data, Metadata: o.Metadata, DisplayID: o.DisplayID, Update: o.Update}
}

// sinkAdapter lets the session write to a kernel cell without knowing the
// kernel.
type sinkAdapter struct{ cell kernel.Cell }

func (s sinkAdapter) Stream(name, text string) { s.cell.Stream(name, text) }
func (s sinkAdapter) Display(o display.Output) { s.cell.Display(displayData(o)) }
func (s sinkAdapter) ClearOutput(wait bool)    { s.cell.ClearOutput(wait) }
func (s sinkAdapter) Input(prompt string, password bool) (string, error) {
	return s.cell.Input(prompt, password)
}
