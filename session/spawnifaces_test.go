package session

import "testing"

// A goroutine handed a value of a cell interface gets the interface (yaegi
// gave the spawner its dynamic value, and the goroutine died while the
// cell waited for it); so does a deferred call of the cell's top level.
func TestGoroutineWithCellInterfaceArgument(t *testing.T) {
	s := newSession(t)
	run(t, s, "type Fetcher interface{ Fetch(string) string }\ntype fake map[string]string\nfunc (f fake) Fetch(u string) string { return f[u] }\n"+
		"func show(label string, fs ...Fetcher) { for _, f := range fs { fmt.Println(label, f.Fetch(\"a\")) } }")
	cells := []struct{ code, out string }{
		{"f := Fetcher(fake{\"a\": \"A\"})\nvar wg sync.WaitGroup\nwg.Add(1)\ngo func() { defer wg.Done(); show(\"go\", f) }()\nwg.Wait()", "go A\n"},
		{"done := make(chan bool)\ngo func(x Fetcher) { show(\"lit\", x); done <- true }(f)\n<-done", "lit A\n"},
		{"done2 := make(chan bool)\nwork := func(x Fetcher) { show(\"var\", x); done2 <- true }\ngo work(f)\n<-done2", "var A\n"},
		{"for _, x := range []Fetcher{fake{\"a\": \"1\"}, fake{\"a\": \"2\"}} {\n\twg.Add(1)\n\tgo func(x Fetcher) { defer wg.Done(); show(\"loop\", x) }(x)\n\twg.Wait()\n}", "loop 1\nloop 2\n"},
		{"defer show(\"deferred\", f)\nf = Fetcher(fake{\"a\": \"later\"})\nfmt.Println(\"body\")", "body\ndeferred A\n"},
	}
	for _, c := range cells {
		rec, _ := run(t, s, c.code)
		if rec.out() != c.out || rec.err() != "" {
			t.Errorf("cell %q printed %q (stderr %q), want %q", c.code, rec.out(), rec.err(), c.out)
		}
	}
}

// A goroutine's copy of a loop variable is its iteration's even when an
// earlier top-level loop of the cell, or of an earlier part, declared the
// same name (yaegi made the copy that loop's global).
func TestLoopVariableAfterSiblingLoop(t *testing.T) {
	s := newSession(t)
	code := "for i := 0; i < 2; i++ {\n}\nvar wg sync.WaitGroup\nres := make([]string, 3)\n" +
		"for i, w := range []string{\"a\", \"b\", \"c\"} {\n\twg.Add(1)\n\tgo func() {\n\t\tdefer wg.Done()\n\t\ttime.Sleep(time.Duration(3-i) * time.Millisecond)\n\t\tres[i] = w\n\t}()\n}\nwg.Wait()\nfmt.Println(res)"
	rec, _ := run(t, s, code)
	if rec.out() != "[a b c]\n" {
		t.Errorf("printed %q, want [a b c]", rec.out())
	}
	// The next cell's loop, after this one's globals.
	rec, _ = run(t, s, "var fs []func()\nfor i := range 3 {\n\tfs = append(fs, func() { fmt.Print(i) })\n}\nfor _, f := range fs {\n\tf()\n}\nfmt.Println()")
	if rec.out() != "012\n" {
		t.Errorf("printed %q, want 012", rec.out())
	}
}

// A cell value passed to a library function's variadic interface
// parameter carries its methods there (yaegi's variadic call passed the
// bare struct: "reflect: cannot use struct ... as type io.Writer").
func TestCellValueToVariadicLibraryInterface(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"bytes\"; \"errors\"; \"fmt\"; \"io\"; \"os\"; \"strings\")\ntype upper struct{ w io.Writer }\nfunc (u upper) Write(p []byte) (int, error) { return u.w.Write(bytes.ToUpper(p)) }\n"+
		"type tagErr struct{ tag string }\nfunc (e *tagErr) Error() string { return \"tag \" + e.tag }")
	rec, _ := run(t, s, "var b bytes.Buffer\nw := io.MultiWriter(&b, upper{os.Stdout}, &upper{&b})\nfmt.Fprint(w, \"hi \")\nfmt.Println(b.String())\n"+
		"err := errors.Join(&tagErr{\"a\"}, io.EOF)\nfmt.Println(strings.ReplaceAll(err.Error(), \"\\n\", \"|\"), errors.Is(err, io.EOF))")
	if want := "HI hi HI \ntag a|EOF true\n"; rec.out() != want {
		t.Errorf("printed %q, want %q", rec.out(), want)
	}
}
