package magics

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"image/png"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/gil"
	"github.com/gogil/gogil/kernel"
)

// displays is a cellio.Cell that keeps the displays a cell published.
type displays struct {
	mu   sync.Mutex
	outs []cellio.Output
}

func (d *displays) Display(o cellio.Output) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.outs = append(d.outs, o)
}

func (d *displays) all() []cellio.Output {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]cellio.Output(nil), d.outs...)
}

func (*displays) Stream(string, string)              {}
func (*displays) ClearOutput(bool)                   {}
func (*displays) Input(string, bool) (string, error) { return "", errors.New("no stdin") }

func checkTimelineBundle(t *testing.T, o cellio.Output, wantThreads ...string) {
	t.Helper()
	svg, _ := o.Data["image/svg+xml"].(string)
	text, _ := o.Data["text/plain"].(string)
	encoded, _ := o.Data["image/png"].(string)
	raw, err := base64.StdEncoding.DecodeString(encoded)
	if err != nil {
		t.Fatalf("image/png is not base64: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("image/png does not decode: %v", err)
	}
	if img.Bounds().Dx() < 360 || img.Bounds().Dy() < 100 {
		t.Errorf("the PNG is %v", img.Bounds())
	}
	for _, name := range wantThreads {
		if !strings.Contains(svg, name) || !strings.Contains(text, name) {
			t.Errorf("the SVG or the text lacks thread %q:\n%s", name, text)
		}
	}
	if !strings.Contains(text, "holds the lock") || !strings.Contains(text, "█") {
		t.Errorf("text/plain is not the drawing:\n%s", text)
	}
}

// The picture is redrawn under one display id while the trace grows:
// first a display, then updates, the last one the whole trace.
func TestLiveTimelineUpdatesUnderOneID(t *testing.T) {
	out := &displays{}
	calls := make(chan int, 100)
	var mu sync.Mutex
	var events []gil.Event
	trace := func() []gil.Event {
		mu.Lock()
		defer mu.Unlock()
		calls <- len(events)
		return append([]gil.Event(nil), events...)
	}
	add := func(e gil.Event) {
		mu.Lock()
		defer mu.Unlock()
		events = append(events, e)
	}
	add(gil.Event{Kind: gil.EventTake, ThreadID: 1, Thread: "MainThread"})
	live := startLiveTimeline(out, trace, time.Millisecond)
	<-calls
	add(gil.Event{At: time.Millisecond, Kind: gil.EventWaitStart, ThreadID: 2, Thread: "Thread-1"})
	for n := range calls { // until a redraw has seen the new event
		if n == 2 {
			break
		}
	}
	final := []gil.Event{
		{Kind: gil.EventTake, ThreadID: 1, Thread: "MainThread"},
		{At: time.Millisecond, Kind: gil.EventWaitStart, ThreadID: 2, Thread: "Thread-1"},
		{At: 2 * time.Millisecond, Kind: gil.EventDrop, ThreadID: 1, Thread: "MainThread"},
		{At: 2 * time.Millisecond, Kind: gil.EventTake, ThreadID: 3, Thread: "Thread-2 at the end"},
	}
	live.finish(final)

	outs := out.all()
	if len(outs) < 3 {
		t.Fatalf("%d displays, want a first one, updates and the last", len(outs))
	}
	id := outs[0].DisplayID
	if id == "" || outs[0].Update {
		t.Errorf("the first display: id %q, update %v", id, outs[0].Update)
	}
	for i, o := range outs[1:] {
		if o.DisplayID != id || !o.Update {
			t.Errorf("display %d: id %q (want %q), update %v", i+1, o.DisplayID, id, o.Update)
		}
	}
	checkTimelineBundle(t, outs[len(outs)-1], "MainThread", "Thread-2 at the end")
}

// A cell shorter than the redraw interval shows one picture, after its
// output, as before live updates.
func TestShortTimelineCellShowsOnePicture(t *testing.T) {
	l := newTestLayer(t)
	out := &displays{}
	res := l.Execute(context.Background(), kernel.ExecuteInput{Code: "%%timeline\n%%gil\nt1 := threading.Thread(workloads.FibonacciGIL, uint64(1000))\nt1.Start()\nt1.Join()"}, out)
	if res.Err != nil {
		t.Fatalf("the cell failed: %s", strings.Join(res.Err.Lines(), "\n"))
	}
	outs := out.all()
	if len(outs) == 0 {
		t.Fatal("no picture")
	}
	last := outs[len(outs)-1]
	checkTimelineBundle(t, last, "MainThread", "Thread-1")
	for _, o := range outs {
		if o.DisplayID != last.DisplayID {
			t.Errorf("displays under two ids: %q and %q", o.DisplayID, last.DisplayID)
		}
	}
}
