package gil

import (
	"strings"
	"testing"
	"time"
)

func TestStalledHolderBlockedOnAChannel(t *testing.T) {
	l := New()
	holder := l.NewThread("Holder")
	never := make(chan struct{})
	held := make(chan struct{})
	go func() {
		defer l.Bind(holder)()
		if err := l.Take(holder); err != nil {
			t.Error(err)
		}
		close(held)
		<-never // blocked in Go while holding the lock
		l.Drop(holder)
	}()
	<-held
	waiter := l.NewThread("Waiter")
	go l.Take(waiter)
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if report, stalled := l.Stalled(50 * time.Millisecond); stalled {
			for _, want := range []string{"Holder", "chan receive", "Waiter"} {
				if !strings.Contains(report, want) {
					t.Errorf("report lacks %q: %s", want, report)
				}
			}
			l.intr.Interrupt() // lets the waiter go
			close(never)
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("a holder blocked on a channel with a waiter was never reported")
}

func TestNotStalledWhileTheHolderRuns(t *testing.T) {
	l := New()
	holder := l.NewThread("Holder")
	stop := make(chan struct{})
	held := make(chan struct{})
	go func() {
		defer l.Bind(holder)()
		l.Take(holder)
		close(held)
		for {
			select {
			case <-stop:
				l.Drop(holder)
				return
			default: // busy, like compiled code holding the lock
			}
		}
	}()
	<-held
	waiter := l.NewThread("Waiter")
	go l.Take(waiter)
	time.Sleep(200 * time.Millisecond)
	for range 5 {
		if report, stalled := l.Stalled(50 * time.Millisecond); stalled {
			t.Fatalf("a running holder was reported: %s", report)
		}
	}
	close(stop)
}
