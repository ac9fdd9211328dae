package magics

import (
	"context"
	osexec "os/exec"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/internal/gorun"
	"github.com/gogil/gogil/kernel"
)

// programGaps are the go-run corpus's cases that end in an error even
// through the magics, where a cell the interpreter refuses runs as a
// program of its own: they fail at run time, after they printed a
// beginning (session/gorun_test.go's knownGaps says why for each). A case
// that starts to run right fails the test, so the table stays true.
var programGaps = map[string]bool{}

// programWrong are session/gorun_test.go's knownWrong: they print a
// wrong value without an error through the magics too (a bug each).
var programWrong = map[string]bool{}

// TestGoRunCorpusThroughTheMagics runs the go-run corpus (both forms of
// every program, then the cell form of those that met a gap split in two
// cells) the way the kernel runs a cell, and checks each prints what go run printed, or ends
// in an error having printed only a beginning of it; programGaps lists
// those of the first two forms.
func TestGoRunCorpusThroughTheMagics(t *testing.T) {
	requireGo(t)
	programs, err := gorun.Programs("../session/testdata/gorun")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var asPrograms, again, failed []string
	var cases []gorun.Case
	for _, path := range programs {
		cs, err := gorun.Read(path)
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, cs...)
	}
	total := len(cases)
	t.Run("corpus", func(t *testing.T) {
		record := func(t *testing.T, c gorun.Case, l *Layer, out kernel.Outcome, got string) {
			mu.Lock()
			switch l.ranAs {
			case ranRefused:
				asPrograms = append(asPrograms, c.Key())
			case ranAgain:
				again = append(again, c.Key())
			}
			if out.Err != nil && c.Exit == 0 {
				failed = append(failed, c.Key())
			}
			mu.Unlock()
			checkThroughMagics(t, c, out.Err, got)
		}
		runCorpusCases(t, cases, runThroughMagics, record)
	})
	for key := range programGaps {
		if !contains(failed, key) {
			t.Errorf("%s is in programGaps but runs right: take it out", key)
		}
	}
	t.Logf("%d cases: %d refused ran as programs of their own, %d ran again as programs after a gap, %d end in an error", total, len(asPrograms), len(again), len(failed))

	// The programs that met a gap, as a notebook user keeps them: the
	// declarations in one cell, main's body in the next. Where the second
	// meets the gap, its program takes the first cell's declarations
	// along where they are what the session holds (and the first keeps
	// for it declarations the interpreter cannot hold); otherwise it ends
	// in an error that names what it needs. Either way nothing prints a
	// wrong value. (Split, the others run in the interpreter:
	// session's TestGoRunSplitInTwoCells.)
	var split []gorun.Case
	for _, c := range cases {
		if c.Cells != nil && (contains(asPrograms, c.Key()) || contains(again, c.Key())) {
			split = append(split, c)
		}
	}
	var right, refused []string
	t.Run("split", func(t *testing.T) {
		check := func(t *testing.T, c gorun.Case, failure *cellio.Error, got string) {
			mu.Lock()
			if failure == nil && got == c.Want || c.Exit != 0 && got == c.Want {
				right = append(right, c.Key())
			} else {
				refused = append(refused, c.Key())
			}
			mu.Unlock()
			switch {
			case failure == nil && got != c.Want:
				t.Errorf("printed:\n%s\ngo run printed:\n%s", got, c.Want)
			case failure != nil && !strings.HasPrefix(c.Want, got):
				t.Errorf("printed what go run does not before its error (%s):\n%s", failure.Value, got)
			}
		}
		runCorpusCases(t, split, runSplitThroughMagics, func(t *testing.T, c gorun.Case, _ *Layer, out kernel.Outcome, got string) {
			check(t, c, out.Err, got)
		})
	})
	t.Logf("split in two cells, %d of the %d that met a gap run right, %d end in an error naming what the program cannot take", len(right), len(split), len(refused))
}

// runCorpusCases runs cases as subtests of t, each with run, and hands
// what each did to record. Most cases wait (on timers, on go build for a
// program) more than they compute: workers of their own, more than
// -parallel's one per core, keep the cores busy. A program waiting on
// timers that printed another order there runs once more after them,
// alone, on a machine the workers no longer load.
func runCorpusCases(t *testing.T, cases []gorun.Case, run func(*testing.T, gorun.Case) (*Layer, kernel.Outcome, string),
	record func(*testing.T, gorun.Case, *Layer, kernel.Outcome, string)) {
	var mu sync.Mutex
	var later []gorun.Case
	next := make(chan gorun.Case)
	var wg sync.WaitGroup
	for range corpusWorkers() {
		wg.Go(func() {
			for c := range next {
				t.Run(c.Key(), func(t *testing.T) {
					l, out, got := run(t, c)
					if c.Timed && out.Err == nil && got != c.Want {
						t.Logf("a program waiting on timers printed another order (a busy machine): it runs once more, alone, after the others")
						mu.Lock()
						later = append(later, c)
						mu.Unlock()
						return
					}
					record(t, c, l, out, got)
				})
			}
		})
	}
	for _, c := range cases {
		next <- c
	}
	close(next)
	wg.Wait()
	for _, c := range later {
		t.Run(c.Key(), func(t *testing.T) {
			l, out, got := run(t, c)
			record(t, c, l, out, got)
		})
	}
}

// runSplitThroughMagics runs a case's cells in one kernel's layer, as
// far as they succeed.
func runSplitThroughMagics(t *testing.T, c gorun.Case) (*Layer, kernel.Outcome, string) {
	l := newTestLayer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var out strings.Builder
	for i, code := range c.Cells {
		rec := &recording{}
		res := l.Execute(ctx, kernel.ExecuteInput{Code: code, ExecutionCount: i + 1}, rec)
		out.WriteString(rec.text("stdout"))
		if res.Err != nil {
			return l, res, out.String()
		}
	}
	return l, kernel.Outcome{}, out.String()
}

// corpusWorkers is how many cases run at once: three per core.
func corpusWorkers() int { return 3 * runtime.GOMAXPROCS(0) }

// runThroughMagics runs a case in a kernel's layer of its own.
func runThroughMagics(t *testing.T, c gorun.Case) (*Layer, kernel.Outcome, string) {
	l := newTestLayer(t)
	rec := &recording{}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out := l.Execute(ctx, kernel.ExecuteInput{Code: c.Code}, rec)
	return l, out, rec.text("stdout")
}

func checkThroughMagics(t *testing.T, c gorun.Case, failure *cellio.Error, got string) {
	t.Helper()
	switch {
	case programWrong[c.Key()]:
		if failure != nil || got == c.Want {
			t.Errorf("known wrong value changed (error %v, printed %q): update programWrong", failure, got)
		}
	case c.Exit != 0:
		// go run exits with 2 after a panic nothing recovered, which a
		// cell reports as the panic, the kernel staying up, and after a
		// deadlock's fatal error, which a cell reports as a Deadlock.
		if got != c.Want || failure == nil || failure.Kind != cellio.Exit && !(c.Exit == 2 && (failure.Kind == cellio.Panic || failure.Kind == cellio.Deadlock)) {
			t.Errorf("want go run's output and an Exit error, got %v and:\n%s", failure, got)
		}
	case failure == nil && got != c.Want && programWrong[c.Key()]:
		t.Logf("known wrong value")
	case failure == nil && got != c.Want:
		t.Errorf("printed:\n%s\ngo run printed:\n%s", got, c.Want)
	case failure != nil && !programGaps[c.Key()]:
		t.Errorf("failed: %s: %s\nprinted:\n%s", failure.Kind, failure.Value, got)
	case failure != nil && !strings.HasPrefix(c.Want, got):
		t.Errorf("a gap printed what go run does not before its error (%s):\n%s", failure.Value, got)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// requireGo fails without the go command, which cells that run as
// programs and compiled cells need (.ci/run installs it).
func requireGo(t *testing.T) {
	t.Helper()
	if _, err := osexec.LookPath("go"); err != nil {
		t.Fatal("the go command is needed: cells the interpreter refuses run as programs built by it")
	}
}

// A cell the interpreter refuses runs as a program when it is one: it
// prints what go run prints and nothing else, and a later cell that uses
// one of its names is told why the name is undefined.
func TestRefusedCellRunsAsAProgram(t *testing.T) {
	requireGo(t)
	t.Setenv("GOGIL_NATIVE_CACHE", t.TempDir())
	l := newTestLayer(t)
	const cell = `type Set[T comparable] = map[T]struct{}

s := Set[string]{"a": {}}
fmt.Println(len(s), min(3, 2))
`
	rec := &recording{}
	out := l.Execute(context.Background(), kernel.ExecuteInput{Code: cell}, rec)
	if out.Err != nil {
		t.Fatalf("%s: %s", out.Err.Kind, out.Err.Value)
	}
	if got := rec.text("stdout"); got != "1 2\n" {
		t.Errorf("printed %q", got)
	}
	if notice := rec.text("stderr"); notice != "" || l.ranAs != ranRefused {
		t.Errorf("ran as %q, wrote to stderr %q", l.ranAs, notice)
	}

	out = l.Execute(context.Background(), kernel.ExecuteInput{Code: `var t Set[int]`}, &recording{})
	if out.Err == nil || !strings.Contains(strings.Join(out.Err.Traceback, "\n"), "Set was declared by a cell that ran as a Go program") {
		t.Errorf("a later use of its name: %v %q", out.Err, out.Err.Traceback)
	}
	if stdout, _ := exec(t, l, `x := 2
fmt.Println(x * 21)`); stdout != "42\n" {
		t.Errorf("the next cell printed %q", stdout)
	}
}

// A cell that began to run and ended on a gap runs again from its start
// as a program: what it printed is cleared, the program's output alone
// is shown, and the kernel goes on.
func TestGapRunsAgainAsAProgram(t *testing.T) {
	requireGo(t)
	t.Setenv("GOGIL_NATIVE_CACHE", t.TempDir())
	l := newTestLayer(t)
	const cell = `import "text/template"

type person struct{ Name string }

func (p person) Greeting() string { return "hi " + p.Name }

fmt.Println("before")
tmpl := template.Must(template.New("x").Parse("{{.Greeting}}\n"))
tmpl.Execute(os.Stdout, person{"ann"})
`
	rec := &recording{}
	out := l.Execute(context.Background(), kernel.ExecuteInput{Code: cell}, rec)
	if out.Err != nil {
		t.Fatalf("%s: %s", out.Err.Kind, out.Err.Value)
	}
	if got := rec.text("stdout"); got != "before\nhi ann\n" {
		t.Errorf("printed %q", got)
	}
	if notice := rec.text("stderr"); notice != "" || l.ranAs != ranAgain {
		t.Errorf("ran as %q, wrote to stderr %q", l.ranAs, notice)
	}
	// What it declared is the interpreter's: a later cell uses it.
	if stdout, _ := exec(t, l, `fmt.Println(person{"bo"}.Greeting())`); stdout != "hi bo\n" {
		t.Errorf("the next cell printed %q", stdout)
	}
}

// What is not a program of its own keeps the interpreter's error: a cell
// that uses an earlier cell's variable, one that uses gogil's packages,
// one under %%gil, one that uses a name nothing declares. (A cell that
// only declares keeps its declarations for programs: below.)
func TestRefusedCellThatIsNoProgram(t *testing.T) {
	requireGo(t)
	t.Setenv("GOGIL_NATIVE_CACHE", t.TempDir())
	l := newTestLayer(t)
	exec(t, l, "base := 3")
	for _, cell := range []string{
		"type Set[T comparable] = map[T]struct{}\nfmt.Println(base, Set[int]{})\n",
		"type Set[T comparable] = map[T]struct{}\nfmt.Println(gil.Held(), Set[int]{})\n",
		"%%gil\ntype Set[T comparable] = map[T]struct{}\nfmt.Println(Set[int]{})\n",
		"type Set[T comparable] = map[T]struct{}\nfmt.Println(undefinedName, Set[int]{})\n",
	} {
		rec := &recording{}
		out := l.Execute(context.Background(), kernel.ExecuteInput{Code: cell}, rec)
		if out.Err == nil || !strings.Contains(out.Err.Value, "generic type alias") {
			t.Errorf("%q: %v", cell, out.Err)
		}
		if rec.text("stdout")+rec.text("stderr") != "" {
			t.Errorf("%q printed %q", cell, rec.text("stdout")+rec.text("stderr"))
		}
	}
	if stdout, _ := exec(t, l, `fmt.Println(base)`); stdout != "3\n" {
		t.Errorf("state after them: %q", stdout)
	}
}

// A cell that declares a type again differently, which the interpreter
// refuses, runs as a program when it stands alone; later cells see the
// first definition, as the notice says.
func TestRedefiningCellRunsAsAProgram(t *testing.T) {
	requireGo(t)
	t.Setenv("GOGIL_NATIVE_CACHE", t.TempDir())
	l := newTestLayer(t)
	exec(t, l, "type point struct{ X, Y int }\nfmt.Println(point{1, 2})")
	rec := &recording{}
	out := l.Execute(context.Background(), kernel.ExecuteInput{Code: "type point struct{ X, Y, Z int }\nfmt.Println(point{1, 2, 3})"}, rec)
	if out.Err != nil {
		t.Fatalf("%s: %s", out.Err.Kind, out.Err.Value)
	}
	if got := rec.text("stdout"); got != "{1 2 3}\n" {
		t.Errorf("printed %q", got)
	}
	if notice := rec.text("stderr"); !strings.Contains(notice, "later cells still see the earlier definitions") {
		t.Errorf("the notice: %q", notice)
	}
	if stdout, _ := exec(t, l, "fmt.Println(point{4, 5})"); stdout != "{4 5}\n" {
		t.Errorf("a later cell: %q", stdout)
	}
}

// A program that panics, exits or is interrupted ends the cell as an
// interpreted cell would, and the kernel goes on.
func TestProgramEnds(t *testing.T) {
	requireGo(t)
	t.Setenv("GOGIL_NATIVE_CACHE", t.TempDir())
	l := newTestLayer(t)
	const alias = "type Set[T comparable] = map[T]struct{}\n"
	for _, tt := range []struct {
		body  string
		kind  cellio.Kind
		value string
		out   string
	}{
		{`fmt.Println("before"); var s Set[int]; s[1] = struct{}{}`, cellio.Panic, "assignment to entry in nil map", "before\n"},
		{`fmt.Println("bye"); os.Exit(3); _ = Set[int]{}`, cellio.Exit, "os.Exit(3)", "bye\n"},
		{`ch := make(chan Set[int]); <-ch`, cellio.Panic, "all goroutines are asleep", ""},
	} {
		rec := &recording{}
		out := l.Execute(context.Background(), kernel.ExecuteInput{Code: alias + tt.body}, rec)
		if out.Err == nil || out.Err.Kind != tt.kind || !strings.Contains(out.Err.Value, tt.value) {
			t.Errorf("%s: %v", tt.body, out.Err)
		}
		if got := rec.text("stdout"); got != tt.out {
			t.Errorf("%s printed %q", tt.body, got)
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	rec := &recording{}
	done := make(chan kernel.Outcome)
	go func() {
		done <- l.Execute(ctx, kernel.ExecuteInput{Code: alias + `fmt.Println("looping"); for { _ = Set[int]{} }`}, rec)
	}()
	for deadline := time.Now().Add(time.Minute); !strings.Contains(rec.text("stdout"), "looping"); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the program did not start in a minute")
		}
	}
	cancel()
	if out := <-done; out.Err == nil || out.Err.Kind != cellio.KeyboardInterrupt {
		t.Errorf("interrupted: %v", out.Err)
	}
	if stdout, _ := exec(t, l, `fmt.Println("still here")`); stdout != "still here\n" {
		t.Errorf("after: %q", stdout)
	}
}

// A character cut in two between writes reaches the stream whole.
func TestStreamWriterKeepsCharactersWhole(t *testing.T) {
	rec := &chunks{}
	w := &streamWriter{out: rec, name: "stdout"}
	text := []byte("a×b€c😀\n")
	for i := range text {
		w.Write(text[i : i+1])
	}
	w.flush()
	if got := strings.Join(rec.texts, ""); got != string(text) {
		t.Errorf("got %q", got)
	}
	for _, c := range rec.texts {
		if !utf8.ValidString(c) {
			t.Errorf("a chunk cuts a character: %q", c)
		}
	}
	rec = &chunks{}
	w = &streamWriter{out: rec, name: "stdout"}
	w.Write([]byte{0xe2, 0x82}) // a cut character the program never finished
	w.flush()
	if got := strings.Join(rec.texts, ""); got != "\xe2\x82" {
		t.Errorf("the held back bytes: %q", got)
	}
}

// chunks keeps each stream write apart.
type chunks struct {
	recording
	texts []string
}

func (c *chunks) Stream(_, text string) {
	if text != "" {
		c.texts = append(c.texts, text)
	}
}

// A cell that ends on a gap or is refused and uses what earlier cells
// declared runs as a program that takes their declarations along, where
// they are what the session holds; where a name it uses holds a value only
// the session has, it says which, and the interpreter's error stands.
func TestProgramTakesEarlierDeclarations(t *testing.T) {
	requireGo(t)
	t.Setenv("GOGIL_NATIVE_CACHE", t.TempDir())
	l := newTestLayer(t)
	exec(t, l, `import "errors"

type person struct{ Name string }

func (p person) Greeting() string { return greeting + " " + p.Name }

const greeting = "hi"

var ErrNobody = errors.New("nobody")`)
	exec(t, l, `func greetAll(ps ...person) error {
	if len(ps) == 0 {
		return ErrNobody
	}
	for _, p := range ps {
		fmt.Println(p.Greeting())
	}
	return nil
}
fmt.Println(greetAll())`)
	for _, tt := range []struct{ name, cell, want, ranAs string }{
		{"a gap", `import "text/template"
fmt.Println(greetAll(person{"ann"}))
tmpl := template.Must(template.New("x").Parse("{{.Greeting}}\n"))
tmpl.Execute(os.Stdout, person{"bo"})
`, "hi ann\n<nil>\nhi bo\n", ranAgain},
		{"refused", `type Set[T comparable] = map[T]struct{}
s := Set[person]{{"cy"}: {}}
for p := range s {
	fmt.Println(len(s), p.Greeting(), greetAll())
}
`, "1 hi cy nobody\n", ranRefused},
	} {
		rec := &recording{}
		out := l.Execute(context.Background(), kernel.ExecuteInput{Code: tt.cell}, rec)
		if out.Err != nil {
			t.Fatalf("%s: %s: %s\n%s", tt.name, out.Err.Kind, out.Err.Value, strings.Join(out.Err.Traceback, "\n"))
		}
		if got := rec.text("stdout"); got != tt.want || l.ranAs != tt.ranAs {
			t.Errorf("%s: ran as %q, printed %q", tt.name, l.ranAs, got)
		}
	}

	exec(t, l, "var hits int")
	exec(t, l, "hits++")
	out := l.Execute(context.Background(), kernel.ExecuteInput{Code: `import "text/template"
fmt.Println(hits)
template.Must(template.New("x").Parse("{{.Greeting}}\n")).Execute(os.Stdout, person{"dee"})`}, &recording{})
	if out.Err == nil || !strings.Contains(strings.Join(out.Err.Traceback, "\n"), "this one does not: it uses hits, a variable of an earlier cell") {
		t.Errorf("a cell using a counter: %v", out.Err)
	}
}

// A cell that only declares, whose declarations the interpreter refuses
// though they are Go, keeps them for later cells, which run as programs
// with them; pools replay none of it. A cell of declarations that are not
// Go keeps the interpreter's error.
func TestDeclarationsKeptForPrograms(t *testing.T) {
	requireGo(t)
	t.Setenv("GOGIL_NATIVE_CACHE", t.TempDir())
	l := newTestLayer(t)
	rec := &recording{}
	out := l.Execute(context.Background(), kernel.ExecuteInput{Code: "type Set[T comparable] = map[T]struct{}\n\nfunc size[T comparable](s Set[T]) int { return len(s) }\n", ExecutionCount: 1}, rec)
	if out.Err != nil {
		t.Fatalf("%s: %s", out.Err.Kind, out.Err.Value)
	}
	if notice := rec.text("stderr"); !strings.Contains(notice, "the interpreter cannot hold these declarations (") || l.ranAs != ranKept {
		t.Errorf("ran as %q, notice %q", l.ranAs, notice)
	}
	for _, c := range l.history.since(0) {
		if strings.Contains(c.forProcess+c.forSubInterpreter, "Set") {
			t.Errorf("pools would replay %q", c.forProcess+c.forSubInterpreter)
		}
	}
	rec = &recording{}
	out = l.Execute(context.Background(), kernel.ExecuteInput{Code: "s := Set[string]{\"a\": {}, \"b\": {}}\nfmt.Println(size(s))\n", ExecutionCount: 2}, rec)
	if out.Err != nil || rec.text("stdout") != "2\n" || l.ranAs != ranRefused {
		t.Errorf("a cell using them: %v, ran as %q, printed %q", out.Err, l.ranAs, rec.text("stdout"))
	}

	out = l.Execute(context.Background(), kernel.ExecuteInput{Code: "type Pairs[T any] = []T\n\nfunc bad() int { return \"x\" }\n", ExecutionCount: 3}, &recording{})
	if out.Err == nil || out.Err.Kind != cellio.CompileError {
		t.Errorf("declarations that are not Go: %v", out.Err)
	}
	out = l.Execute(context.Background(), kernel.ExecuteInput{Code: "import \"syscall\"\n", ExecutionCount: 4}, &recording{})
	if out.Err == nil || out.Err.Kind != cellio.CompileError {
		t.Errorf("an import the interpreter refuses, which declares nothing to keep: %v", out.Err)
	}

	exec(t, l, "var hits int")
	exec(t, l, "hits++")
	out = l.Execute(context.Background(), kernel.ExecuteInput{Code: "fmt.Println(hits, size(Set[int]{}))\n", ExecutionCount: 6}, &recording{})
	if out.Err == nil || !strings.Contains(strings.Join(out.Err.Traceback, "\n"), "size was declared by a cell whose declarations the interpreter cannot hold, kept for cells that run as Go programs; this one cannot: it uses hits, a variable of an earlier cell") {
		t.Errorf("a cell using them and a counter: %v\n%s", out.Err, strings.Join(out.Err.Traceback, "\n"))
	}
}
