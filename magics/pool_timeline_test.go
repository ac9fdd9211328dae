package magics

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gogil/gogil/gil"
	"github.com/gogil/gogil/kernel"
)

// meetCell declares a task that two workers must run at the same time:
// each leaves a file and waits for the other's (they share the file
// system), so a Map of two tasks on a pool of two uses both workers
// whatever the scheduler does. Alone, a task gives up after 20 s and says
// false.
const meetCell = `%%gil
import "path/filepath"
func meet(mine string) bool {
	os.WriteFile(mine, nil, 0o600)
	for i := 0; i < 2000; i++ {
		if names, _ := os.ReadDir(filepath.Dir(mine)); len(names) == 2 {
			return true
		}
		time.Sleep(10 * time.Millisecond)
	}
	return false
}`

func meetCall(dir string) string {
	return "r, err := pool.Map(meet, []string{`" + filepath.Join(dir, "a") + "`, `" + filepath.Join(dir, "b") + "`})\nfmt.Println(r, err)"
}

// While the kernel's lock is recorded, each worker records its own during
// the calls it serves: every worker is a lock of its own (gil.Event.Lock),
// its threads named after it, its holds inside the span of the recording.
func TestPoolWorkersTraceTheirOwnLocks(t *testing.T) {
	l := newTestLayer(t)
	exec(t, l, meetCell)
	exec(t, l, "pool := multiprocessing.Pool(2)")

	lock := l.world.lock
	lock.StartTrace()
	began := time.Now()
	l.processes.StartTrace(began)
	if out, _ := exec(t, l, meetCall(t.TempDir())); out != "[true true] <nil>\n" {
		t.Fatalf("the tasks did not meet: %q", out)
	}
	kernelEvents := lock.StopTrace()
	events := l.processes.StopTrace()
	span := time.Since(began)

	held := map[string]time.Duration{} // by lock
	open := map[string]time.Duration{}
	for _, e := range events {
		if !strings.HasPrefix(e.Lock, "Pool-1 worker ") || !strings.HasPrefix(e.Thread, e.Lock+" ") {
			t.Fatalf("event %v: lock %q, thread %q", e, e.Lock, e.Thread)
		}
		if e.At < 0 || e.At > span {
			t.Errorf("event %v is outside the recording (0 to %v)", e, span)
		}
		switch e.Kind {
		case gil.EventTake:
			open[e.Lock] = e.At
		case gil.EventDrop:
			held[e.Lock] += e.At - open[e.Lock]
		}
	}
	if len(held) != 2 {
		t.Fatalf("holds by lock: %v; want both workers' (events: %d)", held, len(events))
	}
	for lock, d := range held {
		if d <= 0 {
			t.Errorf("%s held its lock for %v", lock, d)
		}
	}
	for _, e := range kernelEvents {
		if e.Lock != "" {
			t.Errorf("a kernel event names a lock: %v", e)
		}
	}

	// Off the recording, requests ask for nothing and replies carry none.
	exec(t, l, meetCall(t.TempDir()))
	if late := l.processes.Trace(); late != nil {
		t.Errorf("%d events recorded with no timeline running", len(late))
	}
}

// A %%timeline cell around pool.Map draws a group of lanes per worker
// process, headed by its name and pid, with its own lock: the summary
// counts three locks (the kernel's and two workers'), and the SVG, the
// PNG and the text all show them.
func TestTimelineShowsPoolProcesses(t *testing.T) {
	l := newTestLayer(t)
	exec(t, l, meetCell)
	exec(t, l, "pool := multiprocessing.Pool(2)")
	pids := l.processes.Workers()
	if len(pids) != 2 {
		t.Fatalf("workers: %v", pids)
	}
	out := &displays{}
	res := l.Execute(context.Background(), kernel.ExecuteInput{Code: "%%timeline\n%%gil\n" + meetCall(t.TempDir())}, out)
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	shown := out.all()
	if len(shown) == 0 {
		t.Fatal("no timeline shown")
	}
	last := shown[len(shown)-1]
	var headings []string
	for i, pid := range pids {
		headings = append(headings, fmt.Sprintf("Pool-1 worker %d (pid %d) · its own lock", i+1, pid))
	}
	checkTimelineBundle(t, last, headings...)
	text, _ := last.Data["text/plain"].(string)
	if !strings.Contains(text, "3 locks") {
		t.Errorf("the summary does not count three locks:\n%s", text)
	}
}
