package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// A logger sink that is a Writer, a Closer and a Stringer; code that gets
// it as an io.Writer discovers the rest by assertion, as io.Copy and
// net/http do.
type Sink struct {
	name   string
	lines  []string
	closed bool
}

func (s *Sink) Write(p []byte) (int, error) {
	if s.closed {
		return 0, errors.New(s.name + ": closed")
	}
	s.lines = append(s.lines, strings.TrimSuffix(string(p), "\n"))
	return len(p), nil
}

func (s *Sink) Close() error   { s.closed = true; return nil }
func (s *Sink) String() string { return fmt.Sprintf("sink %s (%d lines)", s.name, len(s.lines)) }

// Null writes nothing and is a value type.
type Null struct{}

func (Null) Write(p []byte) (int, error) { return len(p), nil }

// Temporary is an error that also reports a Timeout, like net.Error.
type Temporary struct{ op string }

func (t Temporary) Error() string   { return t.op + ": temporary failure" }
func (t Temporary) Timeout() bool   { return true }
func (t Temporary) String() string  { return "Temporary(" + t.op + ")" }
func (t Temporary) Unwrap() error   { return os.ErrDeadlineExceeded }
func (t Temporary) Temporary() bool { return true }

func finish(w io.Writer) string {
	desc := "anonymous writer"
	if s, ok := w.(fmt.Stringer); ok {
		desc = s.String()
	}
	if c, ok := w.(io.Closer); ok {
		c.Close()
		desc += ", closed"
	}
	switch w.(type) {
	case io.WriteCloser:
		desc += " [write-closer]"
	case io.Writer:
		desc += " [writer]"
	}
	return desc
}

func inspect(err error) string {
	var parts []string
	if s, ok := err.(fmt.Stringer); ok {
		parts = append(parts, "stringer="+s.String())
	}
	if t, ok := err.(interface{ Timeout() bool }); ok {
		parts = append(parts, fmt.Sprint("timeout=", t.Timeout()))
	}
	if u, ok := err.(interface{ Unwrap() error }); ok {
		parts = append(parts, "unwraps="+u.Unwrap().Error())
	}
	return err.Error() + " " + strings.Join(parts, " ")
}

func main() {
	s := &Sink{name: "audit"}
	fmt.Fprintln(s, "first")
	fmt.Fprintf(s, "second %d\n", 2)
	fmt.Println(finish(s))
	_, err := fmt.Fprintln(s, "third")
	fmt.Println(err)
	fmt.Println(finish(Null{}), "|", finish(os.Stdout) != "", "|", finish(&strings.Builder{}))

	fmt.Println(inspect(Temporary{"dial"}))
	fmt.Println(inspect(errors.New("plain")))
	fmt.Println(inspect(fmt.Errorf("wrapped: %w", Temporary{"read"})))
	fmt.Println(errors.Is(Temporary{"x"}, os.ErrDeadlineExceeded))

	writers := []io.Writer{s, Null{}, io.Discard}
	closers := 0
	for _, w := range writers {
		if _, ok := w.(io.Closer); ok {
			closers++
		}
	}
	fmt.Println("closers:", closers, s.lines)
}
