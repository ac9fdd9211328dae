package testkit

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"
)

// ChromiumEnv names the variable that picks the browser to try first.
const ChromiumEnv = "GOGIL_CHROMIUM"

// DebianChromium is where Debian's chromium package puts its launcher.
const DebianChromium = "/usr/bin/chromium"

var chromium struct {
	once sync.Once
	path string
	err  error
}

// Chromium returns the path of a Chromium that starts, trying
// $GOGIL_CHROMIUM, chromium on PATH, then /usr/bin/chromium. It never
// fetches a browser: tests use the one the machine has.
func Chromium() (string, error) {
	chromium.once.Do(func() {
		chromium.path, chromium.err = findChromium(chromiumCandidates())
	})
	return chromium.path, chromium.err
}

func chromiumCandidates() []string {
	var candidates []string
	if p := os.Getenv(ChromiumEnv); p != "" {
		candidates = append(candidates, p)
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		candidates = append(candidates, p)
	}
	return append(candidates, DebianChromium)
}

// findChromium returns the first candidate whose --version answers with
// a Chromium version, or an error listing what each candidate did.
func findChromium(candidates []string) (string, error) {
	var tried []string
	for _, path := range candidates {
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		out, err := exec.CommandContext(ctx, path, "--version").Output()
		cancel()
		version := strings.TrimSpace(string(out))
		switch {
		case err != nil:
			tried = append(tried, fmt.Sprintf("%s: %v", path, err))
		case !strings.Contains(version, "Chromium") && !strings.Contains(version, "Chrome"):
			tried = append(tried, fmt.Sprintf("%s --version printed %q", path, version))
		default:
			return path, nil
		}
	}
	return "", errors.New("no Chromium runs:\n  " + strings.Join(tried, "\n  "))
}

// RequireChromium returns the path of a Chromium for browser tests. When
// there is none the test is skipped, or fails if GOGIL_REQUIRE_JUPYTER=1:
// CI installs Debian's chromium package with the Jupyter tools, and must
// not pass by skipping the browser test.
func RequireChromium(t testing.TB) string {
	t.Helper()
	path, err := Chromium()
	if err != nil {
		Missing(t, err.Error(), "install the Debian package chromium, as .ci/run does")
		return ""
	}
	return path
}
