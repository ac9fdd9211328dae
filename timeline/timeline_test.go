package timeline

import (
	"encoding/xml"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gogil/gogil/gil"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// node is a parsed SVG element, enough to look for what was drawn.
type node struct {
	XMLName  xml.Name
	Attrs    []xml.Attr `xml:",any,attr"`
	Text     string     `xml:",chardata"`
	Children []node     `xml:",any"`
}

func (n node) attr(name string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func (n node) num(t *testing.T, name string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(n.attr(name), 64)
	if err != nil {
		t.Fatalf("<%s %s=%q>: %v", n.XMLName.Local, name, n.attr(name), err)
	}
	return v
}

// title is the text of the element's <title> child.
func (n node) title() string {
	for _, c := range n.Children {
		if c.XMLName.Local == "title" {
			return c.Text
		}
	}
	return ""
}

// all lists n and its descendants, depth first, with their ancestors' fill.
func (n node) all(fill string, visit func(n node, fill string)) {
	if f := n.attr("fill"); f != "" {
		fill = f
	}
	visit(n, fill)
	for _, c := range n.Children {
		c.all(fill, visit)
	}
}

func parse(t *testing.T, svg string) node {
	t.Helper()
	var root node
	if err := xml.Unmarshal([]byte(svg), &root); err != nil {
		t.Fatalf("not well-formed XML: %v\n%s", err, svg)
	}
	if root.XMLName.Local != "svg" || root.XMLName.Space != "http://www.w3.org/2000/svg" {
		t.Fatalf("root is %v, want svg in the SVG namespace", root.XMLName)
	}
	for _, a := range []string{"width", "height", "viewBox"} {
		if root.attr(a) == "" {
			t.Errorf("the svg element has no %s", a)
		}
	}
	return root
}

type drawn struct {
	rect  node
	fill  string
	title string
}

// rects are the bars drawn with the given fill.
func rects(root node, fill string) []drawn {
	var out []drawn
	root.all("", func(n node, f string) {
		if n.XMLName.Local == "rect" && f == fill && n.title() != "" {
			out = append(out, drawn{rect: n, fill: f, title: n.title()})
		}
	})
	return out
}

// markPaths are the d attributes of the mark paths of a kind ("forced-drop").
func markPaths(root node, class string) []string {
	var out []string
	root.all("", func(n node, _ string) {
		if n.XMLName.Local == "path" && n.attr("class") == class {
			out = append(out, n.attr("d"))
		}
	})
	return out
}

// laneNames are the thread labels, top to bottom.
func laneNames(root node) []string {
	var out []string
	root.all("", func(n node, _ string) {
		if n.XMLName.Local == "text" && n.attr("x") == "10" && n.title() != "" {
			out = append(out, n.title())
		}
	})
	return out
}

func ms(v float64) time.Duration { return time.Duration(v * float64(time.Millisecond)) }

func ev(at float64, kind gil.EventKind, id uint64, name string) gil.Event {
	return gil.Event{At: ms(at), Kind: kind, ThreadID: id, Thread: name}
}

func forced(e gil.Event) gil.Event      { e.Forced = true; return e }
func interrupted(e gil.Event) gil.Event { e.Interrupted = true; return e }
func note(e gil.Event, s string) gil.Event {
	e.Note = s
	return e
}

// switching is two threads trading the lock: A holds 0-5 ms, B waits from
// 1 ms, asks for a drop at 6, A is forced out at 6.5, B holds to the end.
func switching() []gil.Event {
	return []gil.Event{
		ev(0, gil.EventTake, 1, "A"),
		ev(1, gil.EventWaitStart, 2, "B"),
		ev(6, gil.EventDropRequest, 2, "B"),
		forced(ev(6.5, gil.EventDrop, 1, "A")),
		ev(6.5, gil.EventWaitEnd, 2, "B"),
		ev(6.5, gil.EventTake, 2, "B"),
		ev(6.6, gil.EventWaitStart, 1, "A"),
		ev(10, gil.EventDrop, 2, "B"),
		ev(10, gil.EventWaitEnd, 1, "A"),
		ev(10, gil.EventTake, 1, "A"),
		ev(10.5, gil.EventDrop, 1, "A"),
		note(ev(10.5, gil.EventWorkBegin, 1, "A"), "workloads.Spin(5ms)"),
		note(ev(15, gil.EventWorkEnd, 1, "A"), "workloads.Spin(5ms)"),
		ev(15, gil.EventTake, 1, "A"),
		ev(20, gil.EventDrop, 1, "A"),
	}
}

func TestSVGStructure(t *testing.T) {
	tests := []struct {
		name   string
		events []gil.Event
		lanes  []string
		// holds and waits: [from, to] in ms, in drawing order, per fill.
		holds [][2]float64
		waits [][2]float64
		works []string // titles of the work bars
		marks map[string]int
		text  []string // must appear, escaped, in the output
	}{
		{
			name:   "switching",
			events: switching(),
			lanes:  []string{"A", "B"},
			holds:  [][2]float64{{0, 6.5}, {10, 10.5}, {15, 20}, {6.5, 10}},
			waits:  [][2]float64{{6.6, 10}, {1, 6.5}},
			works:  []string{"workloads.Spin(5ms): 4.5 ms from 10.5 ms"},
			marks:  map[string]int{"forced-drop": 1, "drop-request": 1, "interrupted-wait": 0},
			text:   []string{"20.0 ms · 2 threads · 2 switches · 1 forced drop · 1 drop request"},
		},
		{
			name: "trace starts mid-hold and ends mid-wait",
			events: []gil.Event{
				ev(0, gil.EventWaitStart, 2, "B"),
				ev(4, gil.EventDrop, 1, "A"),
				ev(4, gil.EventWaitEnd, 2, "B"),
				ev(4, gil.EventTake, 2, "B"),
				ev(5, gil.EventWaitStart, 1, "A"),
				ev(8, gil.EventDrop, 2, "B"),
			},
			lanes: []string{"A", "B"},
			holds: [][2]float64{{0, 4}, {4, 8}},
			// A's wait runs to the end; B's wait from 0.
			waits: [][2]float64{{5, 8}, {0, 4}},
			marks: map[string]int{"forced-drop": 0},
		},
		{
			name: "interrupted wait, hold open at the end",
			events: []gil.Event{
				ev(0, gil.EventTake, 1, "MainThread"),
				ev(1, gil.EventWaitStart, 3, "T"),
				interrupted(ev(3, gil.EventWaitEnd, 3, "T")),
				ev(9, gil.EventWorkBegin, 1, "MainThread"),
			},
			lanes: []string{"MainThread", "T"},
			holds: [][2]float64{{0, 9}},
			waits: [][2]float64{{1, 3}},
			marks: map[string]int{"interrupted-wait": 1},
			text:  []string{"1 interrupted wait"},
		},
		{
			name: "names and notes are escaped",
			events: []gil.Event{
				ev(0, gil.EventTake, 1, `a<b & "c"`),
				note(ev(1, gil.EventWorkBegin, 1, `a<b & "c"`), "x</title><script>"),
				note(ev(2, gil.EventWorkEnd, 1, `a<b & "c"`), "x</title><script>"),
				ev(3, gil.EventDrop, 1, `a<b & "c"`),
			},
			lanes: []string{`a<b & "c"`},
			holds: [][2]float64{{0, 3}},
			works: []string{"x</title><script>: 1.0 ms from 1.0 ms"},
			text:  []string{"a&lt;b &amp; &#34;c&#34;", "x&lt;/title&gt;&lt;script&gt;"},
		},
		{
			name:  "empty",
			lanes: nil,
			text:  []string{"no events", "empty trace"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			svg := SVG(tc.events, Options{Width: 900})
			root := parse(t, svg)
			for _, s := range tc.text {
				if !strings.Contains(svg, s) {
					t.Errorf("output lacks %q", s)
				}
			}
			if got := laneNames(root); strings.Join(got, "|") != strings.Join(tc.lanes, "|") {
				t.Errorf("lanes = %q, want %q", got, tc.lanes)
			}
			scale := scaleOf(t, root, tc.events)
			checkBars(t, "hold", rects(root, colorHeld), tc.holds, scale)
			checkBars(t, "wait", rects(root, "url(#wait)"), tc.waits, scale)
			var works []string
			for _, w := range rects(root, colorWork) {
				works = append(works, w.title)
			}
			if strings.Join(works, "|") != strings.Join(tc.works, "|") {
				t.Errorf("work bars = %q, want %q", works, tc.works)
			}
			for class, want := range tc.marks {
				paths := markPaths(root, class)
				got := 0
				for _, d := range paths {
					got += strings.Count(d, "M") // each symbol starts with an absolute move
				}
				if got != want {
					t.Errorf("%s marks = %d (%q), want %d", class, got, paths, want)
				}
			}
		})
	}
}

// scale maps milliseconds to pixels as the picture does: the plot starts
// at the first tick's grid line and the trace's end is the plot's right
// edge (the width minus the right margin).
type scale struct{ left, perMS float64 }

func scaleOf(t *testing.T, root node, events []gil.Event) scale {
	t.Helper()
	var end time.Duration
	for _, e := range events {
		end = max(end, e.At)
	}
	left := math.NaN()
	root.all("", func(n node, _ string) {
		if n.XMLName.Local == "path" && math.IsNaN(left) && strings.HasPrefix(n.attr("d"), "M") && strings.Contains(n.attr("d"), "V") {
			f := strings.Fields(strings.TrimPrefix(n.attr("d"), "M"))
			left, _ = strconv.ParseFloat(f[0], 64)
		}
	})
	width := root.num(t, "width")
	if end == 0 {
		return scale{left: left}
	}
	return scale{left: left, perMS: (width - rightMargin - left) / (float64(end) / float64(time.Millisecond))}
}

func checkBars(t *testing.T, what string, got []drawn, want [][2]float64, s scale) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%d %s bars, want %d", len(got), what, len(want))
		return
	}
	for i, w := range want {
		x, width := got[i].rect.num(t, "x"), got[i].rect.num(t, "width")
		wantX, wantW := s.left+w[0]*s.perMS, (w[1]-w[0])*s.perMS
		if math.Abs(x-wantX) > 0.11 || math.Abs(width-wantW) > 0.11 {
			t.Errorf("%s bar %d (%s): x=%v width=%v, want x=%.1f width=%.1f", what, i, got[i].title, x, width, wantX, wantW)
		}
	}
}

// TestHoldProportions checks the geometry independently of the parsing
// helpers: a hold of the middle half of the trace covers the middle half of
// the plot.
func TestHoldProportions(t *testing.T) {
	events := []gil.Event{
		ev(0, gil.EventWaitStart, 2, "B"),
		ev(10, gil.EventWaitEnd, 2, "B"),
		ev(10, gil.EventTake, 2, "B"),
		ev(30, gil.EventDrop, 2, "B"),
		ev(40, gil.EventWaitStart, 2, "B"),
	}
	root := parse(t, SVG(events, Options{Width: 1000}))
	holds := rects(root, colorHeld)
	waits := rects(root, "url(#wait)")
	if len(holds) != 1 || len(waits) != 1 {
		t.Fatalf("%d holds and %d waits with a tooltip, want 1 and 1", len(holds), len(waits))
	}
	h, w0 := holds[0].rect, waits[0].rect
	plotLeft := w0.num(t, "x")
	perMS := w0.num(t, "width") / 10
	if got := (h.num(t, "x") - plotLeft) / perMS; math.Abs(got-10) > 0.05 {
		t.Errorf("hold starts at %.2f ms of the plot, want 10", got)
	}
	if got := h.num(t, "width") / perMS; math.Abs(got-20) > 0.05 {
		t.Errorf("hold lasts %.2f ms of the plot, want 20", got)
	}
	if right := plotLeft + 40*perMS; math.Abs(right-(1000-rightMargin)) > 0.2 {
		t.Errorf("the trace ends at x=%.1f, want the plot's right edge %d", right, 1000-rightMargin)
	}
	// The wait open at the end lasts no time: it is still drawn, as a
	// sliver at the right edge.
	var sliver []string
	root.all("", func(n node, fill string) {
		if n.XMLName.Local == "path" && fill == "url(#wait)" {
			sliver = append(sliver, n.attr("d"))
		}
	})
	want := "M" + strconv.Itoa(1000-rightMargin) + " "
	if len(sliver) != 1 || !strings.HasPrefix(sliver[0], want) {
		t.Errorf("wait paths = %q, want one starting with %q", sliver, want)
	}
}

func TestManyThreads(t *testing.T) {
	var events []gil.Event
	for id := uint64(1); id <= 55; id++ {
		name := "T" + strconv.FormatUint(id, 10)
		events = append(events, ev(float64(id), gil.EventTake, id, name), ev(float64(id)+0.5, gil.EventDrop, id, name))
	}
	svg := SVG(events, Options{})
	root := parse(t, svg)
	if got := len(laneNames(root)); got != maxLanes-1 {
		t.Errorf("%d lanes drawn, want %d", got, maxLanes-1)
	}
	if want := "16 more threads not drawn"; !strings.Contains(svg, want) {
		t.Errorf("output lacks %q", want)
	}
	if want := "55 threads"; !strings.Contains(svg, want) {
		t.Errorf("the summary lacks %q", want)
	}
}

func TestSVGDeterministic(t *testing.T) {
	events := synthetic(3000, 4)
	a, b := SVG(events, Options{Title: "t"}), SVG(events, Options{Title: "t"})
	if a != b {
		t.Error("two renderings of the same trace differ")
	}
}

func TestGolden(t *testing.T) {
	got := SVG(switching(), Options{Width: 640, Title: "two threads <switching>"})
	parse(t, got)
	path := filepath.Join("testdata", "switching.svg")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run go test -update after checking the picture):\n%s", path, got)
	}
}

// synthetic is a trace of n events of threads taking turns every few
// hundred microseconds, with waits, requests, forced drops and work: what a
// long CPU-bound run looks like.
func synthetic(n, threads int) []gil.Event {
	events := make([]gil.Event, 0, n+threads)
	name := func(id uint64) string { return "Thread-" + strconv.FormatUint(id, 10) }
	at := time.Duration(0)
	holder := uint64(1)
	events = append(events, gil.Event{Kind: gil.EventTake, ThreadID: holder, Thread: name(holder)})
	for id := uint64(2); id <= uint64(threads); id++ {
		events = append(events, gil.Event{Kind: gil.EventWaitStart, ThreadID: id, Thread: name(id)})
	}
	for i := 0; len(events) < n; i++ {
		at += time.Duration(200+(i*7919)%500) * time.Microsecond
		next := holder%uint64(threads) + 1
		e := func(kind gil.EventKind, id uint64) gil.Event {
			return gil.Event{At: at, Kind: kind, ThreadID: id, Thread: name(id)}
		}
		req := e(gil.EventDropRequest, next)
		drop := e(gil.EventDrop, holder)
		drop.Forced = i%3 != 0
		events = append(events, req, drop, e(gil.EventWaitEnd, next), e(gil.EventTake, next))
		if i%5 == 0 {
			w := e(gil.EventWorkBegin, holder)
			w.Note = "workloads.Primes(1000)"
			events = append(events, w)
			at += 50 * time.Microsecond
			w = e(gil.EventWorkEnd, holder)
			w.Note = "workloads.Primes(1000)"
			events = append(events, w)
		}
		events = append(events, e(gil.EventWaitStart, holder))
		holder = next
	}
	return events
}

func TestLargeTraceStaysSmall(t *testing.T) {
	const limit = 300 << 10
	for _, threads := range []int{2, 4, 8} {
		events := synthetic(20000, threads)
		svg := SVG(events, Options{})
		parse(t, svg)
		if len(svg) > limit {
			t.Errorf("%d threads, %d events: %d bytes, want under %d", threads, len(events), len(svg), limit)
		}
		t.Logf("%d threads, %d events: %d bytes", threads, len(events), len(svg))
	}
}

func TestNiceStep(t *testing.T) {
	tests := []struct {
		span time.Duration
		n    int
		want time.Duration
	}{
		{100 * time.Millisecond, 8, 20 * time.Millisecond},
		{87 * time.Millisecond, 6, 20 * time.Millisecond},
		{1 * time.Millisecond, 5, 200 * time.Microsecond},
		{3 * time.Second, 8, 500 * time.Millisecond},
		{time.Microsecond, 8, 200},
		{5, 8, 1},
	}
	for _, tc := range tests {
		if got := niceStep(tc.span, tc.n); got != tc.want {
			t.Errorf("niceStep(%v, %d) = %v, want %v", tc.span, tc.n, got, tc.want)
		}
	}
}

func BenchmarkSVG20k(b *testing.B) {
	events := synthetic(20000, 4)
	b.ReportAllocs()
	for b.Loop() {
		SVG(events, Options{})
	}
}
