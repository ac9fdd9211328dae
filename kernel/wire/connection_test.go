package wire

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseConnectionInfo(t *testing.T) {
	tests := []struct {
		name    string
		json    string
		wantErr string
		shell   string
	}{
		{"tcp", `{"transport":"tcp","ip":"127.0.0.1","shell_port":5000,"iopub_port":5001,"stdin_port":5002,"control_port":5003,"hb_port":5004,"key":"k","signature_scheme":"hmac-sha256"}`, "", "tcp://127.0.0.1:5000"},
		{"ipv6", `{"ip":"::1","shell_port":5000,"key":""}`, "", "tcp://[::1]:5000"},
		{"ipc", `{"transport":"ipc","ip":"/tmp/k","shell_port":1}`, "", "ipc:///tmp/k-1"},
		{"not json", `{"ip":`, "not valid JSON", ""},
		{"no ip", `{"shell_port":1}`, "ip is missing", ""},
		{"bad port", `{"ip":"127.0.0.1","shell_port":70000}`, "shell_port 70000 is out of range", ""},
		{"bad transport", `{"ip":"x","transport":"udp"}`, "neither tcp nor ipc", ""},
		{"bad scheme", `{"ip":"x","key":"k","signature_scheme":"hmac-md5"}`, "not supported", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			info, err := ParseConnectionInfo([]byte(tt.json))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("got error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := info.Endpoint(Shell); got != tt.shell {
				t.Errorf("shell endpoint %q, want %q", got, tt.shell)
			}
		})
	}
}

func TestReadConnectionFileNamesTheFile(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.json")
	if _, err := ReadConnectionFile(missing); err == nil || !strings.Contains(err.Error(), missing) {
		t.Errorf("missing file: got %v, want an error naming %s", err, missing)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte("nope"), 0o600)
	if _, err := ReadConnectionFile(bad); err == nil || !strings.Contains(err.Error(), bad) {
		t.Errorf("malformed file: got %v, want an error naming %s", err, bad)
	}
}

func FuzzParseConnectionInfo(f *testing.F) {
	f.Add([]byte(`{"ip":"127.0.0.1","shell_port":1,"key":"k"}`))
	f.Add([]byte(`{"transport":"ipc","ip":"/tmp/x"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		info, err := ParseConnectionInfo(data)
		if err == nil && info.Validate() != nil {
			t.Fatal("accepted an invalid connection")
		}
	})
}
