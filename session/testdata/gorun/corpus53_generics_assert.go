package main

import "fmt"

// fakeT records failures the way *testing.T would.
type fakeT struct {
	name     string
	failures []string
}

func (t *fakeT) Helper() {}

func (t *fakeT) Errorf(format string, args ...any) {
	t.failures = append(t.failures, fmt.Sprintf(format, args...))
}

func (t *fakeT) report() {
	if len(t.failures) == 0 {
		fmt.Printf("--- PASS: %s\n", t.name)
		return
	}
	fmt.Printf("--- FAIL: %s\n", t.name)
	for _, f := range t.failures {
		fmt.Println("    " + f)
	}
}

func AssertEqual[T comparable](t *fakeT, got, want T) {
	t.Helper()
	if got != want {
		t.Errorf("got %v, want %v", got, want)
	}
}

func AssertNotEqual[T comparable](t *fakeT, got, want T) {
	t.Helper()
	if got == want {
		t.Errorf("didn't want %v", got)
	}
}

func AssertTrue(t *fakeT, got bool) {
	t.Helper()
	if !got {
		t.Errorf("got %v, want true", got)
	}
}

func AssertFalse(t *fakeT, got bool) {
	t.Helper()
	if got {
		t.Errorf("got %v, want false", got)
	}
}

func run(name string, fn func(t *fakeT)) {
	t := &fakeT{name: name}
	fn(t)
	t.report()
}

func main() {
	run("asserting on integers", func(t *fakeT) {
		AssertEqual(t, 1, 1)
		AssertNotEqual(t, 1, 2)
	})
	run("asserting on strings", func(t *fakeT) {
		AssertEqual(t, "hello", "hello")
		AssertNotEqual(t, "hello", "Grace")
	})
	run("failing cases", func(t *fakeT) {
		AssertEqual(t, 1.5, 2.5)
		AssertEqual[string](t, "a", "b")
		AssertTrue(t, 1 > 2)
		AssertFalse(t, len("x") == 1)
	})
	type pair struct{ a, b int }
	run("structs", func(t *fakeT) {
		AssertEqual(t, pair{1, 2}, pair{1, 2})
		AssertEqual(t, pair{1, 2}, pair{2, 1})
	})
}
