package e2e

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/gogil/gogil/internal/client"
	"github.com/gogil/gogil/internal/testkit"
	"github.com/gogil/gogil/kernel/wire"
)

// A goroutine that prints without end, to a frontend that reads slower
// than it prints, once grew the kernel by hundreds of megabytes a second
// (every message waited in an unbounded queue), and a simple cell's answer
// came ever later. The kernel must stay small while the flood goes on and
// still answer cells. The frontend here is slowed on purpose: its reader
// pauses on every stream message.
func TestOutputFloodKeepsTheKernelSmall(t *testing.T) {
	const (
		limit  = 300 << 20 // resident memory; the kernel idles at about 30 MB
		rounds = 4
	)
	bin := testkit.Binary(t)
	c, err := client.Launch(deadline(t, 30*time.Second), []string{bin, "kernel", "{connection_file}"}, client.Options{
		Tap: func(channel string, m *wire.Message) {
			if m.Header.MsgType == "stream" {
				time.Sleep(5 * time.Millisecond)
			}
		}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		c.Shutdown(ctx, false)
		c.Close()
	})

	var peak atomic.Int64
	sample := func() {
		if rss, err := c.ResidentMemory(); err == nil && rss > peak.Load() {
			peak.Store(rss)
		}
	}
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		for {
			sample()
			select {
			case <-stop:
				return
			case <-time.After(100 * time.Millisecond):
			}
		}
	}()
	defer func() { close(stop); <-sampled }()

	mustRun(t, c, `go func() { s := strings.Repeat("w", 1000); for { fmt.Println(s) } }()`)
	for i := 0; i < rounds; i++ {
		time.Sleep(time.Second) // let the flood run
		if got := mustRun(t, c, `fmt.Println("ok")`).Stdout(); got != "ok\n" {
			t.Errorf("round %d: a simple cell printed %q during the flood", i, got)
		}
		if p := peak.Load(); p > limit {
			t.Fatalf("round %d: the kernel grew to %d MB during the flood (limit %d MB)", i, p>>20, limit>>20)
		}
	}
	t.Logf("peak resident memory during the flood: %d MB", peak.Load()>>20)
}

// One large print arrives whole, from the cell and from a goroutine (whose
// write reaches the kernel in one piece): the kernel sends it in messages
// of bounded size, cut between runes, never dropped for a client that reads.
func TestLargePrintArrivesWhole(t *testing.T) {
	c := launch(t)
	want := strings.Repeat("é€", 2<<20) // 10 MB of 2- and 3-byte runes
	for _, code := range []string{
		`fmt.Print(strings.Repeat("é€", 2<<20))`,
		"done := make(chan bool)\ngo func() { fmt.Print(strings.Repeat(\"é€\", 2<<20)); close(done) }()\n<-done",
	} {
		ex := mustRun(t, c, code)
		if got := ex.Stdout(); got != want {
			t.Errorf("%q: got %d bytes (valid UTF-8: %v), want %d", code, len(got), utf8.ValidString(got), len(want))
		}
		if len(ex.Outputs) < 2 {
			t.Errorf("%q: %d MB came in %d message(s)", code, len(want)>>20, len(ex.Outputs))
		}
	}
}
