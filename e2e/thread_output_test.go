package e2e

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gogil/gogil/internal/client"
	"github.com/gogil/gogil/internal/testkit"
	"github.com/gogil/gogil/kernel/wire"
)

// A threading.Thread works for the cell that started it, as a go
// statement's goroutine does: what its target prints and the error it ends
// with land under that cell, even when a later cell is running by then.
func TestThreadOutputStaysWithItsCell(t *testing.T) {
	const start = `release := make(chan bool)
th := threading.Thread(func() {
	<-release
	fmt.Println("printed by the first cell's thread")
	panic("the first cell's thread fails")
})
th.Start()`
	for _, magic := range []string{"", "%%gil\n"} {
		name := "plain cell"
		if magic != "" {
			name = "gil cell"
		}
		t.Run(name, func(t *testing.T) {
			var mu sync.Mutex
			parents := map[string]string{} // marker → msg_id of the request it was published under
			arrived := make(chan struct{}, 2)
			bin := testkit.Binary(t)
			ctx := deadline(t, 60*time.Second)
			c, err := client.Launch(ctx, []string{bin, "kernel", "{connection_file}"}, client.Options{Tap: func(channel string, m *wire.Message) {
				var st wire.Stream
				if m.Header.MsgType != "stream" || m.DecodeContent(&st) != nil {
					return
				}
				for _, marker := range []string{"printed by the first cell's thread", "Exception in thread"} {
					if strings.Contains(st.Text, marker) {
						mu.Lock()
						if _, seen := parents[marker]; !seen {
							parents[marker] = m.Parent().MsgID
							arrived <- struct{}{}
						}
						mu.Unlock()
					}
				}
			}})
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			first := mustRun(t, c, magic+start)
			// The second cell lets the thread go on while it runs itself.
			second := mustRun(t, c, "close(release)\ntime.Sleep(300 * time.Millisecond)")
			for i := 0; i < 2; i++ {
				select {
				case <-arrived:
				case <-ctx.Done():
					t.Fatalf("the thread's output never arrived (seen: %v)", parents)
				}
			}
			mu.Lock()
			defer mu.Unlock()
			for marker, parent := range parents {
				if parent != first.Request.Header.MsgID {
					t.Errorf("%q went to %s (the second cell is %s), not to the cell that started the thread (%s)",
						marker, parent, second.Request.Header.MsgID, first.Request.Header.MsgID)
				}
			}
		})
	}
}
