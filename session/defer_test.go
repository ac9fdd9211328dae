package session

import (
	"context"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/traefik/yaegi/interp"

	"github.com/gogil/gogil/gil"
)

// Top-level defers run once, at the end of their own cell.
func TestTopLevelDefer(t *testing.T) {
	tests := []struct {
		name   string
		setup  string // run first, in the same session
		code   string
		out    string // stdout of code
		result string // plain text of its result
	}{
		{"once", "", "defer fmt.Println(\"deferred\")\nfmt.Println(\"body\")", "body\ndeferred\n", "<none>"},
		{"lifo", "", "defer fmt.Println(1)\ndefer fmt.Println(2)\nfmt.Println(0)", "0\n2\n1\n", "<none>"},
		{"args now", "", "i := 1\ndefer fmt.Println(\"i =\", i)\ni = 2", "i = 1\n", "<none>"},
		{"func value now", "", "f := func() { fmt.Println(\"first\") }\ndefer f()\nf = func() { fmt.Println(\"second\") }", "first\n", "<none>"},
		{"loop", "", "for i := 0; i < 3; i++ {\n\tdefer fmt.Println(i)\n}", "2\n1\n0\n", "<none>"},
		{"nested block", "", "if true {\n\tdefer fmt.Println(\"if\")\n}\nswitch {\ncase true:\n\tdefer fmt.Println(\"case\")\n}\nfmt.Println(\"end\")", "end\ncase\nif\n", "<none>"},
		{"lone call argument", "func two() (string, int) { return \"a\", 1 }",
			"defer fmt.Println(two())\nn := 0\nnext := func() int { n++; return n }\ndefer fmt.Println(next())\nn = 10", "1\na 1\n", "<none>"},
		{"spread", "", "xs := []any{\"x\", \"y\"}\ndefer fmt.Println(xs...)", "x y\n", "<none>"},
		{"closure", "", "msg := \"late\"\ndefer func() { fmt.Println(\"closure\", msg) }()\nmsg = \"changed\"", "closure changed\n", "<none>"},
		{"method value", "type counter struct{ n int }\nfunc (c *counter) add(k int) { c.n += k; fmt.Println(\"n =\", c.n) }",
			"c := &counter{}\ndefer c.add(2)\nc.add(1)", "n = 1\nn = 3\n", "<none>"},
		{"builtin", "", "ch := make(chan int, 1)\ndefer func() { v, ok := <-ch; _, more := <-ch; fmt.Println(v, ok, more) }()\ndefer close(ch)\ndefer fmt.Println(len(ch))\nch <- 1",
			"0\n1 true false\n", "<none>"},
		{"inside function literal", "", "func() {\n\tdefer fmt.Println(\"inner\")\n\tfmt.Println(\"body\")\n}()\nfmt.Println(\"after\")", "body\ninner\nafter\n", "<none>"},
		{"whole cell across parts", "", "defer fmt.Println(\"end\")\nfunc mid() int { return 5 }\nfmt.Println(\"after decl\", mid())", "after decl 5\nend\n", "<none>"},
		{"with trailing value", "", "defer fmt.Println(\"d\")\n6 * 7", "d\n", "42"},
		{"labeled", "", "L:\n\tdefer fmt.Println(\"labeled\")\ngoto M\nM:\nfmt.Println(\"x\")", "x\nlabeled\n", "<none>"},
		{"with main", "", "defer fmt.Println(\"cell defer\")\nfunc main() {\n\tdefer fmt.Println(\"main defer\")\n\tfmt.Println(\"main\")\n}", "main\nmain defer\ncell defer\n", "<none>"},
		// recover() in a deferred call stops the panic, as in Go: the rest
		// of the statements does not run, the cell ends without error.
		{"recover", "", "defer func() { fmt.Println(\"recovered:\", recover()) }()\npanic(\"a problem\")\nfmt.Println(\"not reached\")", "recovered: a problem\n", "<none>"},
		{"recover in a declared func", "func handle() {\n\tif r := recover(); r != nil {\n\t\tfmt.Println(\"handled:\", r)\n\t}\n}",
			"defer fmt.Println(\"still runs\")\ndefer handle()\nvar m map[string]int\nm[\"a\"] = 1", "handled: assignment to entry in nil map\nstill runs\n", "<none>"},
		{"recover after other deferred calls", "", "defer func() { fmt.Println(\"last:\", recover()) }()\ndefer fmt.Println(\"first\")\npanic(7)", "first\nlast: 7\n", "<none>"},
		{"recover only once", "", "defer func() { fmt.Println(\"second:\", recover()) }()\ndefer func() { fmt.Println(\"first:\", recover()) }()\npanic(\"p\")", "first: p\nsecond: <nil>\n", "<none>"},
		{"recover a panic of main", "", "defer func() { fmt.Println(\"recovered:\", recover()) }()\nfunc main() {\n\tpanic(\"in main\")\n}", "recovered: in main\n", "<none>"},
		{"recover with no panic", "", "defer func() { fmt.Println(\"recover:\", recover()) }()\nfmt.Println(\"body\")", "body\nrecover: <nil>\n", "<none>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			if tt.setup != "" {
				run(t, s, tt.setup)
			}
			rec, res := run(t, s, tt.code)
			if rec.out() != tt.out {
				t.Errorf("stdout %q, want %q", rec.out(), tt.out)
			}
			if got := plain(res); got != tt.result {
				t.Errorf("result %s, want %s", got, tt.result)
			}
			// Nothing is left to run at the end of later cells.
			for i := 0; i < 2; i++ {
				rec, _ = run(t, s, `fmt.Println("next")`)
				if rec.out() != "next\n" {
					t.Fatalf("later cell %d printed %q", i, rec.out())
				}
			}
		})
	}
}

func TestTopLevelDeferPanics(t *testing.T) {
	tests := []struct {
		name      string
		code      string
		out       string
		value     string   // the error's Value
		traceback []string // substrings of the traceback, in order
	}{
		{"statements panic", "defer fmt.Println(\"cleanup\")\npanic(\"boom\")", "cleanup\n", "boom", []string{"panic: boom"}},
		{"deferred call panics", "defer fmt.Println(\"outer\")\ndefer panic(\"late\")\nfmt.Println(\"body\")", "body\nouter\n",
			"late (in a deferred call)", []string{"panic in a deferred call: late"}},
		{"both panic", "defer func() { panic(\"second\") }()\ndefer fmt.Println(\"cleanup\")\npanic(\"first\")", "cleanup\n",
			"first", []string{"panic: first", "while running the cell's deferred calls:", "panic in a deferred call: second"}},
		{"two deferred panics", "defer panic(\"p1\")\ndefer panic(\"p2\")", "",
			"p1 (in a deferred call)", []string{"panic in a deferred call: p2", "panic in a deferred call: p1"}},
		{"exit in a deferred call", "defer os.Exit(3)\nfmt.Println(\"body\")", "body\n",
			"os.Exit(3) called; the kernel keeps running (in a deferred call)", []string{"Exit in a deferred call"}},
		// As in Go: recovered, then a panic of its own.
		{"panic again after recover", "defer func() { r := recover(); panic(fmt.Sprint(\"again: \", r)) }()\npanic(\"x\")", "",
			"again: x (in a deferred call)", []string{"panic in a deferred call: again: x"}},
		// os.Exit runs no deferred call, not even those deferred before it.
		{"exit in the statements", "defer fmt.Println(\"deferred\")\nfmt.Println(\"body\")\nos.Exit(2)\nfmt.Println(\"after\")", "body\n",
			"os.Exit(2) called; the kernel keeps running", []string{"Exit: os.Exit(2)"}},
		{"exit in a deferred call stops the others", "defer fmt.Println(\"first deferred\")\ndefer func() { fmt.Println(\"exiting\"); os.Exit(5) }()\npanic(\"p\")", "exiting\n",
			"os.Exit(5) called; the kernel keeps running (in a deferred call)", []string{"Exit in a deferred call"}},
		{"log.Fatal skips them too", "import \"log\"\ndefer fmt.Println(\"deferred\")\nlog.Fatal(\"bad\")", "",
			"log.Fatal(\"bad\") called (exit status 1); the kernel keeps running", []string{"Exit: log.Fatal"}},
		{"exit in main", "defer fmt.Println(\"deferred\")\nfunc main() {\n\tos.Exit(1)\n}", "",
			"os.Exit(1) called; the kernel keeps running", nil},
		{"nil function", "var f func()\ndefer f()", "", "", []string{"in a deferred call"}},
		// Nor those of the functions it leaves, which the interpreter
		// ran, nor may one of them recover it.
		{"exit in a function", "func f() {\n\tdefer fmt.Println(\"deferred\")\n\tdefer func() { fmt.Println(\"recovered\", recover()) }()\n\tfmt.Println(\"body\")\n\tos.Exit(4)\n}\nf()", "body\n",
			"os.Exit(4) called; the kernel keeps running", nil},
		{"recover of an exit", "import \"log\"\nfunc g() { log.Fatal(\"bad\") }\nfunc f() (r any) {\n\tdefer func() { r = recover() }()\n\tg()\n\treturn nil\n}\nfmt.Println(f())", "",
			"log.Fatal(\"bad\") called (exit status 1); the kernel keeps running", nil},
		// The interpreter skips a function's deferred calls after one that
		// panics: the cell ends rather than go on without them.
		{"panic in a deferred call with others to run", "func f() {\n\tdefer fmt.Println(\"first\")\n\tdefer func() { panic(fmt.Sprint(\"again: \", recover())) }()\n\tpanic(\"x\")\n}\nfunc() {\n\tdefer func() { fmt.Println(recover()) }()\n\tf()\n}()", "",
			"", []string{"panic(again: x) in a deferred call of a function with other deferred calls to run"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			rec := &recorder{}
			_, e := s.Execute(context.Background(), Cell{Code: tt.code}, rec)
			if e == nil {
				t.Fatalf("no error; stdout %q", rec.out())
			}
			if rec.out() != tt.out {
				t.Errorf("stdout %q, want %q", rec.out(), tt.out)
			}
			if tt.value != "" && e.Value != tt.value {
				t.Errorf("error value %q, want %q", e.Value, tt.value)
			}
			tb := strings.Join(e.Traceback, "\n")
			at := 0
			for _, want := range tt.traceback {
				i := strings.Index(tb[at:], want)
				if i < 0 {
					t.Fatalf("traceback lacks %q (in order):\n%s", want, tb)
				}
				at += i + len(want)
			}
			rec, _ = run(t, s, `fmt.Println("next")`)
			if rec.out() != "next\n" {
				t.Errorf("later cell printed %q", rec.out())
			}
		})
	}
}

// An interrupted cell's defers run once the interrupted code has stopped,
// and the next cell waits for them.
func TestTopLevelDeferInterrupted(t *testing.T) {
	if raceEnabled {
		t.Skip("yaegi races with itself on cancel")
	}
	tests := []struct {
		name, code, out string
	}{
		{"interpreted loop", "defer fmt.Println(\"cleanup\")\nfor {\n}", "cleanup\n"},
		{"closure", "defer func() { fmt.Println(\"closure cleanup\") }()\nfor {\n}", "closure cleanup\n"},
		{"native sleep", "defer fmt.Println(\"cleanup\")\ntime.Sleep(time.Hour)", "cleanup\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			ctx, cancel := context.WithCancel(context.Background())
			time.AfterFunc(100*time.Millisecond, cancel)
			rec := &recorder{}
			_, e := s.Execute(ctx, Cell{Code: tt.code}, rec)
			if e == nil || e.Name() != "KeyboardInterrupt" {
				t.Fatalf("want KeyboardInterrupt, got %v", e)
			}
			next, _ := run(t, s, `fmt.Println("next")`)
			if rec.out() != tt.out {
				t.Errorf("interrupted cell's stdout %q, want %q (stderr %q)", rec.out(), tt.out, rec.err())
			}
			if next.out() != "next\n" {
				t.Errorf("next cell printed %q", next.out())
			}
		})
	}
}

// A deferred native call that takes the interpreter lock back (or lets it
// go) runs as the main thread, like the statements.
func TestTopLevelDeferGIL(t *testing.T) {
	lock := gil.New()
	main := lock.MainThread()
	s, err := New(Options{
		Packages:   lock.Exports(),
		AutoImport: map[string]string{"gil": gil.ImportPath},
		OnWorker:   func() { lock.BindWithChildren(main) },
	})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	steps := []struct{ code, want string }{
		{"gil.Held()", "false"},
		{"state := gil.Ensure()\ndefer gil.Release(state)\ngil.Held()", "true"},
		{"gil.Held()", "false"},
		{"st := gil.Ensure()\ndefer gil.Release(st)\nsaved := gil.SaveThread()\ndefer gil.RestoreThread(saved)\nfmt.Println(gil.Held())", "<none>"},
		{"gil.Held()", "false"},
	}
	for _, st := range steps {
		rec, res := run(t, s, st.code)
		if got := plain(res); got != st.want {
			t.Fatalf("%q: got %s, want %s (stdout %q)", st.code, got, st.want, rec.out())
		}
	}
}

// A trailing call whose only result is a nil error (or another nil
// interface) shows nothing; a non-nil error shows its text; a nil error
// named by itself still shows <nil>.
func TestTrailingNilError(t *testing.T) {
	s := newSession(t)
	run(t, s, "func ok() error { return nil }\nfunc bad() error { return errors.New(\"bad\") }\nfunc none() any { return nil }\nfunc ptr() *int { return nil }")
	tests := []struct{ code, want string }{
		{`os.Setenv("GOGIL_SESSION_TEST", "1")`, "<none>"},
		{`ok()`, "<none>"},
		{`(ok())`, "<none>"},
		{`none()`, "<none>"},
		{`bad()`, "bad"},
		{`os.Chdir("/does/not/exist")`, "chdir /does/not/exist: no such file or directory"},
		{"var err error\nerr", "<nil>"},
		{"err := ok()\nerr", "<nil>"},
		{`ptr()`, "<nil>"},
		{`fmt.Println("x")`, "<none>"},
	}
	wantValues(t, s, tests)
}

// After an interrupt, a deferred call waits for the native call yaegi left
// running: a deferred unlock must not run while the guarded call still does.
func TestTopLevelDeferWaitsForNativeCall(t *testing.T) {
	if raceEnabled {
		t.Skip("yaegi races with itself on cancel")
	}
	release := make(chan struct{})
	returned := make(chan struct{})
	var markedAfterReturn []bool
	var mu sync.Mutex
	s, err := New(Options{
		Packages: interp.Exports{"example.com/block/block": {
			"Wait": reflect.ValueOf(func() { <-release; close(returned) }),
			"Mark": reflect.ValueOf(func() {
				mu.Lock()
				defer mu.Unlock()
				select {
				case <-returned:
					markedAfterReturn = append(markedAfterReturn, true)
				default:
					markedAfterReturn = append(markedAfterReturn, false)
				}
			}),
		}},
		AutoImport: map[string]string{"block": "example.com/block"},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	_, e := s.Execute(ctx, Cell{Code: "defer block.Mark()\nblock.Wait()"}, &recorder{})
	if e == nil || e.Name() != "KeyboardInterrupt" {
		t.Fatalf("want KeyboardInterrupt, got %v", e)
	}
	time.Sleep(50 * time.Millisecond) // give an early (wrong) deferred call its chance
	close(release)
	run(t, s, "1")
	mu.Lock()
	defer mu.Unlock()
	if len(markedAfterReturn) != 1 || !markedAfterReturn[0] {
		t.Errorf("deferred calls (true: after the native call returned): %v", markedAfterReturn)
	}
}
