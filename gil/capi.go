package gil

import (
	"errors"
	"fmt"
)

// The cell-facing API. Names mirror CPython's C API (PyEval_SaveThread,
// PyEval_RestoreThread, PyGILState_Ensure, PyGILState_Release) so that the
// article's Cython idioms translate one to one.

var (
	// ErrNoEnsure: Release was given a state no Ensure returned, or more
	// Releases than Ensures were made.
	ErrNoEnsure = errors.New("PyGILState_Release: called without a matching PyGILState_Ensure")
	// ErrNotSaved: RestoreThread was given a state SaveThread did not return.
	ErrNotSaved = errors.New("PyEval_RestoreThread: the state was not returned by PyEval_SaveThread")
)

type stateKind uint8

const (
	stateNone           stateKind = iota
	stateSaved                    // from SaveThread
	stateEnsureLocked             // Ensure found the lock held by the thread (PyGILState_LOCKED)
	stateEnsureUnlocked           // Ensure took it (PyGILState_UNLOCKED)
)

// State is what SaveThread and Ensure return and RestoreThread and Release
// take back: the thread, and for Ensure whether it held the lock already.
type State struct {
	thread *Thread
	kind   stateKind
	err    error
}

// Thread is the thread the state belongs to.
func (s State) Thread() *Thread { return s.thread }

// Locked is PyGILState_LOCKED: Ensure found the lock already held.
func (s State) Locked() bool { return s.kind == stateEnsureLocked }

// Err is why Ensure failed (an interrupt while waiting); nil otherwise.
func (s State) Err() error { return s.err }

// FatalError is a "Fatal Python error": CPython aborts the process, we
// return it with the same text and a dump of the threads, and leave the lock
// as it was.
type FatalError struct {
	Message string // e.g. "PyEval_SaveThread: NULL tstate"
	Dump    string // one block per thread, like faulthandler's
}

func (e *FatalError) Error() string {
	return "Fatal Python error: " + e.Message + "\n\n" + e.Dump
}

// SaveThread is PyEval_SaveThread for the calling thread, strict like Cython
// 0.29's `with nogil:`: releasing a lock the thread does not hold is a fatal
// error (the article's "PyEval_SaveThread: NULL tstate").
func (l *Lock) SaveThread() (State, error) { return l.SaveThreadOf(l.Current()) }

// SaveThreadOf is SaveThread for a known thread.
func (l *Lock) SaveThreadOf(t *Thread) (State, error) {
	if !l.Held(t) {
		return State{}, &FatalError{Message: "PyEval_SaveThread: NULL tstate", Dump: l.dumpThreads(t)}
	}
	if err := l.Drop(t); err != nil {
		return State{}, fmt.Errorf("PyEval_SaveThread: %w", err)
	}
	return State{thread: t, kind: stateSaved}, nil
}

// RestoreThread is PyEval_RestoreThread: it takes the lock back for the
// state's thread. If that thread already holds it, CPython hangs; we return
// ErrDeadlock. While an interrupt is pending it may return ErrInterrupted,
// and the thread then does not hold the lock.
func (l *Lock) RestoreThread(s State) error {
	if s.kind != stateSaved || s.thread == nil {
		return ErrNotSaved
	}
	if l.Held(s.thread) {
		return fmt.Errorf("PyEval_RestoreThread: %s: %w", s.thread.name, ErrDeadlock)
	}
	if err := l.Take(s.thread); err != nil {
		return fmt.Errorf("PyEval_RestoreThread: %w", err)
	}
	return nil
}

// Ensure is PyGILState_Ensure for the calling thread: reentrant, it only
// counts when the thread holds the lock already, and takes it otherwise. If
// the wait is interrupted the state carries the error (State.Err) and
// Release of it returns that error without touching the lock.
func (l *Lock) Ensure() State { return l.EnsureOf(l.Current()) }

// EnsureOf is Ensure for a known thread.
func (l *Lock) EnsureOf(t *Thread) State {
	if l.Held(t) {
		t.ensureDepth++
		return State{thread: t, kind: stateEnsureLocked}
	}
	if err := l.Take(t); err != nil {
		return State{thread: t, err: fmt.Errorf("PyGILState_Ensure: %w", err)}
	}
	t.ensureDepth++
	return State{thread: t, kind: stateEnsureUnlocked}
}

// Release is PyGILState_Release: it drops the lock only if the matching
// Ensure took it. It trusts the state for the thread, as CPython does, so it
// needs no lookup of the caller.
func (l *Lock) Release(s State) error {
	if s.err != nil {
		return s.err
	}
	t := s.thread
	if t == nil || (s.kind != stateEnsureLocked && s.kind != stateEnsureUnlocked) {
		return ErrNoEnsure
	}
	if t.ensureDepth == 0 {
		return fmt.Errorf("%w (thread %s has no Ensure left)", ErrNoEnsure, t.name)
	}
	t.ensureDepth--
	if s.kind == stateEnsureUnlocked {
		if err := l.Drop(t); err != nil {
			return fmt.Errorf("PyGILState_Release: %w", err)
		}
	}
	return nil
}

// HeldByCaller is PyGILState_Check: does the calling thread hold the lock?
func (l *Lock) HeldByCaller() bool {
	if holderOf(l.state.Load()) == 0 {
		return false
	}
	return l.Held(l.Current())
}

// CheckpointCaller is Checkpoint for the calling thread; like Checkpoint it
// costs two atomic loads when nothing is pending, and resolves the caller
// only when it must yield.
func (l *Lock) CheckpointCaller() error {
	if !l.dropRequest.Load() && !l.intr.pending.Load() {
		return nil
	}
	return l.checkpointSlow(l.Current())
}
