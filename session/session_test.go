package session

import (
	"context"
	"go/ast"
	"go/token"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gogil/gogil/cellio"
	"github.com/traefik/yaegi/interp"
)

// The samples jupyter_kernel_test sends.
func TestConformanceSamples(t *testing.T) {
	s := newSession(t)
	rec, res := run(t, s, `fmt.Println("hello")`)
	if rec.out() != "hello\n" || res.Value != nil {
		t.Errorf("stdout sample: out %q, result %v", rec.out(), res.Value)
	}
	rec, _ = run(t, s, `fmt.Fprintln(os.Stderr, "x")`)
	if rec.err() != "x\n" {
		t.Errorf("stderr sample: %q", rec.err())
	}
	rec, _ = run(t, s, `display.HTML("<b>hi</b>")`)
	if len(rec.displays) != 1 || rec.displays[0].Data["text/html"] != "<b>hi</b>" {
		t.Errorf("display sample: %+v", rec.displays)
	}
	rec, _ = run(t, s, `display.ClearOutput()`)
	if len(rec.clears) != 1 || rec.clears[0] {
		t.Errorf("clear_output sample: %v", rec.clears)
	}
	_, res = run(t, s, `6*7`)
	if plain(res) != "42" {
		t.Errorf("6*7 = %q", plain(res))
	}
	_, e := s.Execute(context.Background(), Cell{Code: `undefinedName + 1`}, &recorder{})
	if e == nil || e.Name() != "CompileError" {
		t.Errorf("error sample: %v", e)
	}
}

func TestTrailingValues(t *testing.T) {
	s := newSession(t)
	run(t, s, "func pair() (int, string) { return 1, \"a\" }\nfunc nothing() {}\ntype point struct{ X, Y int }")
	tests := []struct{ code, want string }{
		{`"hi"`, `"hi"`},
		{`strings.Split("a,b", ",")`, `["a" "b"]`},
		{`3.5`, `3.5`},
		{`[]int{1, 2}`, `[1 2]`},
		{`pair()`, `1, "a"`},
		{`strings.Cut("k=v", "=")`, `"k", "v", true`},
		{`strconv.Atoi("12")`, `12, <nil>`},     // a native call's results, all shown
		{`os.Stdout.WriteString("")`, `<none>`}, // but a write's (count, nil) is not
		{`nothing()`, `<none>`},
		{`fmt.Println("printed")`, `<none>`},
		{`x := 3`, `<none>`},
		{"y := 2\ny * 10", `20`},
		{`point{1, 2}`, `{1 2}`},
		{`errors.New("bad")`, `bad`},
		{`time.Duration(1500) * time.Millisecond`, `1.5s`},
		{"if true {\n}", `<none>`},
	}
	wantValues(t, s, tests)
}

// wantValues runs each cell and checks the text of its trailing value
// ("<none>" for no value).
func wantValues(t *testing.T, s *Session, tests []struct{ code, want string }) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			_, res := run(t, s, tt.code)
			if got := plain(res); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestStatePersistsAndRedefines(t *testing.T) {
	s := newSession(t)
	steps := []struct {
		code, want string
	}{
		{"x := 1", "<none>"},
		{"x", "1"},
		{"x = x + 1\nx", "2"},
		{"func f() int { return 1 }", "<none>"},
		{"func f() int { return 2 }", "<none>"},
		{"f()", "2"},
		{"var v = 10", "<none>"},
		{"var v = 20\nv", "20"},
		{"const c = 5\nc * 2", "10"},
		{"const c = 6\nc * 2", "12"},
		// A mixed cell runs in source order.
		{"import \"math/rand\"\nr := rand.New(rand.NewSource(1))\nfunc g() int { return x * 100 }\nvar w = g()\ntype T struct{ A int }\nT{w}.A + 1", "201"},
		{"import \"math/rand\"\nimport \"fmt\"\n_ = rand.Int\n7", "7"},
		{"type T struct{ A int }\nT{4}", "{4}"},
	}
	for _, st := range steps {
		_, res := run(t, s, st.code)
		if got := plain(res); got != st.want {
			t.Fatalf("%q: got %s, want %s", st.code, got, st.want)
		}
	}
	_, e := s.Execute(context.Background(), Cell{Code: "type T struct{ A, B int }"}, &recorder{})
	if e == nil || e.Name() != "TypeRedefinition" || !strings.HasPrefix(e.Value, "1:6:") {
		t.Fatalf("redefining a type: %v", e)
	}
	_, res := run(t, s, "T{5}.A")
	if plain(res) != "5" {
		t.Errorf("old type after refused redefinition: %s", plain(res))
	}
}

func TestAutoImports(t *testing.T) {
	s, err := New(Options{
		Packages:   interp.Exports{"example.com/extra/extra": {"Answer": reflect.ValueOf(func() int { return 42 })}},
		AutoImport: map[string]string{"extra": "example.com/extra"},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	code := `fmt.Sprint(strings.ToUpper("a"), strconv.Itoa(1), math.Sqrt(4), sort.IntsAreSorted([]int{1}), errors.New("e"), time.Duration(0), extra.Answer())`
	_, res := run(t, s, code)
	if got := plain(res); got != `"A12 true e 0s 42"` {
		t.Errorf("got %s", got)
	}
	_, _ = run(t, s, "var mu sync.Mutex\nmu.Lock()\nmu.Unlock()\n_ = os.Getpid")
}

func TestOutputReachesSinkBeforeReturn(t *testing.T) {
	s := newSession(t)
	rec, _ := run(t, s, "for i := 0; i < 20000; i++ { fmt.Println(\"line\", i) }\nos.Stdout.WriteString(\"direct\\n\")\nfmt.Fprint(os.Stderr, \"e\")")
	out := rec.out()
	if !strings.HasPrefix(out, "line 0\n") || !strings.HasSuffix(out, "line 19999\ndirect\n") {
		t.Errorf("stdout truncated: %d bytes, tail %q", len(out), out[max(0, len(out)-40):])
	}
	if rec.err() != "e" {
		t.Errorf("stderr %q", rec.err())
	}
}

// utf8Sink checks that no Stream call carries a broken rune.
type utf8Sink struct {
	recorder
	calls []string
}

func (u *utf8Sink) Stream(name, text string) {
	u.mu.Lock()
	u.calls = append(u.calls, text)
	u.mu.Unlock()
	u.recorder.Stream(name, text)
}

func TestStreamNeverSplitsRunes(t *testing.T) {
	s := newSession(t)
	rec := &utf8Sink{}
	code := "b := []byte(\"é€😀\")\nfor i := range b { os.Stdout.Write(b[i:i+1]); time.Sleep(time.Millisecond) }"
	if _, e := s.Execute(context.Background(), Cell{Code: code}, rec); e != nil {
		t.Fatal(e)
	}
	if rec.out() != "é€😀" {
		t.Errorf("got %q", rec.out())
	}
	for _, c := range rec.calls {
		if strings.ContainsRune(c, '\uFFFD') {
			t.Errorf("broken rune in %q", c)
		}
	}
}

func TestGoroutineOutputAfterCellEnds(t *testing.T) {
	// The goroutine tells the test it is done through a native call: yaegi
	// races when a goroutine touches interpreted state while the next cell
	// compiles, so the test orders them.
	finished := make(chan struct{})
	s, err := New(Options{Packages: interp.Exports{"example.com/signal/signal": {
		"Done": reflect.ValueOf(func() { close(finished) }),
	}}})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	first, _ := run(t, s, "import \"example.com/signal\"\ngo func() { time.Sleep(50 * time.Millisecond); fmt.Println(\"late\"); signal.Done() }()")
	<-finished
	waitFor(t, func() bool { return first.out() == "late\n" })
	second, _ := run(t, s, "1")
	if second.out() != "" {
		t.Errorf("late output went to the next cell: %q", second.out())
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met in 10s")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestStdin(t *testing.T) {
	s := newSession(t)
	tests := []struct {
		code   string
		inputs []string
		want   string
	}{
		{"sc := bufio.NewScanner(os.Stdin)\nfor i := 0; i < 2 && sc.Scan(); i++ { fmt.Println(\"got\", sc.Text()) }", []string{"a", "b"}, "got a\ngot b\n"},
		{"var n, m int\nfmt.Scan(&n, &m)\nfmt.Println(n + m)", []string{"3 4"}, "7\n"},
		{"var w string\nfmt.Scanln(&w)\nfmt.Println(w)", []string{"word"}, "word\n"},
	}
	run(t, s, `import "bufio"`)
	for _, tt := range tests {
		rec := &recorder{inputs: tt.inputs}
		if _, e := s.Execute(context.Background(), Cell{Code: tt.code}, rec); e != nil {
			t.Fatalf("%q: %v", tt.code, e)
		}
		if rec.out() != tt.want || rec.asked != len(tt.inputs) {
			t.Errorf("%q: out %q after %d inputs", tt.code, rec.out(), rec.asked)
		}
	}
	rec := &recorder{noStdin: true}
	_, e := s.Execute(context.Background(), Cell{Code: "var n int\n_, err := fmt.Scan(&n)\nfmt.Println(err != nil)"}, rec)
	if e != nil || rec.out() != "true\n" || !strings.Contains(rec.err(), "stdin") {
		t.Errorf("stdin not allowed: %v, out %q, err %q", e, rec.out(), rec.err())
	}
}

func TestErrorPositions(t *testing.T) {
	s := newSession(t)
	tests := []struct {
		code, name, prefix string
	}{
		// At the undefined name, as go build says.
		{"x := undefinedA", "CompileError", "1:6: undefined: undefinedA"},
		{"a := 1\n_ = a\n  b := undefinedB\n_ = b", "CompileError", "3:8: undefined: undefinedB"},
		{"func f() int {\n\treturn undefinedC\n}", "CompileError", "2:9:"},
		{"var v int = \"s\"", "CompileError", "1:13:"},
		{"func g() int { return \"s\" }", "CompileError", "1:23:"},
		{"fmt.Println(undefinedQ)", "CompileError", "1:13:"},
		{"  y := 1 + \"a\"", "CompileError", "1:8:"},
		{"import \"nosuch/pkg\"", "CompileError", "1:8:"},
		{"x := 1\nfunc h() {\n\tfmt.Println(undefinedD)\n}", "CompileError", "3:14:"},
		{"x := )", "SyntaxError", "1:6:"},
		{"y := 1\nfunc k() {\n  z := (\n}", "SyntaxError", "4:1:"},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			_, e := s.Execute(context.Background(), Cell{Code: tt.code}, &recorder{})
			if e == nil {
				t.Fatal("no error")
			}
			if e.Name() != tt.name || !strings.HasPrefix(e.Value, tt.prefix) {
				t.Errorf("got %s: %s, want %s at %s", e.Name(), e.Value, tt.name, tt.prefix)
			}
		})
	}
}

func TestPanicTraceback(t *testing.T) {
	s := newSession(t)
	run(t, s, "func inner() {\n\tpanic(\"boom\")\n}\nfunc outer() { inner() }")
	rec := &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: "x := 1\n_ = x\nouter()"}, rec)
	if e == nil || e.Name() != "panic" || e.Value != "boom" {
		t.Fatalf("got %v", e)
	}
	tb := strings.Join(e.Traceback, "\n")
	for _, want := range []string{"inner, cell line 2", "outer, cell line 4", "(cell)"} {
		if !strings.Contains(tb, want) {
			t.Errorf("traceback lacks %q:\n%s", want, tb)
		}
	}
	if strings.Contains(rec.err(), "panic") {
		t.Errorf("panic frames leaked to stderr: %q", rec.err())
	}
	// Each function at the line it was at, not its body's first line
	// (which is all yaegi's own frame lines give).
	run(t, s, "func inner2() {\n\tx := 1\n\t_ = x\n\tpanic(\"boom\")\n}\nfunc outer2() {\n\ty := 2\n\t_ = y\n\tinner2()\n}")
	_, e = s.Execute(context.Background(), Cell{Code: "outer2()"}, rec)
	tb = strings.Join(e.Traceback, "\n")
	if !strings.Contains(tb, "inner2, cell line 4\n    outer2, cell line 9\n    (cell)") {
		t.Errorf("traceback:\n%s", tb)
	}
	_, e = s.Execute(context.Background(), Cell{Code: "var m map[string]int\nm[\"a\"] = 1"}, rec)
	if e == nil || e.Name() != "panic" || !strings.Contains(e.Value, "nil map") {
		t.Errorf("runtime error: %v", e)
	}
}

func TestExitDoesNotKillTheKernel(t *testing.T) {
	s := newSession(t)
	tests := []struct{ code, want string }{
		{"os.Exit(3)", "os.Exit(3) called; the kernel keeps running"},
		{`import "log"` + "\nlog.Fatal(\"bye\")", `log.Fatal("bye") called (exit status 1); the kernel keeps running`},
		{`log.Fatalf("%d", 1)`, `log.Fatalf("1") called (exit status 1); the kernel keeps running`},
	}
	for _, tt := range tests {
		rec := &recorder{}
		_, e := s.Execute(context.Background(), Cell{Code: tt.code}, rec)
		if e == nil || e.Name() != "Exit" || e.Value != tt.want {
			t.Errorf("%q: %v", tt.code, e)
		}
	}
	_, res := run(t, s, "1 + 1")
	if plain(res) != "2" {
		t.Error("session dead after exit")
	}
}

func TestGoStatements(t *testing.T) {
	s := newSession(t)
	// A goroutine's panic ends the cell, as it ends Go's program; the
	// kernel keeps running.
	rec := &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: "go func() { panic(\"in goroutine\") }()\ntime.Sleep(10 * time.Second)"}, rec)
	if e == nil || e.Kind != cellio.Panic || !strings.Contains(e.Value, "in goroutine (in a goroutine the cell started)") {
		t.Errorf("error %v, stderr %q", e, rec.err())
	}
	// One that outlives its cell is reported on stderr.
	rec, _ = run(t, s, "release := make(chan bool)\ngo func() { <-release; panic(\"late\") }()")
	run(t, s, "close(release)")
	waitFor(t, func() bool { return strings.Contains(rec.err(), "late") })
	if !strings.Contains(rec.err(), "panic in a goroutine (recovered") {
		t.Errorf("report: %q", rec.err())
	}
	// Arguments are evaluated at the go statement: each goroutine sees its i.
	rec, res := run(t, s, `var wg sync.WaitGroup
results := make([]int, 5)
store := func(i int, xs ...int) { results[i] = i + len(xs); wg.Done() }
for i := 0; i < 5; i++ {
	wg.Add(1)
	xs := []int{1, 2}
	go store(i, xs...)
}
wg.Wait()
results`)
	if plain(res) != "[2 3 4 5 6]" {
		t.Errorf("results %s (stderr %q)", plain(res), rec.err())
	}
	run(t, s, "ch := make(chan int, 1)\ngo close(ch)\n<-ch")
	run(t, s, "func sq(x float64) float64 { return x * x }\nconst k = 2\nout := make(chan float64, 2)\ngo func(v float64) { out <- sq(v) }(1)\ngo func(v float64) { out <- v }(k)\n<-out\n<-out")
	// os.Exit in a goroutine ends the cell, as it ends Go's program.
	if _, err := s.Execute(context.Background(), Cell{Code: "go os.Exit(2)\ntime.Sleep(10*time.Second)"}, rec); err == nil || err.Kind != cellio.Exit || !strings.Contains(err.Value, "os.Exit(2) called") {
		t.Fatal(err)
	}
}

func TestCellSpawnOverride(t *testing.T) {
	var mu sync.Mutex
	spawned := 0
	spawner := func(f func()) {
		mu.Lock()
		spawned++
		mu.Unlock()
		go f()
	}
	s, err := New(Options{Packages: interp.Exports{"example.com/threads/threads": {"Go": reflect.ValueOf(spawner)}}})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rec := &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: "done := make(chan int)\ngo func() { done <- 1 }()\n<-done", Spawn: "example.com/threads.Go"}, rec)
	if e != nil || spawned != 1 {
		t.Fatalf("err %v, spawned %d", e, spawned)
	}
	_, e = s.Execute(context.Background(), Cell{Code: "go func() {}()", Spawn: "nope.Go"}, rec)
	if e == nil {
		t.Error("unknown spawner accepted")
	}
}

func TestRewriteHook(t *testing.T) {
	s := newSession(t)
	var kinds []string
	hook := func(fset *token.FileSet, file *ast.File, _ TypeOf) error {
		for _, d := range file.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				kinds = append(kinds, fd.Name.Name)
			}
		}
		return nil
	}
	rec := &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: "func a() {}\nx := 1\n_ = x\nx + 1", Rewrite: hook}, rec)
	if e != nil {
		t.Fatal(e)
	}
	if strings.Join(kinds, ",") != "a,main" {
		t.Errorf("hook saw %v", kinds)
	}
}

// The hook's TypeOf knows the names earlier cells declared, and the
// part's own expressions.
func TestRewriteHookTypes(t *testing.T) {
	s := newSession(t)
	run(t, s, "type vec []float64\nvar data vec\nm := map[string]int{}")
	var got []string
	hook := func(_ *token.FileSet, file *ast.File, typeOf TypeOf) error {
		ast.Inspect(file, func(n ast.Node) bool {
			if rs, ok := n.(*ast.RangeStmt); ok {
				if ty := typeOf(rs.X); ty != nil {
					got = append(got, ty.String()+"/"+ty.Underlying().String())
				} else {
					got = append(got, "?")
				}
			}
			return true
		})
		return nil
	}
	code := "for range data {}\nfor range m {}\nys := []byte{}\nfor range ys {}\nfor range undefinedName {}"
	rec := &recorder{}
	s.Execute(context.Background(), Cell{Code: code, Rewrite: hook}, rec) // undefinedName does not compile
	want := "main.vec/[]float64 map[string]int/map[string]int []byte/[]byte ?"
	if strings.Join(got, " ") != want {
		t.Errorf("TypeOf gave %q, want %q", strings.Join(got, " "), want)
	}
}

func TestInterrupt(t *testing.T) {
	if raceEnabled {
		t.Skip("yaegi's ExecuteWithContext races with itself on cancel")
	}
	s := newSession(t)
	run(t, s, "kept := 5")
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(100 * time.Millisecond); cancel() }()
	_, e := s.Execute(ctx, Cell{Code: "for {}"}, &recorder{})
	if e == nil || e.Name() != "KeyboardInterrupt" {
		t.Fatalf("got %v", e)
	}
	_, res := run(t, s, "kept")
	if plain(res) != "5" {
		t.Errorf("state lost: %s", plain(res))
	}
	// A native call cannot be stopped: the next cell waits for it.
	ctx, cancel = context.WithCancel(context.Background())
	go func() { time.Sleep(100 * time.Millisecond); cancel() }()
	_, e = s.Execute(ctx, Cell{Code: "time.Sleep(700 * time.Millisecond)"}, &recorder{})
	if e == nil || e.Name() != "KeyboardInterrupt" {
		t.Fatalf("got %v", e)
	}
	rec, res := run(t, s, "kept + 1")
	if plain(res) != "6" {
		t.Errorf("after native interrupt: %s (stderr %q)", plain(res), rec.err())
	}
}

func TestHostileCode(t *testing.T) {
	s := newSession(t)
	tests := []struct{ code, name string }{
		{"x := \"\xff\"", "SyntaxError"},
		{strings.Repeat("x := 1\n", 8<<20), "CodeTooLarge"},
		{strings.Repeat("x = 1\n", 40_000), "CodeTooLarge"},
		{"s := `" + strings.Repeat("a", 2<<20) + "`", ""},
		{"f := func(yield func(int) bool) { yield(1); yield(2) }\nfor i := range f { _ = i; break }", "panic"},
		{"import \"slices\"\nslices.CompareFuncs([]int{1}, []int{2}, func(a, b int) int { return a - b })", "CompileError"},
	}
	for _, tt := range tests {
		_, e := s.Execute(context.Background(), Cell{Code: tt.code}, &recorder{})
		if tt.name != "" && (e == nil || e.Name() != tt.name) {
			t.Errorf("%.20q: got %v", tt.code, e)
		}
	}
	_, res := run(t, s, "1")
	if plain(res) != "1" {
		t.Error("session broken")
	}
}

func TestMainFunction(t *testing.T) {
	s := newSession(t)
	rec, _ := run(t, s, "package main\nimport \"fmt\"\nfunc main() { fmt.Println(\"ran\") }")
	if rec.out() != "ran\n" {
		t.Errorf("pasted program: %q", rec.out())
	}
	rec, _ = run(t, s, "var q = 1\nq")
	if rec.out() != "" {
		t.Errorf("main ran again: %q", rec.out())
	}
	rec, _ = run(t, s, "main()")
	if rec.out() != "ran\n" {
		t.Errorf("calling main: %q", rec.out())
	}
}

// A timer's function that panics is reported, not the end of the kernel:
// by the cell, when the timer fires before the cell returns, otherwise on
// the cell's stderr afterwards. The next cell runs either way.
func TestAfterFuncPanicIsRecovered(t *testing.T) {
	s := newSession(t)
	rec := &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: "time.AfterFunc(time.Millisecond, func() { panic(\"timer\") })"}, rec)
	if e != nil {
		if !strings.Contains(e.Error(), "panic: timer") {
			t.Fatalf("the cell failed with %v", e)
		}
	} else {
		waitFor(t, func() bool { return strings.Contains(rec.err(), "panic: timer") })
	}
	if _, res := run(t, s, "1 + 1"); plain(res) != "2" {
		t.Errorf("the next cell gave %s", plain(res))
	}
}

// A cell interrupted in a native wait that nothing will end (a WaitGroup
// whose Done never comes) does not hold later cells back for good.
func TestInterruptedNativeWaitIsLeftBehind(t *testing.T) {
	if raceEnabled {
		t.Skip("yaegi's ExecuteWithContext races with itself on cancel")
	}
	s := newSession(t)
	for _, code := range []string{
		"var wg sync.WaitGroup\nwg.Add(1)\nwg.Wait()",
		"var mu sync.Mutex\nmu.Lock()\nmu.Lock()",
	} {
		ctx, cancel := context.WithCancel(context.Background())
		go func() { time.Sleep(100 * time.Millisecond); cancel() }()
		_, e := s.Execute(ctx, Cell{Code: code}, &recorder{})
		if e == nil || e.Name() != "KeyboardInterrupt" {
			t.Fatalf("%q: got %v", code, e)
		}
		rec, res := run(t, s, "1 + 1")
		if plain(res) != "2" || !strings.Contains(rec.err(), "left behind") {
			t.Errorf("after interrupting %q: result %s, stderr %q", code, plain(res), rec.err())
		}
	}
}

// (*sync.WaitGroup).Go starts its goroutine natively, where a panic of
// the cell's function killed the process: it runs as a go statement of
// the cell, whose panic is reported like any goroutine's.
func TestWaitGroupGo(t *testing.T) {
	s := newSession(t)
	rec := &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: `import "sync"
var wg sync.WaitGroup
wg.Go(func() { panic("in wg.Go") })
wg.Wait()`}, rec)
	switch {
	case e == nil:
		// wg.Go's deferred Done runs as the panic unwinds, before the
		// panic is reported, and Wait may return first: the cell then
		// ends as Go's program may (main returned), and the panic, of a
		// goroutine that outlived its cell, is reported on its stderr.
		waitFor(t, func() bool { return strings.Contains(rec.err(), "in wg.Go") })
	case e.Kind != cellio.Panic || !strings.Contains(e.Value, "in wg.Go (in a goroutine the cell started)"):
		t.Errorf("error %v, stderr %q", e, rec.err())
	}
	_, res := run(t, s, "1 + 1")
	if plain(res) != "2" {
		t.Error("session dead after a panic in wg.Go")
	}
}

// An unlock of a mutex nobody holds is Go's fatal error, which killed the
// kernel: the cell ends with it (no deferred call, no recover), a mutex
// held elsewhere unlocks as in Go, and the next cell runs.
func TestUnlockOfUnlockedMutexEndsTheCell(t *testing.T) {
	s := newSession(t)
	rec := &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: `var mu sync.Mutex
var rw sync.RWMutex
type Counter struct {
	sync.Mutex
	n int
}
c := &Counter{}
c.Lock()
c.n++
c.Unlock()
rw.RLock()
rw.RUnlock()
done := make(chan bool)
mu.Lock()
go func() { mu.Unlock(); done <- true }() // held by main, unlocked here: Go allows it
<-done
func bad() {
	defer func() { fmt.Println("recovered", recover()) }()
	mu.Unlock()
}
defer fmt.Println("deferred")
fmt.Println("before", c.n)
bad()
fmt.Println("after")`}, rec)
	if e == nil || e.Kind != cellio.Exit || !strings.Contains(e.Value, "fatal error: sync: unlock of unlocked mutex") || !strings.Contains(e.Value, "(exit status 2)") {
		t.Errorf("error %v, want Go's fatal error", e)
	}
	if got := rec.out(); got != "before 1\n" {
		t.Errorf("printed %q, want only what Go prints before the fatal error", got)
	}
	for code, fatal := range map[string]string{
		"rw.Unlock()":                       "sync: Unlock of unlocked RWMutex",
		"rw.RUnlock()":                      "sync: RUnlock of unlocked RWMutex",
		"rw.Lock()\nrw.RUnlock()":           "sync: RUnlock of unlocked RWMutex",
		"f := c.Unlock\nc.Lock()\nf()\nf()": "sync: unlock of unlocked mutex",
	} {
		_, e := s.Execute(context.Background(), Cell{Code: code}, &recorder{})
		if e == nil || !strings.Contains(e.Value, fatal) {
			t.Errorf("%s: error %v, want %q", code, e, fatal)
		}
		s.Execute(context.Background(), Cell{Code: "rw = sync.RWMutex{}"}, &recorder{})
	}
	if _, res := run(t, s, "1 + 1"); plain(res) != "2" {
		t.Error("session dead after an unlock of an unlocked mutex")
	}
}

// wg.Go's Done, which the runner calls after the goroutine ends, panics
// on a counter the cell took below zero: the cell ends with that panic,
// as Go's program does, and the kernel goes on.
func TestWaitGroupGoNegativeCounter(t *testing.T) {
	s := newSession(t)
	_, e := s.Execute(context.Background(), Cell{Code: "import \"sync\"\nvar wg sync.WaitGroup\nwg.Go(func() { wg.Done() })\ntime.Sleep(time.Second)"}, &recorder{})
	if e == nil || !strings.Contains(e.Value, "negative WaitGroup counter") {
		t.Errorf("got %v, want the panic of a negative WaitGroup counter", e)
	}
	if _, res := run(t, s, "1 + 1"); plain(res) != "2" {
		t.Error("session dead after the panic of wg.Go's Done")
	}
}
