package testkit

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestWithEnv(t *testing.T) {
	got := withEnv([]string{"A=1", "B=2", "PATHX=3"}, map[string]string{"B": "new", "C": "4"})
	slices.Sort(got)
	want := []string{"A=1", "B=new", "C=4", "PATHX=3"}
	if !slices.Equal(got, want) {
		t.Fatalf("withEnv = %q, want %q", got, want)
	}
}

func TestPythonReportsWhatItTried(t *testing.T) {
	_, err := Python("no_such_module_for_gogil_tests")
	if err == nil {
		t.Fatal("a python imported a module that does not exist")
	}
	if !strings.Contains(err.Error(), "no_such_module_for_gogil_tests") {
		t.Fatalf("error %q does not name the module", err)
	}
}

// Jupyter's own kernelspec lookup must find the spec JupyterEnv installs,
// and only its copy: this is what every Jupyter-driven test relies on.
func TestJupyterEnvIsSeenByJupyterClient(t *testing.T) {
	python := RequireJupyter(t, "jupyter_client")
	fakeBin := filepath.Join(t.TempDir(), "gogil")
	j := NewJupyter(t, fakeBin)

	cmd := exec.Command(python, "-c",
		"import json; from jupyter_client.kernelspec import KernelSpecManager as M; "+
			"m = M(); s = m.get_kernel_spec('gogil'); "+
			"print(json.dumps({'dir': s.resource_dir, 'argv': s.argv, 'all': m.find_kernel_specs()}))")
	cmd.Env = j.Env
	out, err := cmd.Output()
	if err != nil {
		var stderr []byte
		if exitErr, ok := err.(*exec.ExitError); ok {
			stderr = exitErr.Stderr
		}
		t.Fatalf("jupyter_client could not load the gogil kernelspec: %v\n%s", err, stderr)
	}
	var got struct {
		Dir  string            `json:"dir"`
		Argv []string          `json:"argv"`
		All  map[string]string `json:"all"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if got.Dir != j.KernelDir {
		t.Errorf("jupyter found gogil in %q, want %q", got.Dir, j.KernelDir)
	}
	if len(got.Argv) != 3 || got.Argv[0] != fakeBin || got.Argv[1] != "kernel" {
		t.Errorf("argv = %q", got.Argv)
	}
	if entries, _ := os.ReadDir(j.DataDir); len(entries) != 0 {
		t.Errorf("jupyter wrote into the data dir: %v", entries)
	}
}

// recorder stands in for a test so a Require function's verdict can be
// read instead of ending the calling test.
type recorder struct {
	testing.TB
	fatal, skipped bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Fatalf(string, ...any) { r.fatal = true }
func (r *recorder) Skipf(string, ...any)  { r.skipped = true }

// Each way of asking for an outside tool skips when it is missing, and
// fails instead when GOGIL_REQUIRE_JUPYTER=1.
func TestRequireSkipsOrFails(t *testing.T) {
	requires := map[string]func(r *recorder) string{
		"RequireJupyter": func(r *recorder) string { return RequireJupyter(r, "no_such_module_for_gogil_tests") },
		"RequireCommand": func(r *recorder) string { return RequireCommand(r, "no-such-program-for-gogil-tests", "install it") },
		"Missing":        func(r *recorder) string { Missing(r, "a tool is missing", "install it"); return "" },
	}
	for name, require := range requires {
		for _, tt := range []struct {
			env                 string
			wantFatal, wantSkip bool
		}{{"1", true, false}, {"", false, true}, {"0", false, true}} {
			t.Run(name+"/"+RequireEnv+"="+tt.env, func(t *testing.T) {
				t.Setenv(RequireEnv, tt.env)
				r := &recorder{TB: t}
				if got := require(r); got != "" {
					t.Errorf("returned %q for something missing", got)
				}
				if r.fatal != tt.wantFatal || r.skipped != tt.wantSkip {
					t.Errorf("fatal=%v skipped=%v, want fatal=%v skipped=%v", r.fatal, r.skipped, tt.wantFatal, tt.wantSkip)
				}
			})
		}
	}
}

func TestRequireCommandFindsAProgram(t *testing.T) {
	// sh is on every machine these tests run on.
	if got := RequireCommand(t, "sh", "install a shell"); got == "" {
		t.Fatal("RequireCommand found no sh")
	}
}
