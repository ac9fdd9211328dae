// Package conformance holds no code: its test runs Jupyter's own kernel
// test suite (jupyter_kernel_test, test_gogil.py) against the gogil binary
// through a real Jupyter client, so protocol regressions show up the way
// a front end would see them.
//
// It knows only the binary and its kernelspec, never the kernel's
// packages.
package conformance
