package testkit

import (
	"fmt"
	"os"
	"os/exec"
	"testing"
)

// Missing ends a test that lacks an outside tool it needs (a Python
// module, a browser, a program, an npm install): it skips, or fails when
// GOGIL_REQUIRE_JUPYTER=1, so that CI cannot pass by skipping what it was
// meant to check. what says what is missing, fix how to get it.
func Missing(t testing.TB, what, fix string) {
	t.Helper()
	if os.Getenv(RequireEnv) == "1" {
		t.Fatalf("testkit: %s=1 but %s\n(%s)", RequireEnv, what, fix)
		return
	}
	t.Skipf("testkit: skipping: %s (%s; set %s=1 to make this a failure)", what, fix, RequireEnv)
}

// RequireCommand returns the path of the program name found on PATH (say
// "node"). When there is none it calls Missing with fix.
func RequireCommand(t testing.TB, name, fix string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		Missing(t, fmt.Sprintf("%s is not on PATH", name), fix)
		return ""
	}
	return path
}
