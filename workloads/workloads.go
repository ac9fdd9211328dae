package workloads

import (
	"fmt"
	"reflect"

	"github.com/gogil/gogil/gil"
)

// ImportPath is the path cells import this package under.
const ImportPath = "github.com/gogil/gogil/workloads"

// Set is the workloads bound to one session's lock and interrupt source.
type Set struct {
	lock *gil.Lock
	intr *gil.Interrupter
}

// New binds the workloads to l and to l's Interrupter.
func New(l *gil.Lock) *Set {
	return &Set{lock: l, intr: l.Interrupter()}
}

// plain runs k without touching the lock.
func (w *Set) plain(name string, k kernel, n uint64) uint64 {
	t := w.markBegin(name, n)
	v, _ := k(n, w.intr)
	w.markEnd(t, name)
	return v
}

// holding runs k with the lock held throughout and no check point.
func (w *Set) holding(name string, k kernel, n uint64) uint64 {
	t := w.lock.Current()
	s := w.lock.EnsureOf(t)
	if s.Err() != nil {
		return 0 // interrupted while waiting for the lock
	}
	defer w.lock.Release(s)
	w.lock.WorkBegin(t, fmt.Sprintf("%s(%d)", name, n))
	v, _ := k(n, w.intr)
	w.lock.WorkEnd(t, name)
	return v
}

// releasing runs k with the lock released if the caller held it. Taking it
// back can fail only on an interrupt; the caller then returns without it.
func (w *Set) releasing(name string, k kernel, n uint64) uint64 {
	t := w.lock.Current()
	if w.lock.Held(t) {
		s, err := w.lock.SaveThreadOf(t)
		if err == nil {
			defer w.lock.RestoreThread(s)
		}
	}
	w.lock.WorkBegin(t, fmt.Sprintf("%s(%d)", name, n))
	v, _ := k(n, w.intr)
	w.lock.WorkEnd(t, name)
	return v
}

// markBegin records work in the trace only when one is recorded: finding
// the calling thread costs microseconds.
func (w *Set) markBegin(name string, n uint64) *gil.Thread {
	if !w.lock.Tracing() {
		return nil
	}
	t := w.lock.Current()
	w.lock.WorkBegin(t, fmt.Sprintf("%s(%d)", name, n))
	return t
}

func (w *Set) markEnd(t *gil.Thread, name string) {
	if t != nil {
		w.lock.WorkEnd(t, name)
	}
}

// Fibonacci is the article's `fibonacci` (the cdef function): native code
// that never touches the lock.
func (w *Set) Fibonacci(n uint64) uint64 { return w.plain("Fibonacci", fibonacci, n) }

// FibonacciGIL is cython_gil / numba_gil: the loop with the lock held.
func (w *Set) FibonacciGIL(n uint64) uint64 { return w.holding("FibonacciGIL", fibonacci, n) }

// FibonacciNoGIL is cython_nogil / numba_nogil: the loop with the lock released.
func (w *Set) FibonacciNoGIL(n uint64) uint64 {
	return w.releasing("FibonacciNoGIL", fibonacci, n)
}

// Countdown is Beazley's countdown; it returns how many times it counted.
func (w *Set) Countdown(n uint64) uint64 { return w.plain("Countdown", countdown, n) }

// CountdownGIL is Countdown with the lock held.
func (w *Set) CountdownGIL(n uint64) uint64 { return w.holding("CountdownGIL", countdown, n) }

// CountdownNoGIL is Countdown with the lock released.
func (w *Set) CountdownNoGIL(n uint64) uint64 {
	return w.releasing("CountdownNoGIL", countdown, n)
}

// CountPrimes counts the primes below limit by trial division.
func (w *Set) CountPrimes(limit uint64) uint64 { return w.plain("CountPrimes", countPrimes, limit) }

// CountPrimesGIL is CountPrimes with the lock held.
func (w *Set) CountPrimesGIL(limit uint64) uint64 {
	return w.holding("CountPrimesGIL", countPrimes, limit)
}

// CountPrimesNoGIL is CountPrimes with the lock released.
func (w *Set) CountPrimesNoGIL(limit uint64) uint64 {
	return w.releasing("CountPrimesNoGIL", countPrimes, limit)
}

// RecurseCython is the article's cell 8 (Cython 0.29): every level does an
// unconditional `with nogil:` (SaveThread), so the second level releases a
// lock its thread no longer holds. CPython dies there; we return the fatal
// error, with the lock as the first level left it (released), and the
// first level then takes it back.
func (w *Set) RecurseCython(n int) (int, error) {
	if n <= 0 {
		return 0, nil
	}
	s, err := w.lock.SaveThread()
	if err != nil {
		return 0, err
	}
	v, err := w.RecurseCython(n - 1)
	if restoreErr := w.lock.RestoreThread(s); err == nil {
		err = restoreErr
	}
	return v, err
}

// RecurseNumba is the article's cell 14: Numba releases the lock only where
// interpreted code calls compiled code, and the recursion stays compiled.
func (w *Set) RecurseNumba(n int) int {
	t := w.lock.Current()
	if w.lock.Held(t) {
		if s, err := w.lock.SaveThreadOf(t); err == nil {
			defer w.lock.RestoreThread(s)
		}
	}
	return recurse(n)
}

func recurse(n int) int {
	if n <= 0 {
		return 0
	}
	return recurse(n - 1)
}

// Exports is the cell-facing package, in the shape of yaegi's
// interp.Exports: the only definition of what workloads.X means in a cell.
// The article's cell 8 is fatal in CPython; in a cell, RecurseCython's fatal
// error makes the cell fail (a panic the session reports), as gil's
// cell-facing functions do.
func (w *Set) Exports() map[string]map[string]reflect.Value {
	return map[string]map[string]reflect.Value{
		ImportPath + "/workloads": {
			"Fibonacci":        reflect.ValueOf(w.Fibonacci),
			"FibonacciGIL":     reflect.ValueOf(w.FibonacciGIL),
			"FibonacciNoGIL":   reflect.ValueOf(w.FibonacciNoGIL),
			"Countdown":        reflect.ValueOf(w.Countdown),
			"CountdownGIL":     reflect.ValueOf(w.CountdownGIL),
			"CountdownNoGIL":   reflect.ValueOf(w.CountdownNoGIL),
			"CountPrimes":      reflect.ValueOf(w.CountPrimes),
			"CountPrimesGIL":   reflect.ValueOf(w.CountPrimesGIL),
			"CountPrimesNoGIL": reflect.ValueOf(w.CountPrimesNoGIL),
			"RecurseCython": reflect.ValueOf(func(n int) int {
				v, err := w.RecurseCython(n)
				if err != nil {
					panic(err)
				}
				return v
			}),
			"RecurseNumba": reflect.ValueOf(w.RecurseNumba),
		},
	}
}
