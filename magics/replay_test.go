package magics

import (
	"context"
	"strings"
	"testing"

	"github.com/gogil/gogil/kernel"
)

// Both kinds of pool give their interpreters the notebook's declarations
// from one cell history: the same cells, replayed the same way.
var poolKinds = []struct{ name, make string }{
	{"processes", "multiprocessing.Pool(1)"},
	{"sub-interpreters", "interpreters.Pool(1)"},
}

func fail(t *testing.T, l *Layer, code string) {
	t.Helper()
	if out := l.Execute(context.Background(), kernel.ExecuteInput{Code: code}, &recorder{}); out.Err == nil {
		t.Fatalf("%q succeeded", code)
	}
}

// What a user expects of a pool's interpreter after a notebook's cells:
// the latest version of a redefined function, nothing of a failed cell,
// every later cell even when one cannot be replayed there, and a function
// declared in the very cell that calls the pool.
func TestPoolsReplayTheNotebook(t *testing.T) {
	for _, kind := range poolKinds {
		t.Run(kind.name, func(t *testing.T) {
			l := newTestLayer(t)
			runCell(t, l, "pool := "+kind.make)
			runCell(t, l, "func version() int { return 1 }")
			if got := strings.TrimSpace(runCell(t, l, "fmt.Println(pool.Apply(version))")); got != "1 <nil>" {
				t.Errorf("first version: %q", got)
			}
			runCell(t, l, "func version() int { return 2 }")
			if got := strings.TrimSpace(runCell(t, l, "fmt.Println(pool.Apply(version))")); got != "2 <nil>" {
				t.Errorf("a redefined function: %q, want its latest version", got)
			}
			// A failed cell leaves the pool what it left the kernel: nothing
			// if it did not compile; if a statement failed, the
			// declarations before it (as Python keeps a def above a raise).
			fail(t, l, "func version() int { return 4 }\nundefinedName()")
			fail(t, l, "func version() int { return 3 }\npanic(\"no\")\nfunc later() int { return 9 }")
			if got := strings.TrimSpace(runCell(t, l, "fmt.Println(version(), \" \")\nfmt.Println(pool.Apply(version))")); got != "3  \n3 <nil>" {
				t.Errorf("after failed cells: %q, want version 3 in both", got)
			}
			// A cell that cannot compile there (it uses a statement's
			// variable) does not hide the cells after it.
			runCell(t, l, "counter := 5")
			runCell(t, l, "func usesCounter() int { return counter }")
			runCell(t, l, "func after() int { return 7 }")
			if got := strings.TrimSpace(runCell(t, l, "fmt.Println(pool.Apply(after))")); got != "7 <nil>" {
				t.Errorf("a cell after one that does not replay: %q", got)
			}
			// Nor does one after the failed statement, which the kernel forgot.
			if got := failText(t, l, "later()"); !strings.Contains(got, "undefined: later") {
				t.Errorf("a declaration after the failed statement: %q", got)
			}
			if got := runCell(t, l, "_, err := pool.Apply(usesCounter)\nfmt.Println(err)"); !strings.Contains(got, "usesCounter is not declared") || !strings.Contains(got, "counter") {
				t.Errorf("a function whose cell did not replay: %q, want why", got)
			}
			// The running cell is replayed: a function it declares is found.
			if got := strings.TrimSpace(runCell(t, l, "func here() int { return 8 }\nfmt.Println(pool.Apply(here))")); got != "8 <nil>" {
				t.Errorf("a function of the running cell: %q", got)
			}
		})
	}
}

// What each kind of interpreter replays of a cell: its imports and
// declarations with the magics that change them, never its statements; a
// worker process compiles a %%native cell again (it finds the kernel's
// build in the cache), a sub-interpreter shares the kernel's compiled
// functions. leading is what is kept of a cell whose statement failed.
func TestReplayOf(t *testing.T) {
	cases := []struct{ cell, process, sub, leading string }{
		{cell: "func f() int { return 1 }\nfmt.Println(f())",
			process: "func f() int { return 1 }", sub: "func f() int { return 1 }", leading: "func f() int { return 1 }"},
		{cell: "x := 3\nfmt.Println(x)"},
		{cell: "%%time\n%%gil\nimport \"math\"\nfunc g() float64 { return math.Pi }\ng()",
			process: "%%gil\nimport \"math\"\nfunc g() float64 { return math.Pi }",
			sub:     "%%gil\nimport \"math\"\nfunc g() float64 { return math.Pi }",
			leading: "%%gil\nimport \"math\"\nfunc g() float64 { return math.Pi }"},
		// The magic lines stand where they stood, so that the worker's
		// %%native compiles the same source as the kernel's.
		{cell: "%%time\n%%native nogil\nfunc h() {}\n", process: "      \n%%native nogil\nfunc h() {}\n"},
		{cell: "// first\n%%native\nfunc h() {}", process: "// first\n%%native\nfunc h() {}"},
		{cell: "%go get example.com/m@v1.0.0", process: "%go get example.com/m@v1.0.0"},
		{cell: "%go get example.com/m@v1.0.0\nfunc k() {}", process: "%go get example.com/m@v1.0.0\nfunc k() {}", sub: "func k() {}", leading: "%go get example.com/m@v1.0.0\nfunc k() {}"},
		{cell: "%%timeline\nrun()"},
		{cell: "type P struct{ X int }\nvar origin = P{}\norigin.X = 2\nfunc after() {}",
			process: "type P struct{ X int }\nvar origin = P{}\nfunc after() {}",
			sub:     "type P struct{ X int }\nvar origin = P{}\nfunc after() {}",
			leading: "type P struct{ X int }\nvar origin = P{}"},
		{cell: "%%nogil\n\nfunc n() {}", process: "%%nogil\nfunc n() {}", sub: "%%nogil\nfunc n() {}", leading: "%%nogil\nfunc n() {}"},
	}
	for _, c := range cases {
		p, err := parse(c.cell)
		if err != nil {
			t.Fatal(err)
		}
		all, leading := replayOf(c.cell, p, false), replayOf(c.cell, p, true)
		for _, got := range []struct{ what, got, want string }{
			{"worker process", all.forProcess, c.process},
			{"sub-interpreter", all.forSubInterpreter, c.sub},
			{"leading, worker process", leading.forProcess, c.leading},
		} {
			if got.got != got.want {
				t.Errorf("%q for a %s:\n got %q\nwant %q", c.cell, got.what, got.got, got.want)
			}
		}
	}
}
