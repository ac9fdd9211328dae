// Package layering holds no code: its test is the one place where the
// "must not know" sentence of every package's doc.go (and of the README's
// architecture table) is checked against what the package really imports,
// as `go list -deps` reports it. Every package of the module has a row; a
// new package fails the test until it gets one.
//
// It must not import anything of gogil: it reads the module through the go
// command only.
package layering
