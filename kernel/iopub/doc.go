// Package iopub is the kernel's iopub socket: a ZeroMQ PUB socket of its
// own, with a bounded queue and a writer per subscriber, so that a cell
// printing faster than a frontend reads is slowed down to the frontend's
// pace, or its text dropped with a notice for a frontend that stopped
// reading, and never piles up in memory (iopub.go says how).
//
// It carries signed frames and knows nothing of what they say beyond a
// message's parent and whether it is a cell's output; it must not know
// the kernel's requests, the interpreter or the language.
package iopub
