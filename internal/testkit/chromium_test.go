package testkit

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// fakeBrowser writes a shell script that prints version and exits with
// status, standing in for a browser's --version.
func fakeBrowser(t *testing.T, name, version string, status int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	script := "#!/bin/sh\necho '" + version + "'\nexit " + strconv.Itoa(status) + "\n"
	if err := os.WriteFile(path, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestFindChromiumTakesTheFirstThatAnswers(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no-such-chromium")
	broken := fakeBrowser(t, "broken", "Chromium 1.0", 1)
	other := fakeBrowser(t, "other", "some other program 2.0", 0)
	good := fakeBrowser(t, "good", "Chromium 156.0.1 built on Debian", 0)
	later := fakeBrowser(t, "later", "Chromium 157.0", 0)

	got, err := findChromium([]string{missing, broken, other, good, later})
	if err != nil || got != good {
		t.Fatalf("findChromium = %q, %v; want %q", got, err, good)
	}
}

func TestFindChromiumSaysWhatItTried(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no-such-chromium")
	other := fakeBrowser(t, "other", "some other program 2.0", 0)
	_, err := findChromium([]string{missing, other})
	if err == nil {
		t.Fatal("findChromium found a browser among none")
	}
	for _, want := range []string{missing, other, "some other program"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
}
