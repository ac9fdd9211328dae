package session

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/gogil/gogil/cellio"
)

// recorder is a cellio.Cell that keeps everything, safe for goroutines.
type recorder struct {
	mu       sync.Mutex
	stdout   strings.Builder
	stderr   strings.Builder
	displays []cellio.Output
	clears   []bool
	inputs   []string // answers to give, in order
	asked    int
	noStdin  bool
}

func (r *recorder) Stream(name, text string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if name == "stdout" {
		r.stdout.WriteString(text)
	} else {
		r.stderr.WriteString(text)
	}
}

func (r *recorder) Display(out cellio.Output) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.displays = append(r.displays, out)
}

func (r *recorder) ClearOutput(wait bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.clears = append(r.clears, wait)
}

func (r *recorder) Input(prompt string, password bool) (string, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.noStdin {
		return "", errors.New("the frontend does not allow stdin")
	}
	r.asked++
	if len(r.inputs) == 0 {
		return "", errors.New("no more input")
	}
	line := r.inputs[0]
	r.inputs = r.inputs[1:]
	return line, nil
}

func (r *recorder) out() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.stdout.String()
}

func (r *recorder) err() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.stderr.String()
}

func newSession(t testing.TB) *Session {
	t.Helper()
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}

// run executes code and fails the test on an error.
func run(t testing.TB, s *Session, code string) (*recorder, Result) {
	t.Helper()
	rec := &recorder{}
	res, e := s.Execute(context.Background(), Cell{Code: code}, rec)
	if e != nil {
		t.Fatalf("cell %q failed: %v\n%s\nstderr: %s", code, e, strings.Join(e.Traceback, "\n"), rec.err())
	}
	return rec, res
}

func plain(res Result) string {
	if res.Value == nil {
		return "<none>"
	}
	s, _ := res.Value.Data["text/plain"].(string)
	return s
}

// checkCellAfter runs decls, then code, in a fresh session: code must
// print out and, where err is not empty, end in an error containing it.
func checkCellAfter(t *testing.T, decls, code, out, err string) {
	t.Helper()
	s := newSession(t)
	run(t, s, decls)
	rec := &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
	switch {
	case err == "" && e != nil:
		t.Fatalf("%v\n%s", e, strings.Join(e.Traceback, "\n"))
	case err != "" && (e == nil || !strings.Contains(e.Value, err)):
		t.Fatalf("error %v, want one with %q; printed %q", e, err, rec.out())
	}
	if rec.out() != out {
		t.Errorf("printed %q, want %q", rec.out(), out)
	}
}
