package gil

import "time"

// Stats are the lock's counters since New.
type Stats struct {
	Acquisitions uint64        // successful takes
	Switches     uint64        // takes by a thread other than the last holder
	ForcedDrops  uint64        // drops made with a drop request pending
	DropRequests uint64        // requests set by waiters after a whole interval
	Waited       time.Duration // total time threads spent waiting for the lock
	Threads      []ThreadStats // per thread, in creation order
}

// ThreadStats are one thread's share of Stats.
type ThreadStats struct {
	ID           uint64
	Name         string
	Alive        bool
	Acquisitions uint64
	Switches     uint64 // times it took the lock over from another thread
	ForcedDrops  uint64
	DropRequests uint64
	Waited       time.Duration
}

// Stats returns a snapshot of the counters.
func (l *Lock) Stats() Stats {
	l.mu.Lock()
	defer l.mu.Unlock()
	s := l.totals
	s.Threads = make([]ThreadStats, len(l.threads))
	for i, t := range l.threads {
		s.Threads[i] = t.stats
		s.Threads[i].Acquisitions = t.acquisitions.Load()
		s.Acquisitions += s.Threads[i].Acquisitions
	}
	return s
}
