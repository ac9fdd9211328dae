//go:build !go1.26

package stdlib

// The tables name API of Go 1.26 (GoRelease). An older toolchain would
// leave the tables out (their files are built only by go1.26 and later)
// and give cells no standard library: build with Go 1.26 or later, or run
// `go generate ./session/stdlib` with the toolchain you build with.
var _ = tablesNeedGo1_26_orGoGenerateWithYourToolchain
