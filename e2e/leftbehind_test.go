package e2e

import (
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gogil/gogil/internal/client"
)

// After a cell is left behind (blocked for good in a native wait), a later
// interrupted native call is still waited for: the next cell starts only
// once it has returned and its deferred call has run, and nobody is told
// about the old cell again.
func TestInterruptAfterACellLeftBehind(t *testing.T) {
	c := launch(t)
	// The ticker makes a wake-up possible that no goroutine dump shows, so
	// the session's deadlock check holds back: m.Lock() below would
	// otherwise end as Go's deadlock, not wait for the interrupt.
	setup := mustRun(t, c, "import \"net\"\nvar m sync.Mutex\nm.Lock()\naccepted := false\nl, _ := net.Listen(\"tcp\", \"127.0.0.1:0\")\nticker := time.NewTicker(time.Hour)\nfmt.Println(l.Addr())")
	addr := strings.TrimSpace(setup.Stdout())

	interrupted(t, c, "m.Lock()", 300*time.Millisecond, byMessage(c))
	next := mustRun(t, c, "1")
	if !strings.Contains(next.Stderr(), "left behind") || !strings.Contains(next.Stderr(), "sync.Mutex.Lock") {
		t.Fatalf("the cell after the blocked one: stderr %q, want it left behind", next.Stderr())
	}

	// Accept waits in the network poller, which no goroutine of the cell
	// ends: a native call to wait for, not to leave behind. The test ends it
	// only once the next cell says it waits, so a next cell that did not
	// wait would find accepted false.
	interrupted(t, c, "defer func() { accepted = true }()\n_, _ = l.Accept()", 300*time.Millisecond, byMessage(c))
	var dial sync.Once
	var conn net.Conn
	t.Cleanup(func() {
		if conn != nil {
			conn.Close()
		}
	})
	ex, err := c.Execute(deadline(t, 60*time.Second), "accepted", client.ExecuteOptions{OnOutput: func(o client.Output) {
		if o.Stream != nil && strings.Contains(o.Stream.Text, "waiting for it to return") {
			dial.Do(func() {
				var err error
				if conn, err = net.Dial("tcp", addr); err != nil {
					t.Errorf("dial %s: %v", addr, err)
				}
			})
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if got := resultText(ex); got != "true" || strings.Contains(ex.Stderr(), "left behind") {
		t.Errorf("the cell after the interrupted Accept: accepted = %q, stderr %q; want true, after waiting", got, ex.Stderr())
	}
}
