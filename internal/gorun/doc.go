// Package gorun is the go-run corpus that tests compare cells against:
// Go programs (session/testdata/gorun/NAME.go) with what `go run` printed
// for each (NAME.golden, and NAME.exit when the program exited with a
// status other than 0, and NAME.stderr for a program whose stderr is
// checked too: one that logs), each in the two forms a notebook user pastes it:
// the program whole, and as a cell (the declarations, then main's body at
// the top level), which Case.Cells also gives split in two cells, as a
// notebook user keeps them.
//
// It must not know the kernel, the session or the interpreter: it reads
// files and runs the go command. Import it from _test.go files only.
package gorun
