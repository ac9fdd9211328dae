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
		if report, stuck := l.Stalled(50 * time.Millisecond); stuck != nil {
			for _, want := range []string{"Holder", "chan receive", "Waiter"} {
				if !strings.Contains(report, want) {
					t.Errorf("report lacks %q: %s", want, report)
				}
			}
			if stuck != holder {
				t.Errorf("stalled holder %v, want %v", stuck, holder)
			}
			// Revoking frees the lock: the waiter gets it.
			if !l.Revoke(holder) {
				t.Fatal("Revoke: the holder did not hold the lock")
			}
			for l.Holder() != waiter {
				if time.Now().After(deadline) {
					t.Fatalf("after Revoke the holder is %v, want the waiter", l.Holder())
				}
				time.Sleep(time.Millisecond)
			}
			if l.Revoke(holder) {
				t.Error("Revoke of a thread that no longer holds the lock reported true")
			}
			close(never) // the old holder wakes up without the lock
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
		if report, stuck := l.Stalled(50 * time.Millisecond); stuck != nil {
			t.Fatalf("a running holder was reported: %s", report)
		}
	}
	close(stop)
}
