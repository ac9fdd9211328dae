package session

import (
	"context"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A command a cell runs ends with the cell's interrupt: the next cell
// runs at once, not after the command, and the process is gone. A
// command made before the interrupt and started after it runs normally.
func TestInterruptEndsCommands(t *testing.T) {
	if raceEnabled {
		t.Skip("yaegi's ExecuteWithContext races with itself on cancel")
	}
	s := newSession(t)
	run(t, s, "import \"os/exec\"\nlater := exec.Command(\"echo\", \"made before\")")
	pidFile := t.TempDir() + "/pid"
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for range 200 { // until the child has written its pid
			if b, err := os.ReadFile(pidFile); err == nil && strings.HasSuffix(string(b), "\n") {
				break
			}
			time.Sleep(10 * time.Millisecond)
		}
		cancel()
	}()
	rec := &recorder{}
	_, e := s.Execute(ctx, Cell{Code: `err := exec.Command("sh", "-c", "echo $$ > ` + pidFile + `; exec sleep 60").Run()
fmt.Println("after the command:", err)`}, rec)
	if e == nil || e.Name() != "KeyboardInterrupt" {
		t.Fatalf("got %v", e)
	}
	// The next cell does not wait for the sleep.
	rec, res := run(t, s, "out, err := later.Output()\nstring(out) + fmt.Sprint(err)")
	if plain(res) != `"made before\n<nil>"` || strings.Contains(rec.err(), "waiting") {
		t.Errorf("a command made before the interrupt: %s (stderr %q)", plain(res), rec.err())
	}
	b, err := os.ReadFile(pidFile)
	if err != nil {
		t.Fatal(err)
	}
	pid, _ := strconv.Atoi(strings.TrimSpace(string(b)))
	for range 100 {
		if syscall.Kill(pid, 0) != nil {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := syscall.Kill(pid, 0); err == nil {
		_ = syscall.Kill(pid, syscall.SIGKILL)
		t.Errorf("the interrupted cell's command (pid %d) still runs", pid)
	}

	// A context of the cell's own still ends its command.
	_, res = run(t, s, `import "context"
ctx, stop := context.WithTimeout(context.Background(), 50*time.Millisecond)
defer stop()
err := exec.CommandContext(ctx, "sleep", "60").Run()
fmt.Sprint(err, " / ", ctx.Err())`)
	if plain(res) != `"signal: killed / context deadline exceeded"` {
		t.Errorf("a command under the cell's own timeout: %s", plain(res))
	}
}
