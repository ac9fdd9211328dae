// Package timeline draws a trace of the interpreter lock (gil.Event) as an
// SVG picture in the spirit of David Beazley's gilvis: one lane per thread,
// time across, with who held the lock, who waited for it, the drop requests
// waiters made, forced drops and the native work each thread ran.
//
// It is a pure function of the events so a cell, a test or a command can
// draw the same trace the same way: no globals, no clock, deterministic
// output. It knows the gil package only for its Event type, and nothing of
// yaegi, the kernel or the session; showing the picture is the caller's job
// (display.SVG, a file, ...).
//
// A trace may merge the locks of several interpreters (sub-interpreters,
// pool worker processes): gil.Event.Lock names each other one. Every lock
// has its own holder (a take of one after a drop of another is no
// switch), and its lanes are drawn together under a heading with its name.
//
// A trace of a long run has far more events than the picture has pixels, so
// stretches shorter than a pixel are merged: the output grows with the
// number of threads and the width, not with the number of events.
package timeline
