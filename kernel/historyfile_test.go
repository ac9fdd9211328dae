package kernel

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

func TestHistoryFileNumbersSessionsAndSkipsBrokenLines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "history.jsonl")
	h, err := openHistory(path, quiet)
	if err != nil {
		t.Fatal(err)
	}
	if h.session != 1 {
		t.Fatalf("first session %d, want 1", h.session)
	}
	h.Append(HistoryEntry{Line: 1, Input: "a := 1"})
	h.Append(HistoryEntry{Line: 2, Input: "a", Output: "1", HasOutput: true})
	h.Append(HistoryEntry{Line: 3, Input: "bad \xff utf-8", Output: strings.Repeat("x", historyMaxOutput+10), HasOutput: true})
	h.Append(HistoryEntry{Line: 4, Input: strings.Repeat("y", historyMaxInput+1)}) // too long to write
	h.Close()

	// a line cut short by a crash, and one that is not JSON at all
	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"s":1,"l":9,"in":"cut sh` + "\nnot json\n")
	f.Close()

	again, err := openHistory(path, quiet)
	if err != nil {
		t.Fatal(err)
	}
	if again.session != 2 {
		t.Errorf("second session %d, want 2", again.session)
	}
	if n := len(again.entries); n != 3 {
		t.Fatalf("loaded %d entries, want 3: %+v", n, again.entries)
	}
	if e := again.entries[1]; e.Input != "a" || e.Output != "1" || !e.HasOutput || e.Session != 1 || e.Line != 2 {
		t.Errorf("entry 2 read back as %+v", e)
	}
	e := again.entries[2]
	if e.Input != "bad \uFFFD utf-8" || len(e.Output) > historyMaxOutput+len("…") || !strings.HasSuffix(e.Output, "…") {
		t.Errorf("entry 3 read back as input %q, output of %d bytes", e.Input, len(e.Output))
	}
}

// Kernels starting at the same time never share a session number.
func TestHistoryFileSessionsAreUniqueAcrossKernels(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.jsonl")
	const kernels = 8
	sessions := make(chan int, kernels)
	var wg sync.WaitGroup
	for i := 0; i < kernels; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h, err := openHistory(path, quiet)
			if err != nil {
				t.Error(err)
				return
			}
			h.Append(HistoryEntry{Line: 1, Input: fmt.Sprint("cell of ", h.session)})
			h.Close()
			sessions <- h.session
		}()
	}
	wg.Wait()
	close(sessions)
	seen := map[int]bool{}
	for s := range sessions {
		if seen[s] {
			t.Errorf("session %d given twice", s)
		}
		seen[s] = true
	}
	h, err := openHistory(path, quiet)
	if err != nil {
		t.Fatal(err)
	}
	if h.session != kernels+1 || len(h.entries) != kernels {
		t.Errorf("after %d kernels: session %d with %d entries", kernels, h.session, len(h.entries))
	}
}

// A file grown past historyCompactAt is cut to the latest historyKeep
// entries, and session numbers go on growing.
func TestHistoryFileCompacts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	input := strings.Repeat("z", 1024)
	lines := historyCompactAt/len(input) + 100
	for i := 1; i <= lines; i++ {
		fmt.Fprintf(f, `{"s":%d,"l":%d,"in":%q}`+"\n", 1+i/1000, i, input)
	}
	f.Close()
	last := 1 + lines/1000

	h, err := openHistory(path, quiet)
	if err != nil {
		t.Fatal(err)
	}
	if h.session != last+1 || len(h.entries) != historyKeep || h.entries[len(h.entries)-1].Line != lines {
		t.Fatalf("session %d (want %d), %d entries", h.session, last+1, len(h.entries))
	}
	info, _ := os.Stat(path)
	if info.Size() > historyCompactAt {
		t.Errorf("file still %d bytes after compaction", info.Size())
	}
	again, err := openHistory(path, quiet)
	if err != nil {
		t.Fatal(err)
	}
	if again.session != last+2 || len(again.entries) != historyKeep {
		t.Errorf("after compaction: session %d (want %d), %d entries", again.session, last+2, len(again.entries))
	}
}

// Inputs full of characters JSON may escape (<, >, &) near the size limit
// stay readable, and so does everything after them.
func TestHistoryFileLongEscapedInput(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.jsonl")
	h, err := openHistory(path, quiet)
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("<&>", historyMaxInput/3)
	h.Append(HistoryEntry{Line: 1, Input: long})
	h.Append(HistoryEntry{Line: 2, Input: "after"})
	h.Close()
	again, err := openHistory(path, quiet)
	if err != nil {
		t.Fatalf("the history file became unreadable: %v", err)
	}
	if n := len(again.entries); n != 2 || again.entries[0].Input != long || again.entries[1].Input != "after" {
		t.Errorf("read back %d entries", n)
	}
}

// Cells reach the file in batches, after historyWriteDelay or at Close,
// and every one of them does, in order; cells after Close are written at
// once.
func TestHistoryFileWritesInBatches(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.jsonl")
	h, err := openHistory(path, quiet)
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 100; i++ {
		h.Append(HistoryEntry{Line: i, Input: fmt.Sprint("cell ", i)})
	}
	waitFor(t, func() bool { return len(reopen(t, path).entries) == 100 })
	h.Append(HistoryEntry{Line: 101, Input: "before close"})
	h.Close()
	if n := len(reopen(t, path).entries); n != 101 {
		t.Fatalf("%d entries in the file after Close, want 101", n)
	}
	h.Append(HistoryEntry{Line: 102, Input: "after close"})
	entries := reopen(t, path).entries
	if len(entries) != 102 {
		t.Fatalf("%d entries after a cell appended past Close, want 102", len(entries))
	}
	for i, e := range entries[:100] {
		if e.Line != i+1 || e.Input != fmt.Sprint("cell ", i+1) {
			t.Fatalf("entry %d read back as %+v", i, e)
		}
	}
}

func reopen(t *testing.T, path string) *historyFile {
	t.Helper()
	entries, last, _, err := readHistory(path)
	if err != nil {
		t.Fatal(err)
	}
	return &historyFile{memoryHistory: memoryHistory{session: last, entries: entries}}
}

// waitFor polls cond for up to ten seconds: the batch is written by a timer.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !cond(); {
		if time.Now().After(deadline) {
			t.Fatal("the pending cells were never written")
		}
		time.Sleep(10 * time.Millisecond)
	}
}
