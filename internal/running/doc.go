// Package running is the one registry of who is running: for each goroutine
// gogil knows about, the cell it works for (where its output and its errors
// belong) and the thread it runs as for the interpreter lock.
//
// Three rooms ask the same question, "on whose behalf does this goroutine
// run?": the session routes the prints of a goroutine a cell started to
// that cell, the lock (package gil) finds the thread state of a goroutine
// calling gil.Ensure, and the magics report a failed thread under the cell
// that started it. They share one Registry, so a goroutine a cell starts —
// by a go statement or as a threading.Thread — is known the same way to
// all three, and keeps its cell even when a later cell is running by the
// time it prints.
//
// The registry is a table keyed by goroutine id; it does not compute ids
// (its callers do). It stores the cell as an opaque value that only the
// session reads, and the thread through the small Thread interface, so it
// imports nothing of gogil and knows nothing of yaegi, Jupyter, the session
// or the lock.
package running
