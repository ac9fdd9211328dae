package session

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"unicode/utf8"

	"github.com/traefik/yaegi/interp"
)

// outputPipe forwards what the interpreter writes to one stream (stdout or
// stderr) to the sink of the current cell. yaegi needs an *os.File, or
// os.Stdout inside cells escapes to the process; the pipe also gives
// back-pressure, so a chatty cell never buffers more than one chunk here.
//
// Flushing: a marker with a sequence number is written through the pipe;
// when the reader meets it, everything written before has been handed to
// the sink.
//
// Cells do not see w: os.Stdout (or os.Stderr) in a cell is cellFile, a
// duplicate of w's descriptor. A cell that closes it closes only the
// duplicate, so the pipe, the flush markers and the session's own writes
// live on, and the next cell gets a fresh duplicate (renewCellFile). Both
// descriptors write into the same pipe, so output keeps its order.
type outputPipe struct {
	name string
	r, w *os.File
	// cellFile is the variable behind os.Stdout (or os.Stderr) in the
	// interpreter's symbol table; spare is the last duplicate made, kept to
	// be closed with the pipe (the reader sees end of file only once every
	// write end is closed).
	cellFile *os.File
	spare    *os.File
	emit     func(text string)
	marker   []byte // prefix; followed by a 16-hex-digit flush id
	mu       sync.Mutex
	nextID   uint64
	waiters  map[uint64]chan struct{}
	done     chan struct{}
}

const (
	readChunk = 32 << 10
	idDigits  = 16
)

func newOutputPipe(name string, emit func(string)) (*outputPipe, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, fmt.Errorf("session: %s pipe: %w", name, err)
	}
	var nonce [8]byte
	_, _ = rand.Read(nonce[:])
	p := &outputPipe{
		name:    name,
		r:       r,
		w:       w,
		emit:    emit,
		marker:  []byte("\x00\x1bgogil-flush-" + hex.EncodeToString(nonce[:]) + ":"),
		waiters: map[uint64]chan struct{}{},
		done:    make(chan struct{}),
	}
	go p.read()
	return p, nil
}

// flush returns once everything written to the pipe before the call has
// been emitted (or the pipe is closed).
func (p *outputPipe) flush() {
	p.mu.Lock()
	p.nextID++
	id := p.nextID
	ch := make(chan struct{})
	p.waiters[id] = ch
	p.mu.Unlock()
	msg := append(append([]byte{}, p.marker...), fmt.Sprintf("%0*x", idDigits, id)...)
	if _, err := p.w.Write(msg); err != nil {
		return
	}
	select {
	case <-ch:
	case <-p.done:
	}
}

func (p *outputPipe) close() {
	if p.spare != nil {
		_ = p.spare.Close()
	}
	_ = p.w.Close()
	<-p.done
	_ = p.r.Close()
}

// giveCellsStdio makes os.Stdout and os.Stderr in cells duplicates of the
// pipes' write ends (see outputPipe). It must run after yaegi's stdlib
// symbols are loaded, which set them to the write ends themselves.
func (s *Session) giveCellsStdio(i *interp.Interpreter) error {
	osSymbols := i.Symbols("os")["os"]
	if osSymbols == nil {
		return fmt.Errorf("session: no os symbols to give cells their stdout and stderr")
	}
	for name, p := range map[string]*outputPipe{"Stdout": s.stdout, "Stderr": s.stderr} {
		if err := p.renewCellFile(); err != nil {
			return err
		}
		osSymbols[name] = reflect.ValueOf(&p.cellFile).Elem()
	}
	// yaegi's log and flag write to the stderr write end itself, and hand
	// it out through log.Writer() and flag.CommandLine.Output().
	w := writeOnly{s.stderr.w}
	if v := i.Symbols("log")["log"]["SetOutput"]; v.IsValid() {
		setOutput, ok := v.Interface().(func(io.Writer))
		if !ok {
			return fmt.Errorf("session: log.SetOutput is a %s", v.Type())
		}
		setOutput(w)
	}
	if v := i.Symbols("flag")["flag"]["CommandLine"]; v.IsValid() {
		set, ok := v.Interface().(*flag.FlagSet)
		if !ok {
			return fmt.Errorf("session: flag.CommandLine is a %s", v.Type())
		}
		set.SetOutput(w)
	}
	return nil
}

// writeOnly hides every method of the writer but Write, so a cell that
// gets hold of it cannot close it.
type writeOnly struct{ w io.Writer }

func (w writeOnly) Write(b []byte) (int, error) { return w.w.Write(b) }

// renewCellStdio gives cells a working os.Stdout and os.Stderr again if an
// earlier cell closed them or set them to nil; a file a cell put there
// itself that still works is left alone. It runs between cells: within a
// cell, writing to a closed os.Stdout fails as in Go.
func (s *Session) renewCellStdio() {
	for _, p := range []*outputPipe{s.stdout, s.stderr} {
		if err := p.renewCellFile(); err != nil {
			// Out of descriptors, most likely: say so through the write end,
			// since the cell's own os.Stderr may be the dead file.
			fmt.Fprintf(s.stderr.w, "gogil: cannot give cells a working %s again: %v\n", p.name, err)
		}
	}
}

// renewCellFile points cellFile at a working duplicate of w unless it
// already is a working file.
func (p *outputPipe) renewCellFile() error {
	if fileOpen(p.cellFile) {
		return nil
	}
	if !fileOpen(p.spare) {
		f, err := duplicate(p.w, "/dev/"+p.name)
		if err != nil {
			return fmt.Errorf("session: %s for cells: %w", p.name, err)
		}
		p.spare = f
	}
	p.cellFile = p.spare
	return nil
}

// fileOpen reports whether f is a file that has not been closed. The
// descriptor is reached through SyscallConn, not Fd, which would switch the
// pipe to blocking writes.
func fileOpen(f *os.File) bool {
	if f == nil {
		return false
	}
	rc, err := f.SyscallConn()
	if err != nil {
		return false
	}
	return rc.Control(func(uintptr) {}) == nil
}

// duplicate returns a new *os.File on a duplicate of f's descriptor, closed
// on exec like every descriptor Go opens (the ForkLock keeps a concurrent
// fork from inheriting it between the two calls).
func duplicate(f *os.File, name string) (*os.File, error) {
	rc, err := f.SyscallConn()
	if err != nil {
		return nil, err
	}
	var fd int
	var dupErr error
	if err := rc.Control(func(raw uintptr) {
		syscall.ForkLock.RLock()
		defer syscall.ForkLock.RUnlock()
		if fd, dupErr = syscall.Dup(int(raw)); dupErr == nil {
			syscall.CloseOnExec(fd)
		}
	}); err != nil {
		return nil, err
	}
	if dupErr != nil {
		return nil, dupErr
	}
	return os.NewFile(uintptr(fd), name), nil
}

func (p *outputPipe) read() {
	defer close(p.done)
	buf := make([]byte, readChunk)
	var held []byte
	for {
		n, err := p.r.Read(buf)
		data := append(held, buf[:n]...)
		held = p.process(data, err != nil)
		if err != nil {
			return
		}
	}
}

// process emits data up to the last complete rune and marker and returns
// the bytes it holds back: a tail that may be the start of a marker, or an
// incomplete UTF-8 sequence (never split a rune across Stream calls).
func (p *outputPipe) process(data []byte, final bool) []byte {
	markerLen := len(p.marker) + idDigits
	for {
		i := bytes.Index(data, p.marker)
		if i < 0 {
			break
		}
		if len(data) < i+markerLen {
			if final {
				break
			}
			p.send(data[:i])
			return append([]byte{}, data[i:]...)
		}
		p.send(data[:i])
		id, _ := strconv.ParseUint(string(data[i+len(p.marker):i+markerLen]), 16, 64)
		p.mu.Lock()
		if ch, ok := p.waiters[id]; ok {
			close(ch)
			delete(p.waiters, id)
		}
		p.mu.Unlock()
		data = data[i+markerLen:]
	}
	if final {
		p.send(data)
		return nil
	}
	keep := markerPrefixTail(data, p.marker)
	if k := incompleteRuneTail(data[:len(data)-keep]); k > 0 {
		keep += k
	}
	p.send(data[:len(data)-keep])
	return append([]byte{}, data[len(data)-keep:]...)
}

func (p *outputPipe) send(b []byte) {
	if len(b) == 0 {
		return
	}
	p.emit(strings.ToValidUTF8(string(b), "\uFFFD"))
}

// markerPrefixTail is the length of the longest suffix of data that is a
// proper prefix of marker.
func markerPrefixTail(data, marker []byte) int {
	for k := min(len(data), len(marker)-1); k > 0; k-- {
		if bytes.HasPrefix(marker, data[len(data)-k:]) {
			return k
		}
	}
	return 0
}

// incompleteRuneTail is the length of a UTF-8 sequence cut short at the end
// of b (0 if b ends on a rune boundary or with invalid bytes).
func incompleteRuneTail(b []byte) int {
	for k := 1; k <= utf8.UTFMax-1 && k <= len(b); k++ {
		c := b[len(b)-k]
		if utf8.RuneStart(c) {
			if c >= 0xC0 && !utf8.FullRune(b[len(b)-k:]) {
				return k
			}
			return 0
		}
	}
	return 0
}

// yaegi prints one line per interpreted frame while a panic unwinds, on the
// interpreter's stderr: "<file>:<line>:<col>: panic: <func>(...)". Those
// lines belong in the error's traceback, not in the cell's stderr.
var panicLine = regexp.MustCompile(`^(?:(.*):)?(\d+):(\d+): panic: ([\w./\-]*)\(\.\.\.\)$`)

// divertPanicLines removes complete panic-frame lines from text and hands
// them to keep. A frame line split between two reads is not recognised and
// stays in the stream; yaegi writes each with one write, so this is rare.
func divertPanicLines(text string, keep func(string)) string {
	if !strings.Contains(text, ": panic: ") {
		return text
	}
	var out strings.Builder
	for len(text) > 0 {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			out.WriteString(text)
			break
		}
		line := text[:i]
		if panicLine.MatchString(line) {
			keep(line)
		} else {
			out.WriteString(text[:i+1])
		}
		text = text[i+1:]
	}
	return out.String()
}
