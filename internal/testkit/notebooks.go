package testkit

import (
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/gogil/gogil/internal/notebook"
)

// Root is the repository's top folder, found from this file's place, so
// tests in any package can name the bundled notebooks.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// smallerProblems shrinks release-the-gil.ipynb's problem sizes so that a
// test replays it in seconds: tests check what the notebook shows, the
// benchmark in bench/ how fast.
var smallerProblems = strings.NewReplacer(
	"1_000_000_000", "20_000_000", // N
	"5_000_000", "200_000", // M
	"10_000_000", "400_000", // COUNT
	"3_000_000", "100_000", // count_primes
)

// SmallReleaseTheGIL writes notebooks/release-the-gil.ipynb, outputs
// cleared and problem sizes shrunk, into a temporary folder and returns
// its path.
func SmallReleaseTheGIL(t testing.TB) string {
	t.Helper()
	nb, err := notebook.Read(filepath.Join(Root(), "notebooks", "release-the-gil.ipynb"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range nb.Cells {
		c.Source = smallerProblems.Replace(c.Source)
		c.Outputs, c.ExecutionCount = nil, nil
	}
	path := filepath.Join(t.TempDir(), "release-the-gil.ipynb")
	if err := notebook.Write(path, nb); err != nil {
		t.Fatal(err)
	}
	return path
}
