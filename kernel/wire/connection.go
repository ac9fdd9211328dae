package wire

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
)

// ConnectionInfo is the connection file a Jupyter client writes for a kernel
// (spec: "Connection files").
type ConnectionInfo struct {
	Transport       string `json:"transport"` // "tcp" or "ipc"
	IP              string `json:"ip"`
	ShellPort       int    `json:"shell_port"`
	IOPubPort       int    `json:"iopub_port"`
	StdinPort       int    `json:"stdin_port"`
	ControlPort     int    `json:"control_port"`
	HBPort          int    `json:"hb_port"`
	Key             string `json:"key"`
	SignatureScheme string `json:"signature_scheme"`
	KernelName      string `json:"kernel_name,omitempty"`
}

// Channel names, in the order the spec lists them.
const (
	Shell   = "shell"
	IOPub   = "iopub"
	Stdin   = "stdin"
	Control = "control"
	HB      = "hb"
)

// ReadConnectionFile reads and checks a connection file. Its errors name
// the file.
func ReadConnectionFile(path string) (*ConnectionInfo, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("connection file: %w", err)
	}
	info, err := ParseConnectionInfo(data)
	if err != nil {
		return nil, fmt.Errorf("connection file %s: %w", path, err)
	}
	return info, nil
}

// ParseConnectionInfo decodes and validates the JSON of a connection file.
func ParseConnectionInfo(data []byte) (*ConnectionInfo, error) {
	var info ConnectionInfo
	if err := json.Unmarshal(data, &info); err != nil {
		return nil, fmt.Errorf("not valid JSON: %w", err)
	}
	if info.Transport == "" {
		info.Transport = "tcp"
	}
	if info.SignatureScheme == "" {
		info.SignatureScheme = "hmac-sha256"
	}
	if err := info.Validate(); err != nil {
		return nil, err
	}
	return &info, nil
}

// Validate checks the fields a kernel needs to bind its sockets.
func (c *ConnectionInfo) Validate() error {
	var problems []string
	switch c.Transport {
	case "tcp":
		for name, port := range c.Ports() {
			if port < 0 || port > 65535 {
				problems = append(problems, fmt.Sprintf("%s_port %d is out of range", name, port))
			}
		}
	case "ipc":
	default:
		problems = append(problems, fmt.Sprintf("transport %q is neither tcp nor ipc", c.Transport))
	}
	if c.IP == "" {
		problems = append(problems, "ip is missing")
	}
	if c.Key != "" && c.SignatureScheme != "hmac-sha256" {
		problems = append(problems, fmt.Sprintf("signature_scheme %q is not supported (use hmac-sha256)", c.SignatureScheme))
	}
	if len(problems) > 0 {
		return errors.New(strings.Join(problems, "; "))
	}
	return nil
}

// Ports maps each channel to its port.
func (c *ConnectionInfo) Ports() map[string]int {
	return map[string]int{Shell: c.ShellPort, IOPub: c.IOPubPort, Stdin: c.StdinPort, Control: c.ControlPort, HB: c.HBPort}
}

// Endpoint is the ZeroMQ address of a channel. For ipc, the spec names the
// socket file IP-N where N is the channel's "port".
func (c *ConnectionInfo) Endpoint(channel string) string {
	port := c.Ports()[channel]
	if c.Transport == "ipc" {
		return fmt.Sprintf("ipc://%s-%d", c.IP, port)
	}
	ip := c.IP
	if strings.Contains(ip, ":") && !strings.HasPrefix(ip, "[") {
		ip = "[" + ip + "]"
	}
	return fmt.Sprintf("tcp://%s:%d", ip, port)
}

// Signer returns the signer the connection file calls for.
func (c *ConnectionInfo) Signer() (*Signer, error) {
	return NewSigner(c.SignatureScheme, []byte(c.Key))
}
