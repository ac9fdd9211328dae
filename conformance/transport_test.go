package conformance_test

import (
	"context"
	"encoding/json"
	"net"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gogil/gogil/internal/testkit"
)

// TestRemoteTransports starts gogil through jupyter_client with the
// connection files remote launchers write: tcp bound to every interface
// (0.0.0.0) or to one of the host's own addresses, and the ipc transport
// (Unix sockets, for a kernel beside its server in one container or pod).
// Each runs a cell and shuts down cleanly.
func TestRemoteTransports(t *testing.T) {
	python := testkit.RequireJupyter(t, "jupyter_client")
	jupyter := testkit.NewJupyter(t, testkit.Binary(t))
	script, err := filepath.Abs("testdata/remote_transport.py")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ name, transport, ip string }{
		{"tcp on every interface", "tcp", "0.0.0.0"},
		{"ipc", "ipc", filepath.Join(jupyter.RuntimeDir, "kernel-ipc")},
		// A relative path, as jupyter_client's default for ipc is:
		// the kernel runs in its starter's working directory.
		{"ipc relative", "ipc", "kernel-ipc"},
	}
	if host := hostAddress(); host != "" {
		cases = append(cases, struct{ name, transport, ip string }{"tcp on a host address", "tcp", host})
	} else {
		t.Log("no non-loopback IPv4 address on this machine: the host-address case is left out")
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, python, script, tc.transport, tc.ip)
			cmd.Env = jupyter.Env
			cmd.Dir = t.TempDir()
			cmd.WaitDelay = 10 * time.Second
			var stderr testkit.Buffer
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("remote_transport.py %s %s: %v\n%s", tc.transport, tc.ip, err, stderr.String())
			}
			var got struct {
				Connection struct {
					Transport string `json:"transport"`
					IP        string `json:"ip"`
				} `json:"connection"`
				Stdout             string `json:"stdout"`
				Status             string `json:"status"`
				AliveAfterShutdown bool   `json:"alive_after_shutdown"`
			}
			if err := json.Unmarshal(out, &got); err != nil {
				t.Fatalf("%v in %s\nstderr:\n%s", err, out, stderr.String())
			}
			if got.Connection.Transport != tc.transport || got.Connection.IP != tc.ip {
				t.Errorf("connection file says %s %s, want %s %s", got.Connection.Transport, got.Connection.IP, tc.transport, tc.ip)
			}
			if want := "over " + tc.transport + " " + tc.ip + "\n"; got.Status != "ok" || got.Stdout != want {
				t.Errorf("cell: status %q, stdout %q; want ok, %q", got.Status, got.Stdout, want)
			}
			if got.AliveAfterShutdown {
				t.Error("the kernel still runs after shutdown_kernel")
			}
			if strings.Contains(stderr.String(), "level=ERROR") {
				t.Errorf("the kernel logged errors:\n%s", stderr.String())
			}
		})
	}
}

// hostAddress returns one IPv4 address of this machine that is not
// loopback, or "" when it has none.
func hostAddress() string {
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		return ""
	}
	for _, a := range addrs {
		if ipnet, ok := a.(*net.IPNet); ok && !ipnet.IP.IsLoopback() && ipnet.IP.To4() != nil {
			return ipnet.IP.String()
		}
	}
	return ""
}
