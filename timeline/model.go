package timeline

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gogil/gogil/gil"
)

// span is a stretch of one lane: a hold, a wait or a piece of work.
type span struct {
	from, to    time.Duration
	forced      bool // a hold that ended with a forced drop
	interrupted bool // a wait that ended without the lock
	note        string
}

// lane is what one thread did during the trace.
type lane struct {
	lock  string // the lock's interpreter, empty for the tracing one
	id    uint64
	name  string
	holds []span
	waits []span
	works []span
	// requests are the drop requests this thread made while waiting.
	requests []time.Duration

	// Open stretches while replaying; -1 when none is open.
	holdFrom, waitFrom time.Duration
	works0             []span // started, not ended (innermost last)
	// Whether a take (wait-start) was seen: a drop (wait-end) before any
	// means the trace started in the middle of a hold (wait).
	tookOnce, waitedOnce bool
}

// trace is the replayed event list: lanes in thread order and totals for
// the summary line.
type trace struct {
	lanes        []*lane
	locks        int // how many locks the lanes hold: one per interpreter
	end          time.Duration
	switches     int
	forcedDrops  int
	dropRequests int
	interrupted  int
}

// laneKey tells threads apart: by id, or by name for events without one
// (hand-made traces, work recorded for a nil thread).
type laneKey struct {
	lock string
	id   uint64
	name string
}

// replay turns the events, in the order they were recorded, into spans per
// thread. Stretches still open at the end of the trace run to its end;
// closings without an opening run from its start.
func replay(events []gil.Event) *trace {
	tr := &trace{}
	byKey := map[laneKey]*lane{}
	laneOf := func(e gil.Event) *lane {
		k := laneKey{lock: e.Lock, id: e.ThreadID}
		if e.ThreadID == 0 {
			k.name = e.Thread
		}
		if l, ok := byKey[k]; ok {
			if l.name == "" {
				l.name = e.Thread
			}
			return l
		}
		l := &lane{lock: e.Lock, id: e.ThreadID, name: e.Thread, holdFrom: -1, waitFrom: -1}
		byKey[k] = l
		tr.lanes = append(tr.lanes, l)
		return l
	}

	// Each interpreter's lock has its own holder: a take of one lock after
	// another's is no switch.
	lastHolder := map[string]*lane{}
	for _, e := range events {
		if e.At > tr.end {
			tr.end = e.At
		}
		l := laneOf(e)
		switch e.Kind {
		case gil.EventTake:
			if last := lastHolder[e.Lock]; last != nil && last != l {
				tr.switches++
			}
			lastHolder[e.Lock] = l
			l.tookOnce = true
			if l.holdFrom < 0 {
				l.holdFrom = e.At
			}
		case gil.EventDrop:
			lastHolder[e.Lock] = l
			if e.Forced {
				tr.forcedDrops++
			}
			from := l.holdFrom
			if from < 0 {
				if l.tookOnce {
					continue // a second drop: nothing was held
				}
				from = 0
			}
			l.holds = append(l.holds, span{from: from, to: e.At, forced: e.Forced})
			l.holdFrom = -1
			l.tookOnce = true
		case gil.EventDropRequest:
			tr.dropRequests++
			l.requests = append(l.requests, e.At)
		case gil.EventWaitStart:
			l.waitedOnce = true
			if l.waitFrom < 0 {
				l.waitFrom = e.At
			}
		case gil.EventWaitEnd:
			if e.Interrupted {
				tr.interrupted++
			}
			from := l.waitFrom
			if from < 0 {
				if l.waitedOnce {
					continue
				}
				from = 0
			}
			l.waits = append(l.waits, span{from: from, to: e.At, interrupted: e.Interrupted})
			l.waitFrom = -1
			l.waitedOnce = true
		case gil.EventWorkBegin:
			l.works0 = append(l.works0, span{from: e.At, note: e.Note})
		case gil.EventWorkEnd:
			l.endWork(e)
		}
	}

	for _, l := range tr.lanes {
		if l.holdFrom >= 0 {
			l.holds = append(l.holds, span{from: l.holdFrom, to: tr.end})
		}
		if l.waitFrom >= 0 {
			l.waits = append(l.waits, span{from: l.waitFrom, to: tr.end})
		}
		for _, w := range l.works0 {
			w.to = tr.end
			l.works = append(l.works, w)
		}
		l.works0 = nil
		sort.SliceStable(l.works, func(i, j int) bool { return l.works[i].from < l.works[j].from })
		if l.name == "" {
			l.name = fmt.Sprintf("thread %d", l.id)
			if l.id == 0 {
				l.name = "(no thread)"
			}
		}
	}
	// The tracing interpreter's lanes first, then each other lock's
	// together (a group under its name, in natural order: worker 2 before
	// worker 10).
	sort.SliceStable(tr.lanes, func(i, j int) bool {
		a, b := tr.lanes[i], tr.lanes[j]
		if a.lock != b.lock {
			return naturalLess(a.lock, b.lock)
		}
		if a.id != b.id {
			return a.id < b.id
		}
		return a.name < b.name
	})
	for i, l := range tr.lanes {
		if i == 0 || l.lock != tr.lanes[i-1].lock {
			tr.locks++
		}
	}
	return tr
}

// naturalLess orders names with runs of digits compared as numbers.
func naturalLess(a, b string) bool {
	for a != "" && b != "" {
		da, db := digitsPrefix(a), digitsPrefix(b)
		if da != "" && db != "" {
			if na, nb := strings.TrimLeft(da, "0"), strings.TrimLeft(db, "0"); na != nb {
				if len(na) != len(nb) {
					return len(na) < len(nb)
				}
				return na < nb
			}
			a, b = a[len(da):], b[len(db):]
			continue
		}
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		a, b = a[1:], b[1:]
	}
	return len(a) < len(b)
}

func digitsPrefix(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i]
}

// shortName is a lane's name under its lock's heading: without the lock's
// name, which a merged trace puts before each thread's.
func (l *lane) shortName() string {
	if l.lock == "" {
		return l.name
	}
	if rest := strings.TrimPrefix(l.name, l.lock+" "); rest != l.name && rest != "" {
		return rest
	}
	return l.name
}

// endWork closes the innermost open work with the same note (workloads
// nest: a parallel loop's chunks run inside the loop), or the innermost one.
// A work end with nothing open started before the trace did.
func (l *lane) endWork(e gil.Event) {
	at := len(l.works0) - 1
	for i := len(l.works0) - 1; i >= 0; i-- {
		if l.works0[i].note == e.Note {
			at = i
			break
		}
	}
	if at < 0 {
		l.works = append(l.works, span{from: 0, to: e.At, note: e.Note})
		return
	}
	w := l.works0[at]
	w.to = e.At
	if w.note == "" {
		w.note = e.Note
	}
	l.works = append(l.works, w)
	l.works0 = append(l.works0[:at], l.works0[at+1:]...)
}

// total is the time covered by spans (they do not overlap within a lane for
// holds and waits).
func total(spans []span) time.Duration {
	var d time.Duration
	for _, s := range spans {
		d += s.to - s.from
	}
	return d
}
