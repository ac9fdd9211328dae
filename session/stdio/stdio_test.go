package stdio

import (
	"errors"
	"io"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// collector keeps what a pipe emits, safe for the pipe's reader goroutine.
type collector struct {
	mu     sync.Mutex
	chunks []string
}

func (c *collector) emit(text string) {
	c.mu.Lock()
	c.chunks = append(c.chunks, text)
	c.mu.Unlock()
}

func (c *collector) text() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return strings.Join(c.chunks, "")
}

func newPipe(t *testing.T) (*Pipe, *collector) {
	t.Helper()
	c := &collector{}
	p, err := NewPipe("stdout", c.emit)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Close)
	return p, c
}

func TestFlushHandsOnEverythingWrittenBefore(t *testing.T) {
	p, c := newPipe(t)
	want := ""
	for i := range 100 {
		line := strings.Repeat("x", i) + "\n"
		want += line
		if _, err := p.Writer().WriteString(line); err != nil {
			t.Fatal(err)
		}
	}
	p.Flush()
	if got := c.text(); got != want {
		t.Fatalf("got %d bytes, want %d", len(got), len(want))
	}
	p.Flush() // nothing new: returns all the same
}

func TestPipeNeverSplitsRunesAndDropsMarkers(t *testing.T) {
	p, c := newPipe(t)
	// More than one read chunk of 3-byte runes: a chunk boundary falls inside
	// a rune unless the pipe holds the tail back.
	text := strings.Repeat("€", readChunk)
	go func() {
		_, _ = p.Writer().WriteString(text)
	}()
	for len(c.text()) < len(text) {
		p.Flush()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, chunk := range c.chunks {
		if !utf8.ValidString(chunk) || strings.ContainsRune(chunk, utf8.RuneError) {
			t.Fatalf("chunk %d is not whole runes", i)
		}
		if strings.Contains(chunk, "gogil-flush") {
			t.Fatalf("chunk %d carries a flush marker", i)
		}
	}
}

func TestInvalidUTF8IsReplaced(t *testing.T) {
	p, c := newPipe(t)
	_, _ = p.Writer().Write([]byte("a\xffb\n"))
	p.Flush()
	if got := c.text(); got != "a\uFFFDb\n" {
		t.Fatalf("got %q", got)
	}
}

func TestCloseEmitsWhatIsLeft(t *testing.T) {
	c := &collector{}
	p, err := NewPipe("stderr", c.emit)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = p.Writer().WriteString("last words")
	p.Close()
	if got := c.text(); got != "last words" {
		t.Fatalf("got %q", got)
	}
	if _, err := p.Writer().WriteString("more"); err == nil {
		t.Fatal("a write after Close succeeded")
	}
}

func TestProcessHoldsBackTails(t *testing.T) {
	c := &collector{}
	p := &Pipe{marker: []byte("\x00MARK:"), emit: c.emit, waiters: map[uint64]chan struct{}{}}
	tests := []struct {
		name        string
		data        string
		final       bool
		emits, held string // what is emitted, what is held back
	}{
		{"plain", "abc", false, "abc", ""},
		{"cut rune", "a\xe2\x82", false, "a", "\xe2\x82"},
		{"marker prefix", "ab\x00MA", false, "ab", "\x00MA"},
		{"whole marker", "ab\x00MARK:0000000000000001cd", false, "abcd", ""},
		{"cut marker id", "ab\x00MARK:00001", false, "ab", "\x00MARK:00001"},
		{"final keeps nothing", "a\xe2\x82", true, "a\uFFFD", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c.chunks = nil
			held := p.process([]byte(tt.data), tt.final)
			if c.text() != tt.emits || string(held) != tt.held {
				t.Errorf("emitted %q held %q, want %q and %q", c.text(), held, tt.emits, tt.held)
			}
		})
	}
}

func TestInputAsksLineByLine(t *testing.T) {
	lines := []string{"first", "second"}
	asked := 0
	in := NewInput(func() (string, error) {
		asked++
		if len(lines) == 0 {
			return "", io.ErrUnexpectedEOF
		}
		line := lines[0]
		lines = lines[1:]
		return line, nil
	}, nil)
	buf := make([]byte, 3)
	n, _ := in.Read(buf)
	if string(buf[:n]) != "fir" || asked != 1 {
		t.Fatalf("read %q after %d asks", buf[:n], asked)
	}
	in.Reset() // the rest of "first" is dropped
	all := make([]byte, 64)
	n, _ = in.Read(all)
	if string(all[:n]) != "second\n" {
		t.Fatalf("after Reset read %q", all[:n])
	}
}

func TestInputFailureIsReported(t *testing.T) {
	refused := errors.New("stdin not allowed")
	var reported error
	in := NewInput(func() (string, error) { return "", refused }, func(err error) { reported = err })
	_, err := in.Read(make([]byte, 8))
	if !errors.Is(err, refused) || !errors.Is(reported, refused) {
		t.Fatalf("read error %v, reported %v", err, reported)
	}
}

func TestStreamsReportStdinFailureOnStderr(t *testing.T) {
	out, errs := &collector{}, &collector{}
	s, err := Open(out.emit, errs.emit, func() (string, error) { return "", io.ErrUnexpectedEOF })
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Stdin.Read(make([]byte, 1)); err == nil {
		t.Fatal("read succeeded")
	}
	s.Flush()
	if !strings.Contains(errs.text(), "cannot read stdin") || out.text() != "" {
		t.Fatalf("stdout %q stderr %q", out.text(), errs.text())
	}
}
