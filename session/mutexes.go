package session

import (
	"fmt"
	"sync"

	"github.com/gogil/gogil/internal/syncstate"
)

// The checks before an unlock that Go's runtime answers with a fatal
// error (cellsrc/mutexunlock.go): the fatal error would stop the kernel's
// process, so the cell ends with it instead.

// unlock is __gogil.Unlock: m's method (Unlock or RUnlock), after the
// check Go's method makes. A sync.Mutex must be locked, by any goroutine:
// TryLock succeeds only on one nobody holds, and is undone. A
// sync.RWMutex's reader count says what its methods check: Unlock needs
// a writer holding it (a negative count), RUnlock a reader (a count that
// is neither 0 nor a writer's -MaxReaders alone); a try could not
// tell a writer holding the mutex from one waiting for readers.
//
// The check is best-effort: it is not atomic with the unlock, so two
// goroutines that unlock a mutex locked once at the same instant (or an
// extra Unlock while a starving Mutex hands itself to a waiter) may still
// meet Go's fatal error, which stops the kernel as it stops a program.
func (s *Session) unlock(m any, method string) {
	switch m := m.(type) {
	case *sync.Mutex:
		if m.TryLock() {
			m.Unlock()
			s.fatal("sync: unlock of unlocked mutex")
		}
		m.Unlock()
	case *sync.RWMutex:
		if count, ok := syncstate.ReaderCount(m); ok {
			switch {
			case method == "Unlock" && count >= 0:
				s.fatal("sync: Unlock of unlocked RWMutex")
			case method == "RUnlock" && (count == 0 || count == -syncstate.MaxReaders):
				s.fatal("sync: RUnlock of unlocked RWMutex")
			}
		}
		if method == "Unlock" {
			m.Unlock()
		} else {
			m.RUnlock()
		}
	default:
		panic(fmt.Sprintf("gogil: Unlock of a %T", m))
	}
}

// unlockFunc is __gogil.UnlockFunc, the method value m.Unlock (or
// RUnlock) with unlock's check.
func (s *Session) unlockFunc(m any, method string) func() {
	return func() { s.unlock(m, method) }
}

// fatal ends the cell with Go's fatal error, exit status 2.
func (s *Session) fatal(msg string) {
	s.exit(exitRequest{code: 2, caller: "fatal error", msg: msg})
}
