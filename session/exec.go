package session

import (
	"context"
	"os/exec"
	"sync"
	"time"
)

// Commands a cell starts end with an interrupt, as a Python kernel's
// children do (Jupyter signals the kernel's whole process group):
// otherwise a cell waiting in cmd.Run for `sleep 600` could not be
// stopped, and the next cell would wait behind it (see waitInterrupted).
// exec.Command and exec.CommandContext are replaced by versions whose
// context ends at the first interrupt after the command starts; the
// command is then killed, as Go kills one whose context ends.

// command is exec.Command for cells.
func (s *Session) command(name string, arg ...string) *exec.Cmd {
	return exec.CommandContext(&interruptContext{s: s, parent: context.Background()}, name, arg...)
}

// commandContext is exec.CommandContext for cells: ctx still ends the
// command, and so does an interrupt.
func (s *Session) commandContext(ctx context.Context, name string, arg ...string) *exec.Cmd {
	if ctx == nil {
		return exec.CommandContext(ctx, name, arg...) // Go's own panic
	}
	return exec.CommandContext(&interruptContext{s: s, parent: ctx}, name, arg...)
}

// interruptContext is done when its parent is, or at the first interrupt
// after its Done was first called. exec calls Done when the command
// starts, not when it is made, so a command made in one cell and started
// in a later one is not ended by an interrupt in between.
type interruptContext struct {
	s      *Session
	parent context.Context

	once sync.Once
	done <-chan struct{}
	mu   sync.Mutex
	err  error // set when done is closed
}

func (c *interruptContext) bind() {
	c.once.Do(func() {
		c.s.mu.Lock()
		wake := c.s.wake
		c.s.mu.Unlock()
		parentDone := c.parent.Done()
		if parentDone == nil { // nothing to merge: an interrupt is the only end
			c.done = wake
			return
		}
		merged := make(chan struct{})
		c.done = merged
		// Lives until the parent ends or the next interrupt, whichever
		// comes first (a command's context usually ends with its cell).
		go func() {
			var err error
			select {
			case <-wake:
				err = context.Canceled
			case <-parentDone:
				err = c.parent.Err()
			}
			c.mu.Lock()
			c.err = err
			c.mu.Unlock()
			close(merged)
		}()
	})
}

func (c *interruptContext) Done() <-chan struct{} {
	c.bind()
	return c.done
}

func (c *interruptContext) Err() error {
	c.bind()
	select {
	case <-c.done:
	default:
		return nil
	}
	if c.parent.Done() == nil {
		return context.Canceled
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

func (c *interruptContext) Deadline() (time.Time, bool) { return c.parent.Deadline() }
func (c *interruptContext) Value(key any) any           { return c.parent.Value(key) }
