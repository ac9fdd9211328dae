// Package testkit is shared test plumbing for packages whose tests drive
// the real gogil binary through Jupyter's own Python tools (the
// conformance suite, nbconvert and nbclient runs, benchmarks): build the
// binary once per test process, install its kernelspec into a throwaway
// Jupyter tree, and find a Python interpreter that has the Jupyter module
// a test needs.
//
// Jupyter tools are optional on a developer's machine and required in CI:
// RequireJupyter skips when they are missing unless GOGIL_REQUIRE_JUPYTER=1,
// which .ci/run sets, turns the skip into a failure.
//
// It must not know the kernel's internals; it only builds and starts the
// binary. Import it from _test.go files only.
package testkit
