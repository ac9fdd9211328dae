package cellio_test

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/gogil/gogil/cellio"
)

func TestErrorsIsMatchesTheKind(t *testing.T) {
	var err error = &cellio.Error{Kind: cellio.KeyboardInterrupt, Value: "execution interrupted"}
	wrapped := fmt.Errorf("cell 3: %w", err)
	if !errors.Is(wrapped, cellio.KeyboardInterrupt) {
		t.Errorf("errors.Is(%v, KeyboardInterrupt) = false", wrapped)
	}
	if errors.Is(wrapped, cellio.CompileError) {
		t.Errorf("errors.Is(%v, CompileError) = true", wrapped)
	}
	var e *cellio.Error
	if !errors.As(wrapped, &e) || e.Name() != "KeyboardInterrupt" {
		t.Errorf("errors.As: %v, name %q", e, e.Name())
	}
}

func TestFailureSplitsTheMessage(t *testing.T) {
	e := cellio.Failure(cellio.UsageError, "unknown magic %%foo\nAvailable magics:")
	if e.Value != "unknown magic %%foo" {
		t.Errorf("Value = %q", e.Value)
	}
	want := []string{"UsageError: unknown magic %%foo", "Available magics:"}
	if !slices.Equal(e.Traceback, want) {
		t.Errorf("Traceback = %q, want %q", e.Traceback, want)
	}
}

func TestLinesFallsBackToNameAndValue(t *testing.T) {
	e := &cellio.Error{Kind: "Deadlock", Value: "threads wait for each other"}
	if got := e.Lines(); !slices.Equal(got, []string{"Deadlock: threads wait for each other"}) {
		t.Errorf("Lines() = %q", got)
	}
}
