package client

import (
	"os"
	"os/exec"
)

// IPyKernelArgv returns the command line that launches ipykernel with the
// first Python interpreter that can import it: $GOGIL_PYTHON, then
// /usr/bin/python3 (Debian's python3-ipykernel), then python3 on PATH,
// which may be a different Python without it. ok is false when none can.
// Tests and benchmarks use it to compare gogil's kernel with IPython's.
func IPyKernelArgv() (argv []string, ok bool) {
	for _, python := range []string{os.Getenv("GOGIL_PYTHON"), "/usr/bin/python3", "python3"} {
		if python == "" {
			continue
		}
		if exec.Command(python, "-c", "import ipykernel").Run() == nil {
			return []string{python, "-m", "ipykernel_launcher", "-f", ConnectionFilePlaceholder}, true
		}
	}
	return nil, false
}
