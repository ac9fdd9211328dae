package conformance_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/gogil/gogil/internal/testkit"
)

func TestMain(m *testing.M) {
	code := m.Run()
	testkit.Cleanup()
	os.Exit(code)
}

// suiteTimeout bounds the Python run; each of the suite's requests has its
// own 15 s limit, so this only catches a kernel that hangs the client.
const suiteTimeout = 8 * time.Minute

// TestKernelspecIsFound checks the harness itself: Jupyter, given the
// environment the suite runs in, resolves "gogil" to the binary under
// test and not to some other install on the machine.
func TestKernelspecIsFound(t *testing.T) {
	python := testkit.RequireJupyter(t, "jupyter_client")
	bin := testkit.Binary(t)
	jupyter := testkit.NewJupyter(t, bin)

	cmd := exec.Command(python, "-m", "jupyter_client.kernelspecapp", "list", "--json")
	cmd.Env = jupyter.Env
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("jupyter kernelspec list: %v\n%s", err, stderrOf(err))
	}
	var listing struct {
		Kernelspecs map[string]struct {
			ResourceDir string `json:"resource_dir"`
			Spec        struct {
				Argv     []string `json:"argv"`
				Language string   `json:"language"`
			} `json:"spec"`
		} `json:"kernelspecs"`
	}
	if err := json.Unmarshal(out, &listing); err != nil {
		t.Fatalf("kernelspec list --json: %v\n%s", err, out)
	}
	gogil, ok := listing.Kernelspecs["gogil"]
	if !ok {
		t.Fatalf("jupyter does not list gogil:\n%s", out)
	}
	if gogil.ResourceDir != jupyter.KernelDir || len(gogil.Spec.Argv) == 0 || gogil.Spec.Argv[0] != bin {
		t.Fatalf("jupyter resolves gogil to %s with argv %q; want %s running %s",
			gogil.ResourceDir, gogil.Spec.Argv, jupyter.KernelDir, bin)
	}
	if gogil.Spec.Language != "go" {
		t.Errorf("language = %q, want go", gogil.Spec.Language)
	}
}

// TestJupyterKernelTests runs test_gogil.py, jupyter_kernel_test's
// KernelTests with Go samples, and fails with its whole report.
func TestJupyterKernelTests(t *testing.T) {
	python := testkit.RequireJupyter(t, "jupyter_kernel_test")
	bin := testkit.Binary(t)
	env := testkit.JupyterEnv(t, bin)

	ctx, cancel := context.WithTimeout(context.Background(), suiteTimeout)
	defer cancel()
	// -v names every test, so a failure report shows what passed too.
	cmd := exec.CommandContext(ctx, python, "-m", "unittest", "-v", "test_gogil")
	cmd.Env = env
	// Kernels the suite starts may outlive a killed client and keep the
	// output pipe open; don't wait for them forever.
	cmd.WaitDelay = 10 * time.Second
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		t.Fatalf("jupyter_kernel_test did not finish within %v:\n%s", suiteTimeout, out)
	}
	if err != nil {
		t.Fatalf("jupyter_kernel_test failed (%v):\n%s", err, out)
	}
	t.Logf("jupyter_kernel_test:\n%s", out)
}

func stderrOf(err error) []byte {
	if exitErr, ok := err.(*exec.ExitError); ok {
		return exitErr.Stderr
	}
	return nil
}
