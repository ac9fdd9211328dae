package session

import (
	"context"
	"strings"
	"testing"
)

// A cell that closes or drops os.Stdout or os.Stderr, however it gets hold
// of them, must not silence the cells after it.
func TestClosedStdioComesBack(t *testing.T) {
	tests := []struct{ name, code string }{
		{"close stdout", `os.Stdout.Close()`},
		{"close stderr", `os.Stderr.Close()`},
		{"close both", "os.Stdout.Close()\nos.Stderr.Close()"},
		{"close a copy", "f := os.Stdout\nf.Close()"},
		{"deferred close", "defer os.Stdout.Close()\nfmt.Println(\"still here\")"},
		{"close in a goroutine", "done := make(chan bool)\ngo func() { os.Stderr.Close(); close(done) }()\n<-done"},
		{"set to nil", "os.Stdout = nil\nos.Stderr = nil"},
		{"close twice", "os.Stdout.Close()\nos.Stdout.Close()"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			for round := 0; round < 2; round++ { // the renewed files close and come back too
				run(t, s, tt.code)
				rec, _ := run(t, s, "fmt.Println(1)\nos.Stdout.WriteString(\"2\\n\")\nfmt.Fprintln(os.Stdout, 3)\nfmt.Fprintln(os.Stderr, \"e\")")
				if rec.out() != "1\n2\n3\n" || rec.err() != "e\n" {
					t.Errorf("round %d: the next cell printed stdout %q, stderr %q", round, rec.out(), rec.err())
				}
			}
		})
	}
}

// Within the cell that closed it, os.Stdout behaves as in Go: writes fail
// with the usual error, and nothing waits.
func TestWriteToClosedStdoutFailsInItsCell(t *testing.T) {
	s := newSession(t)
	for _, stream := range []string{"Stdout", "Stderr"} {
		_, res := run(t, s, "os."+stream+".Close()\n_, err := fmt.Fprintln(os."+stream+", \"lost\")\nerr.Error()")
		want := `"write /dev/` + strings.ToLower(stream) + `: file already closed"`
		if plain(res) != want {
			t.Errorf("writing to a closed os.%s gives %s, want %s", stream, plain(res), want)
		}
	}
}

// A working file a cell put in os.Stdout stays there.
func TestOwnStdoutIsKept(t *testing.T) {
	s := newSession(t)
	run(t, s, "own, _ := os.CreateTemp(\"\", \"gogil-stdout\")\ndefer os.Remove(own.Name())\nsaved := os.Stdout\nos.Stdout = own")
	_, res := run(t, s, "os.Stdout == own")
	if plain(res) != "true" {
		t.Errorf("the cell's own os.Stdout was replaced: os.Stdout == own is %s", plain(res))
	}
	run(t, s, "own.Close()\nos.Stdout = saved")
	rec, _ := run(t, s, `fmt.Fprintln(os.Stdout, "back")`)
	if rec.out() != "back\n" {
		t.Errorf("after restoring os.Stdout the cell printed %q", rec.out())
	}
}

// log and flag hold the session's own stderr; a cell must not be able to
// close it through them.
func TestLogWriterCannotBeClosed(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\n\"flag\"\n\"log\"\n)")
	for _, code := range []string{`log.Writer().(*os.File).Close()`, `flag.CommandLine.Output().(*os.File).Close()`} {
		if _, e := s.Execute(context.Background(), Cell{Code: code}, &recorder{}); e == nil {
			t.Errorf("%s: the session's stderr is an *os.File a cell can close", code)
		}
	}
	rec, _ := run(t, s, "log.SetFlags(0)\nlog.Print(\"logged\")\nfmt.Fprintln(os.Stderr, \"e\")")
	if rec.err() != "logged\ne\n" {
		t.Errorf("stderr after the attempts: %q", rec.err())
	}
}

// fmt.Print writes to os.Stdout as it is, as in Go: a file the cell put
// there gets the text, and a closed or nil os.Stdout gives Go's error.
func TestPrintFollowsStdout(t *testing.T) {
	s := newSession(t)
	rec, res := run(t, s, `own, _ := os.CreateTemp("", "gogil-stdout")
defer os.Remove(own.Name())
saved := os.Stdout
os.Stdout = own
fmt.Println("to the file")
fmt.Printf("%d\n", 42)
os.Stdout = saved
own.Close()
text, _ := os.ReadFile(own.Name())
string(text)`)
	if rec.out() != "" || plain(res) != `"to the file\n42\n"` {
		t.Errorf("printing with os.Stdout set to a file: cell output %q, file %s", rec.out(), plain(res))
	}
	for _, tt := range []struct{ code, want string }{
		{"os.Stdout.Close()\n_, err := fmt.Println(\"lost\")\nerr.Error()", `"write /dev/stdout: file already closed"`},
		{"os.Stdout = nil\n_, err := fmt.Println(\"lost\")\nerr != nil", "true"},
	} {
		rec, res := run(t, s, tt.code)
		if rec.out() != "" || plain(res) != tt.want {
			t.Errorf("%q: printed %q, result %s, want nothing printed and %s", tt.code, rec.out(), plain(res), tt.want)
		}
	}
	if rec, _ := run(t, s, `fmt.Println("back")`); rec.out() != "back\n" {
		t.Errorf("the next cell printed %q", rec.out())
	}
}

// What the log package writes from a goroutine lands under the cell that
// started the goroutine, as fmt.Print's does, even while a later cell runs.
func TestGoroutineLogStaysWithItsCell(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"log\"")
	first, _ := run(t, s, `log.SetFlags(0)
release := make(chan bool)
done := make(chan bool)
go func() {
	<-release
	log.Println("from the goroutine")
	fmt.Println("printed too")
	close(done)
}()`)
	second, _ := run(t, s, "close(release)\n<-done\nlog.Println(\"from the second cell\")")
	if first.err() != "from the goroutine\n" || first.out() != "printed too\n" {
		t.Errorf("the first cell got stderr %q, stdout %q", first.err(), first.out())
	}
	if second.err() != "from the second cell\n" || second.out() != "" {
		t.Errorf("the second cell got stderr %q, stdout %q", second.err(), second.out())
	}
}
