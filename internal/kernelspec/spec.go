package kernelspec

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// Name is the kernel name front ends select (the folder under kernels/).
const Name = "gogil"

// DisplayName and Language are what front ends show and use for syntax
// highlighting; notebooks written by the runner carry the same values.
const (
	DisplayName = "Go (gogil)"
	Language    = "go"
)

// ConnectionFilePlaceholder is replaced by jupyter_client with the path of
// the connection file when it starts the kernel.
const ConnectionFilePlaceholder = "{connection_file}"

// Spec is the content of kernel.json. Field order is the order written.
type Spec struct {
	Argv        []string `json:"argv"`
	DisplayName string   `json:"display_name"`
	Language    string   `json:"language"`
	// InterruptMode "message" makes front ends send interrupt_request on
	// the control channel instead of SIGINT: the kernel cancels the cell's
	// context, which a signal could not do portably.
	InterruptMode string `json:"interrupt_mode"`
	// Env is added to the kernel's environment by the server that starts
	// it. A hub's spawner passes its single-user servers only a few of its
	// own variables, so settings every user's kernel needs (GOFLAGS,
	// GOTOOLCHAIN=local for compiled cells, GOGIL_HISTORY) belong here.
	Env map[string]string `json:"env,omitempty"`
}

// ForExecutable returns the spec that starts the kernel with the given
// program. The top-level kernel.json of the repository is
// ForExecutable("gogil"): a template for packagers who put gogil on PATH.
func ForExecutable(program string) Spec {
	return Spec{
		Argv:          []string{program, "kernel", ConnectionFilePlaceholder},
		DisplayName:   DisplayName,
		Language:      Language,
		InterruptMode: "message",
	}
}

// MarshalFile renders the spec as kernel.json is written: indented, with a
// trailing newline, and without HTML escaping (paths may contain '&').
func (s Spec) MarshalFile() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(s); err != nil {
		return nil, fmt.Errorf("kernelspec: encoding kernel.json: %w", err)
	}
	return buf.Bytes(), nil
}
