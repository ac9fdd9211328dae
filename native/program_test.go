package native

import (
	"context"
	"errors"
	"testing"

	"github.com/gogil/gogil/gil"
)

// TestFailedProgramRemembered: a program that does not build fails again
// without the go command (the same *CompileError), as a cell the
// interpreter refused on an error of its own is tried as a program every
// time it runs.
func TestFailedProgramRemembered(t *testing.T) {
	c := New(gil.New(), Options{CacheDir: t.TempDir()})
	defer c.Close()
	src := "package main\n\nfunc main() {\n//line cell:1:1\n1 + *2\n}\n"
	_, first := c.BuildProgram(context.Background(), src, nil)
	var ce *CompileError
	if !errors.As(first, &ce) {
		t.Fatalf("built a broken program: %v", first)
	}
	_, again := c.BuildProgram(context.Background(), src, nil)
	if again != first {
		t.Errorf("the second build failed with %v, not the error remembered (%v)", again, first)
	}
	if _, err := c.BuildProgram(context.Background(), "package main\n\nfunc main() {}\n", nil); err != nil {
		t.Errorf("a program that builds: %v", err)
	}
}
