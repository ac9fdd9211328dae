package gorun

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Case is one program of the corpus in one form.
type Case struct {
	Name string // NAME.go
	Form string // "program" or "cell"
	Code string
	// Want is what go run printed on stdout; Exit is the status the
	// program ended with (0: it returned from main).
	Want string
	Exit int
	// Stderr is what go run printed on stderr, when the program has a
	// NAME.stderr golden (most programs' stderr holds panics and times,
	// which no golden can hold): "" and false otherwise.
	Stderr    string
	HasStderr bool
	// Timed says the program waits on timers (time.Sleep, time.After,
	// tickers, context deadlines) or starts goroutines that may print
	// while main does: what it prints, and in which order, can depend on
	// how busy the machine is, for go run as for a cell. A test runs a
	// timed case once more when it printed something else, and fails when
	// the second run differs too.
	Timed bool
	// Cells is the cell form as a notebook user splits it: the
	// program's declarations in one cell, main's body in the next (nil
	// for the program form).
	Cells []string
}

// timers are the calls whose programs print what the clock or the
// scheduler decides (a go statement: a worker that prints "received job 1"
// before main's "sent all jobs" on a loaded machine): a textual test (a
// call in a comment counts), enough to allow a retry.
var timers = regexp.MustCompile(`\btime\.(Sleep|After|AfterFunc|Tick|NewTimer|NewTicker)\(|\bcontext\.With(Timeout|Deadline)(Cause)?\(|(?m)^\s*go\s+(func\b|[\w.]+\()`)

// Key names a case in tables of known gaps: "NAME.go/form".
func (c Case) Key() string { return c.Name + "/" + c.Form }

// Programs lists the corpus's programs in dir, sorted.
func Programs(dir string) ([]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err == nil && len(paths) == 0 {
		err = fmt.Errorf("no programs in %s", dir)
	}
	sort.Strings(paths)
	return paths, err
}

// Read gives a program's two cases, from its source and its golden files.
func Read(path string) ([]Case, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	base := strings.TrimSuffix(path, ".go")
	want, err := os.ReadFile(base + ".golden")
	if err != nil {
		return nil, fmt.Errorf("%w (go test -run 'TestGoRun/%s$' ./session/ -args -update writes it)", err, regexp.QuoteMeta(filepath.Base(path)))
	}
	exit, err := exitStatus(base + ".exit")
	if err != nil {
		return nil, err
	}
	stderr, err := os.ReadFile(base + ".stderr")
	hasStderr := err == nil
	if err != nil && !os.IsNotExist(err) {
		return nil, err
	}
	decls, body, err := asCells(path, src)
	if err != nil {
		return nil, err
	}
	cell := decls + body
	// A Jupyter stream is text: the kernel sends bytes that are not UTF-8
	// as U+FFFD, as ipykernel's decoding does.
	text := strings.ToValidUTF8(string(want), "\uFFFD")
	name := filepath.Base(path)
	errText := strings.ToValidUTF8(string(stderr), "\uFFFD")
	timed := timers.Match(src)
	return []Case{
		{Name: name, Form: "program", Code: string(src), Want: text, Exit: exit, Stderr: errText, HasStderr: hasStderr, Timed: timed},
		{Name: name, Form: "cell", Code: cell, Want: text, Exit: exit, Stderr: errText, HasStderr: hasStderr, Timed: timed, Cells: []string{decls, body}},
	}, nil
}

// exitStatus reads NAME.exit, written beside the golden when the status
// is not 0.
func exitStatus(path string) (int, error) {
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	return strconv.Atoi(strings.TrimSpace(string(b)))
}

// AsCell writes a program as a notebook cell: its imports and
// declarations, then main's body at the top level.
func AsCell(path string, src []byte) (string, error) {
	decls, body, err := asCells(path, src)
	return decls + body, err
}

// asCells is AsCell in two parts: the imports and declarations, and
// main's body.
func asCells(path string, src []byte) (decls, body string, err error) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, path, src, parser.ParseComments)
	if err != nil {
		return "", "", err
	}
	text := func(from, to token.Pos) string {
		return string(src[fset.Position(from).Offset:fset.Position(to).Offset])
	}
	var cell strings.Builder
	for _, d := range file.Decls {
		if fn, ok := d.(*ast.FuncDecl); ok && fn.Recv == nil && fn.Name.Name == "main" {
			body = text(fn.Body.Lbrace+1, fn.Body.Rbrace)
			continue
		}
		cell.WriteString(text(d.Pos(), d.End()) + "\n\n")
	}
	return cell.String(), dedent(body), nil
}

// dedent takes one tab off each line of main's body, but not off a line
// that a raw string literal continues onto: the tabs there are the
// string's own, and taking them would change what the program prints.
func dedent(body string) string {
	body = strings.Trim(body, "\n")
	inRaw := rawStringLines(body)
	lines := strings.Split(body, "\n")
	for i, l := range lines {
		if !inRaw[i] {
			lines[i] = strings.TrimPrefix(l, "\t")
		}
	}
	return strings.Join(lines, "\n") + "\n"
}

// rawStringLines lists the lines of src (by index) that begin inside a
// raw string literal.
func rawStringLines(src string) map[int]bool {
	fset := token.NewFileSet()
	file := fset.AddFile("", fset.Base(), len(src))
	var s scanner.Scanner
	s.Init(file, []byte(src), nil, 0)
	lines := map[int]bool{}
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			return lines
		}
		if tok != token.STRING || !strings.HasPrefix(lit, "`") {
			continue
		}
		first := file.Position(pos).Line
		for i := range strings.Count(lit, "\n") {
			lines[first+i] = true // the index of line first+i+1, counted from 1
		}
	}
}

// Update writes what `go run path` prints to its golden file, its exit
// status to NAME.exit when that is not 0, and its stderr (without go run's
// own last line) to NAME.stderr when that file exists.
func Update(path string) error {
	cmd := exec.Command("go", "run", filepath.Base(path))
	cmd.Dir = filepath.Dir(path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	base := strings.TrimSuffix(path, ".go")
	// go run reports a program's own exit status on its stderr's last
	// line and exits with 1 itself.
	var status int
	if _, scanErr := fmt.Sscanf(lastLine(stderr.String()), "exit status %d", &status); err != nil && (scanErr != nil || status == 0) {
		return fmt.Errorf("go run %s: %v\n%s", path, err, stderr.String())
	}
	if err := os.WriteFile(base+".golden", out, 0o644); err != nil {
		return err
	}
	if _, statErr := os.Stat(base + ".stderr"); statErr == nil {
		text := stderr.String()
		if err != nil {
			text = strings.TrimSuffix(text, lastLine(text)+"\n")
		}
		if err := os.WriteFile(base+".stderr", []byte(text), 0o644); err != nil {
			return err
		}
	}
	if err == nil {
		if rmErr := os.Remove(base + ".exit"); rmErr != nil && !os.IsNotExist(rmErr) {
			return rmErr
		}
		return nil
	}
	return os.WriteFile(base+".exit", []byte(strconv.Itoa(status)+"\n"), 0o644)
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}
