package stdio

import "fmt"

// Streams are one interpreter's stdout, stderr and stdin.
type Streams struct {
	Stdout, Stderr *Pipe
	Stdin          *Input
}

// Open starts the two output pipes and the input. A failed line request is
// reported on stderr, where the user sees why a read got an error.
func Open(stdout, stderr func(string), ask func() (string, error)) (*Streams, error) {
	out, err := NewPipe("stdout", stdout)
	if err != nil {
		return nil, err
	}
	errPipe, err := NewPipe("stderr", stderr)
	if err != nil {
		out.Close()
		return nil, err
	}
	s := &Streams{Stdout: out, Stderr: errPipe}
	s.Stdin = NewInput(ask, func(err error) {
		fmt.Fprintf(errPipe.Writer(), "gogil: cannot read stdin: %v\n", err)
	})
	return s, nil
}

// Flush returns once everything written to stdout and stderr so far has
// been handed on.
func (s *Streams) Flush() {
	s.Stdout.Flush()
	s.Stderr.Flush()
}

// Close closes both output pipes; later writes fail.
func (s *Streams) Close() {
	s.Stdout.Close()
	s.Stderr.Close()
}
