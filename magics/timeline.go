package magics

import (
	"context"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"sort"
	"time"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/display"
	"github.com/gogil/gogil/gil"
	"github.com/gogil/gogil/kernel"
	"github.com/gogil/gogil/session"
	"github.com/gogil/gogil/timeline"
)

// timelineMagic is %%timeline: it records the lock's trace while the rest
// of the cell runs and shows it as a picture, one lane a thread — who held
// the lock, who waited, who asked it to drop — in the spirit of David
// Beazley's gilvis. A cell that runs longer than a moment shows the trace
// so far and updates it a few times a second; the last update is the
// whole trace.
func (l *Layer) timelineMagic(args []string, out cellio.Cell, next run) (run, error) {
	if len(args) > 0 {
		return nil, fmt.Errorf("takes no arguments")
	}
	return func(ctx context.Context, c session.Cell) kernel.Outcome {
		lock := l.world.lock
		lock.StartTrace()
		// Sub-interpreters (interpreters.Pool) and pool worker processes
		// (multiprocessing.Pool) show as lanes of their own, holding their
		// own locks.
		began := time.Now()
		l.subs.startTrace(began)
		l.processes.StartTrace(began)
		live := startLiveTimeline(out, func() []gil.Event {
			return withProcesses(l.subs.snapshot(lock.Trace()), l.processes.Trace())
		}, liveTimelineEvery)
		outcome := next(ctx, c)
		live.finish(withProcesses(l.subs.stopTrace(lock.StopTrace()), l.processes.StopTrace()))
		return outcome
	}, nil
}

// withProcesses merges the workers' events into the kernel's, in time
// order: each lock's events keep their order (both lists are sorted).
func withProcesses(events, workers []gil.Event) []gil.Event {
	if len(workers) == 0 {
		return events
	}
	out := append(append(make([]gil.Event, 0, len(events)+len(workers)), events...), workers...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].At < out[j].At })
	return out
}

// liveTimelineEvery is how often a running cell's timeline is redrawn at
// most: a few times a second, as a progress bar.
const liveTimelineEvery = 300 * time.Millisecond

// timelineOutput is the picture in every form a reader may need: SVG for
// notebooks, PNG for those that drop SVG (nbconvert's HTML export, several
// viewers), and characters with ANSI colours for a terminal or any reader
// of text/plain (`gogil run` strips the colours when not on a terminal).
//
// Frontends pick one type by a fixed ranking, the same in JupyterLab and
// nbconvert: HTML, then SVG, then PNG. nbconvert 6.5 passes SVG outputs
// through its sanitiser, which drops every shape, so SVG alone is an empty
// box there, and PNG ranks below it. Hence the HTML: the PNG with the SVG
// laid over it. Where HTML is shown as written (JupyterLab, nbconvert) the
// SVG covers the PNG exactly and keeps its tooltips; where a sanitiser
// drops the SVG and the styles, the PNG is left.
func timelineOutput(events []gil.Event) cellio.Output {
	svg := timeline.SVG(events, timeline.Options{})
	pngData := timeline.PNG(events, timeline.Options{})
	encoded := base64.StdEncoding.EncodeToString(pngData)
	width, height := pngSize(pngData)
	overlay := fmt.Sprintf(`<div style="position:relative;width:%dpx;height:%dpx">`+
		`<img src="data:image/png;base64,%s" width="%d" height="%d" alt="interpreter lock timeline">`+
		`<div style="position:absolute;left:0;top:0">%s</div></div>`, width, height, encoded, width, height, svg)
	return cellio.Output{Data: map[string]any{
		"text/html":     overlay,
		"image/svg+xml": svg,
		"image/png":     encoded,
		"text/plain":    timeline.Text(events, timeline.TextOptions{Color: true}),
	}}
}

// pngSize reads the size from the PNG's header (IHDR, right after the
// 8-byte signature), which timeline.PNG always writes.
func pngSize(data []byte) (width, height int) {
	if len(data) < 24 {
		return 0, 0
	}
	return int(binary.BigEndian.Uint32(data[16:20])), int(binary.BigEndian.Uint32(data[20:24]))
}

// liveTimeline redraws the trace of a running cell under one display id.
type liveTimeline struct {
	handle *display.Handle
	stop   chan struct{}
	done   chan struct{}
}

// startLiveTimeline shows trace() after every, then again at most every
// interval, and backs off while drawing takes more than a quarter of the
// time: a trace of a million events must not slow the cell it watches. A
// cell that ends before the first interval shows one picture only.
func startLiveTimeline(out cellio.Cell, trace func() []gil.Event, every time.Duration) *liveTimeline {
	lt := &liveTimeline{
		handle: display.NewEnv(func() display.Publisher { return out }).NewHandle(),
		stop:   make(chan struct{}),
		done:   make(chan struct{}),
	}
	go func() {
		defer close(lt.done)
		timer := time.NewTimer(every)
		defer timer.Stop()
		for {
			select {
			case <-lt.stop:
				return
			case <-timer.C:
			}
			start := time.Now()
			lt.handle.Publish(timelineOutput(trace()))
			timer.Reset(max(every, 4*time.Since(start)))
		}
	}()
	return lt
}

// finish stops the redrawing and shows the whole trace, in place of the
// last picture if one was shown.
func (lt *liveTimeline) finish(events []gil.Event) {
	close(lt.stop)
	<-lt.done
	lt.handle.Publish(timelineOutput(events))
}
