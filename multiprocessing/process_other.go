//go:build !linux

package multiprocessing

import "os/exec"

// Elsewhere a worker ends when its requests pipe closes, or when killed.
func setProcessGroup(*exec.Cmd) {}

func killProcessGroup(cmd *exec.Cmd) {
	if cmd.Process != nil {
		_ = cmd.Process.Kill()
	}
}
