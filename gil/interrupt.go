package gil

import (
	"errors"
	"sync"
	"sync/atomic"
)

// ErrInterrupted is what every abortable wait returns while the session's
// Interrupter is pending: the Go face of KeyboardInterrupt.
var ErrInterrupted = errors.New("KeyboardInterrupt: interrupted by the kernel")

// Interrupter is the session's Ctrl-C. It is sticky on purpose: a cell may
// have several threads blocked in different places, and each must see the
// interrupt whenever it next checks, so the flag stays up until the session
// resets it before running the next cell.
type Interrupter struct {
	pending atomic.Bool
	count   atomic.Uint64

	mu   sync.Mutex
	done chan struct{} // closed while pending, replaced by Reset
}

func newInterrupter() *Interrupter {
	return &Interrupter{done: make(chan struct{})}
}

// Interrupt raises the flag and wakes every abortable wait.
func (i *Interrupter) Interrupt() {
	i.mu.Lock()
	defer i.mu.Unlock()
	if i.pending.Load() {
		return
	}
	i.count.Add(1)
	i.pending.Store(true)
	close(i.done)
}

// Reset lowers the flag; waits started afterwards block normally again.
func (i *Interrupter) Reset() {
	i.mu.Lock()
	defer i.mu.Unlock()
	if !i.pending.Load() {
		return
	}
	i.pending.Store(false)
	i.done = make(chan struct{})
}

// Pending is the cheap check loops make: one atomic load.
func (i *Interrupter) Pending() bool { return i.pending.Load() }

// Err is ErrInterrupted while pending, nil otherwise.
func (i *Interrupter) Err() error {
	if i.pending.Load() {
		return ErrInterrupted
	}
	return nil
}

// Done is closed while an interrupt is pending. Take it once per wait: Reset
// installs a new channel.
func (i *Interrupter) Done() <-chan struct{} {
	i.mu.Lock()
	defer i.mu.Unlock()
	return i.done
}

// Count is how many interrupts have been raised so far; comparing two
// readings tells whether an interrupt happened in between even if it has
// since been reset.
func (i *Interrupter) Count() uint64 { return i.count.Load() }
