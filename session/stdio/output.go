package stdio

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"unicode/utf8"
)

// Pipe forwards what the interpreter writes to one stream (stdout or
// stderr) to an emit function (the session's sends it to the sink of the
// current cell). yaegi needs an *os.File, or os.Stdout inside cells
// escapes to the process; the pipe also gives back-pressure, so a chatty
// cell never buffers more than one chunk here.
//
// Flushing: a marker with a sequence number is written through the pipe;
// when the reader meets it, everything written before has been handed to
// emit.
//
// The interpreted code does not see w: its os.Stdout (or os.Stderr) is the
// variable UserFile points at, a duplicate of w's descriptor. Code that
// closes it closes only the duplicate, so the pipe, the flush markers and
// the session's own writes live on, and RenewUserFile makes a fresh
// duplicate for the next cell. Both descriptors write into the same pipe,
// so output keeps its order.
type Pipe struct {
	name string
	r, w *os.File
	// userFile is the variable behind os.Stdout (or os.Stderr) in cells;
	// spare is the last duplicate made, kept to be closed with the pipe
	// (the reader sees end of file only once every write end is closed).
	userFile *os.File
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

// NewPipe starts a pipe whose reader hands emit chunks of at most 32 KiB of
// valid UTF-8, never splitting a rune.
func NewPipe(name string, emit func(string)) (*Pipe, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, fmt.Errorf("stdio: %s pipe: %w", name, err)
	}
	var nonce [8]byte
	_, _ = rand.Read(nonce[:])
	p := &Pipe{
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

// Writer is the pipe's write end, given to the interpreter as its Stdout or
// Stderr.
func (p *Pipe) Writer() *os.File { return p.w }

// Flush returns once everything written to the pipe before the call has
// been emitted (or the pipe is closed).
func (p *Pipe) Flush() {
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

// Close closes the write end and returns once the reader has emitted what
// was left.
func (p *Pipe) Close() {
	if p.spare != nil {
		_ = p.spare.Close()
	}
	_ = p.w.Close()
	<-p.done
	_ = p.r.Close()
}

// UserFile is the variable interpreted code sees as os.Stdout (or
// os.Stderr): a session puts it in the interpreter's symbol table.
// RenewUserFile must have run once before it is used.
func (p *Pipe) UserFile() **os.File { return &p.userFile }

// Owns says whether f is the duplicate the pipe made for user code (open,
// or closed by that code), not a file the code put in its place.
func (p *Pipe) Owns(f *os.File) bool { return f != nil && f == p.spare }

// RenewUserFile points the user file at a working duplicate of the write
// end unless it already is a working file (one the cell put there itself
// is left alone). Between cells only: within a cell, writing to a closed
// os.Stdout fails as in Go.
func (p *Pipe) RenewUserFile() error {
	if fileOpen(p.userFile) {
		return nil
	}
	if !fileOpen(p.spare) {
		f, err := duplicate(p.w, "/dev/"+p.name)
		if err != nil {
			return fmt.Errorf("stdio: %s for cells: %w", p.name, err)
		}
		p.spare = f
	}
	p.userFile = p.spare
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

func (p *Pipe) read() {
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
func (p *Pipe) process(data []byte, final bool) []byte {
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

func (p *Pipe) send(b []byte) {
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
