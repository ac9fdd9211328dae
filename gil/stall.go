package gil

import (
	"fmt"
	"strings"
	"time"

	"github.com/gogil/gogil/internal/goroutine"
)

// Stalled reports a lock that will never be released: threads have waited
// for it for at least minWait while every goroutine of its holder is
// blocked in Go — on a channel, a select, a mutex — rather than running.
// In CPython a blocking call releases the GIL; where gogil could not
// arrange that (a receive in an if header, a wait in native code), the
// holder waits for something that needs the lock, and nothing can move
// again. The report names the holder, what it is blocked on, and the
// waiters; holder is nil when the lock is not stalled.
//
// It is cheap while nobody has waited long; only then does it take a
// goroutine dump (milliseconds) to look at the holder.
func (l *Lock) Stalled(minWait time.Duration) (report string, holder *Thread) {
	l.mu.Lock()
	holder = l.threadLocked(holderOf(l.state.Load()))
	var waiters []string
	now := time.Now()
	for _, t := range l.waiters {
		if now.Sub(t.waitSince) >= minWait {
			waiters = append(waiters, fmt.Sprintf("%s (for %.1f s)", t.name, now.Sub(t.waitSince).Seconds()))
		}
	}
	l.mu.Unlock()
	if holder == nil || len(waiters) == 0 {
		return "", nil
	}
	states := goroutineStates()
	var blockedOn []string
	for _, id := range l.goroutinesOf(holder) {
		g, alive := states[id]
		if !alive {
			continue // a goroutine that ran as this thread and has ended
		}
		if !g.WaitsOnGoroutine() {
			return "", nil // the holder still runs: it will reach a check point or finish
		}
		blockedOn = append(blockedOn, g.State)
	}
	if len(blockedOn) == 0 {
		return "", nil
	}
	return fmt.Sprintf("deadlock: %s holds the interpreter lock while blocked (%s), and %s wait for the lock. "+
		"In CPython a blocking call releases the GIL; this wait does not (a receive in an if, switch or for header, "+
		"a return or defer statement, or a wait inside native code), so nothing can move: the cell is stopped, "+
		"and the lock is taken from %s so the next cell can run.",
		holder.name, strings.Join(dedupe(blockedOn), ", "), strings.Join(waiters, ", "), holder.name), holder
}

// Revoke takes the lock from t, a holder that Stalled found blocked for
// good, so that the session can go on: the lock is free again and the
// first waiter is woken. It reports whether t still held the lock. If t
// ever wakes up it runs on without the lock, as a thread that let it go
// (its next Exit or Unblock takes it back); CPython has no such state,
// because there a blocking call never keeps the GIL.
func (l *Lock) Revoke(t *Thread) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	for {
		s := l.state.Load()
		if holderOf(s) != t.id {
			return false
		}
		if l.state.CompareAndSwap(s, s&^holderMask) {
			break
		}
	}
	l.dropRequest.Store(false)
	l.record(EventDrop, t, false, false, "revoked")
	if len(l.waiters) > 0 {
		select {
		case l.waiters[0].wake <- struct{}{}:
		default:
		}
	}
	l.wakeForcedDroppersLocked()
	return true
}

// threadLocked finds a thread by id; l.mu is held.
func (l *Lock) threadLocked(id uint64) *Thread {
	if id == 0 || int(id) > len(l.threads) {
		return nil
	}
	return l.threads[id-1]
}

// goroutineStates parses a full dump into the goroutines it names.
func goroutineStates() map[uint64]goroutine.Goroutine {
	gs := goroutine.Parse(goroutine.Dump(64<<10, 64<<20))
	states := make(map[uint64]goroutine.Goroutine, len(gs))
	for _, g := range gs {
		states[g.ID] = g
	}
	return states
}

func dedupe(list []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range list {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
