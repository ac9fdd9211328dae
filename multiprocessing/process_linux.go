package multiprocessing

import (
	"os/exec"
	"syscall"
)

// setProcessGroup puts a worker in a process group of its own, which
// Terminate kills whole, and has Linux kill it when the kernel dies.
func setProcessGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

func killProcessGroup(cmd *exec.Cmd) {
	if cmd.Process != nil {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
}
