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

// Count is how many interrupts have been raised so far. Long-running work
// reads it when it starts and compares at each check (one atomic load):
// that sees an interrupt even if the session has reset it in between, which
// the sticky flag alone would miss.
func (i *Interrupter) Count() uint64 { return i.count.Load() }

// Begin is what work calls when it starts: the count to compare against,
// and whether an interrupt is pending already (then it should not start).
func (i *Interrupter) Begin() (epoch uint64, pending bool) {
	epoch = i.count.Load()
	return epoch, i.pending.Load()
}

// Since tells whether an interrupt was raised after Begin returned epoch.
func (i *Interrupter) Since(epoch uint64) bool { return i.count.Load() != epoch }
