package timeline

import (
	"encoding/xml"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gogil/gogil/gil"
)

// Options shape the picture.
type Options struct {
	Width int    // in pixels; 900 when zero or negative, at least 360
	Title string // shown before the summary line; may be empty
}

const (
	defaultWidth = 900
	minWidth     = 360

	rightMargin = 16
	titleHeight = 34
	laneHeight  = 36
	barTop      = 9  // hold and wait bars, from the top of a lane
	barHeight   = 16 //
	workTop     = 28 // the thin work bar under them
	workHeight  = 4
	axisHeight  = 26
	headingRow  = 20 // the name of another interpreter's lock, over its lanes
	legendRow   = 20

	// Bars at least minTitled pixels wide get a tooltip; narrower than
	// minBar they are merged with their neighbours; a merged block is cut
	// after maxCluster pixels so a change of density along a dense run
	// stays visible.
	statsWidth = 150.0

	minTitled  = 6.0
	minBar     = 2.0
	maxCluster = 4.0

	// Beyond maxLanes threads the picture would be unreadable and large:
	// the rest are counted, not drawn.
	maxLanes = 40

	fontFamily = "DejaVu Sans, Helvetica, Arial, sans-serif"
)

// Colours, picked to read apart in print and for the common colour-blind
// confusions (green against blue and dark marks, orange hatching).
const (
	colorHeld      = "#2f9e44"
	colorWaitFill  = "#ffe3c2"
	colorWaitHatch = "#f08c3c"
	colorRequest   = "#e03131"
	colorForced    = "#1c1c1c"
	colorInterrupt = "#c92a2a"
	colorWork      = "#1c7ed6"
	colorGrid      = "#e3e3e3"
	colorText      = "#222"
	colorMuted     = "#666"
	colorLaneAlt   = "#f7f7f7"
)

// SVG draws events (a gil trace, in recording order) as a standalone SVG
// document. The same events and options always give the same bytes.
func SVG(events []gil.Event, opts Options) string {
	width := opts.Width
	if width <= 0 {
		width = defaultWidth
	}
	width = max(width, minWidth)

	tr := replay(events)
	d := &drawing{tr: tr, width: float64(width), metrics: svgMetrics}
	d.layout()
	d.header(opts.Title)
	d.axisGrid()
	for _, h := range d.headings {
		d.heading(h)
	}
	for i, l := range d.lanes {
		d.lane(i, l)
	}
	if hidden := len(tr.lanes) - len(d.lanes); hidden > 0 {
		fmt.Fprintf(&d.b, `<text x="10" y="%s" fill="%s">%d more threads not drawn</text>`+"\n",
			num(d.rowsEnd+22), colorMuted, hidden)
	}
	if len(tr.lanes) == 0 {
		fmt.Fprintf(&d.b, `<text x="%s" y="%s" fill="%s">no events</text>`+"\n", num(d.plotLeft), num(d.lanesTop+22), colorMuted)
	}
	d.axisLabels()
	d.legend()
	d.b.WriteString("</svg>\n")
	return d.b.String()
}

// metrics are how wide text is: SVG text is measured by estimate (the
// viewer picks the font), PNG text by the bitmap font that draws it.
type metrics struct {
	char       float64 // width of a character of a lane's name
	legendChar float64 // of a legend label
	stats      float64 // the least label width that fits "held 100% · waited 100%"
}

var svgMetrics = metrics{char: 6.6, legendChar: 6.2, stats: statsWidth}

// drawing holds the geometry of one picture while it is written.
type drawing struct {
	b       strings.Builder
	tr      *trace
	lanes   []*lane // the lanes drawn: at most maxLanes-1 when some are left out
	width   float64
	metrics metrics

	end        time.Duration // the right edge of the plot (at least 1 µs)
	labelWidth float64
	plotLeft   float64
	plotWidth  float64
	lanesTop   float64
	tops       []float64 // of each lane drawn
	headings   []heading
	rowsEnd    float64 // below the last lane drawn
	lanesEnd   float64
	height     float64
	legendTop  float64
	legendRows [][]legendItem
}

func (d *drawing) x(t time.Duration) float64 {
	return d.plotLeft + float64(t)/float64(d.end)*d.plotWidth
}

func (d *drawing) layout() {
	d.end = max(d.tr.end, time.Microsecond)
	d.lanes = d.tr.lanes
	rows := len(d.lanes)
	if rows > maxLanes {
		d.lanes = d.lanes[:maxLanes-1]
		rows = maxLanes
	}
	longest := 0
	for _, l := range d.lanes {
		longest = max(longest, utf8.RuneCountInString(l.shortName()))
	}
	// Room for the name and for the "held 100% · waited 100%" line under it.
	d.labelWidth = math.Min(math.Max(float64(longest)*d.metrics.char+22, d.metrics.stats), math.Round(d.width/4))
	d.plotLeft = d.labelWidth
	d.plotWidth = d.width - d.plotLeft - rightMargin
	d.lanesTop = titleHeight
	y := d.lanesTop
	d.tops = make([]float64, len(d.lanes))
	for i, l := range d.lanes {
		if l.lock != "" && (i == 0 || l.lock != d.lanes[i-1].lock) {
			d.headings = append(d.headings, heading{top: y, name: l.lock})
			y += headingRow
		}
		d.tops[i] = y
		y += laneHeight
	}
	d.rowsEnd = y
	d.lanesEnd = y + float64((max(rows, 1)-len(d.lanes))*laneHeight)
	d.legendRows = wrapLegend(legendItems, d.width-24, d.metrics.legendChar)
	d.legendTop = d.lanesEnd + axisHeight + 6
	d.height = d.legendTop + float64(len(d.legendRows)*legendRow) + 6
}

func (d *drawing) header(title string) {
	w, h := num(d.width), num(d.height)
	fmt.Fprintf(&d.b, `<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" font-family="%s" font-size="12" fill="%s">`+"\n",
		w, h, w, h, fontFamily, colorText)
	summary := d.summary()
	docTitle := summary
	if title != "" {
		docTitle = title + ": " + summary
	}
	fmt.Fprintf(&d.b, "<title>%s</title>\n", escape(docTitle))
	// The hatching of waits: a light fill so a thin wait still shows, and
	// diagonal strokes so a wait never reads as a hold.
	fmt.Fprintf(&d.b, `<defs><pattern id="wait" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">`+
		`<rect width="6" height="6" fill="%s"/><path d="M0 0v6" stroke="%s" stroke-width="2.5"/></pattern></defs>`+"\n",
		colorWaitFill, colorWaitHatch)
	fmt.Fprintf(&d.b, `<rect width="%s" height="%s" fill="#fff"/>`+"\n", w, h)
	d.b.WriteString(`<text x="12" y="21">`)
	if title != "" {
		// dx, not spaces: renderers disagree on spaces at a tspan's edge.
		fmt.Fprintf(&d.b, `<tspan font-weight="bold">%s</tspan><tspan dx="12" fill="%s">%s</tspan></text>`+"\n",
			escape(title), colorMuted, escape(summary))
		return
	}
	fmt.Fprintf(&d.b, `<tspan fill="%s">%s</tspan></text>`+"\n", colorMuted, escape(summary))
}

func (d *drawing) summary() string {
	tr := d.tr
	if len(tr.lanes) == 0 {
		return "empty trace"
	}
	parts := []string{
		formatDuration(tr.end),
		plural(len(tr.lanes), "thread"),
	}
	if tr.locks > 1 {
		parts = append(parts, plural(tr.locks, "lock"))
	}
	parts = append(parts,
		plural(tr.switches, "switch"),
		plural(tr.forcedDrops, "forced drop"),
		plural(tr.dropRequests, "drop request"),
	)
	if tr.interrupted > 0 {
		parts = append(parts, plural(tr.interrupted, "interrupted wait"))
	}
	return strings.Join(parts, " · ")
}

// axisGrid draws the vertical grid lines behind the lanes.
func (d *drawing) axisGrid() {
	fmt.Fprintf(&d.b, `<g stroke="%s" stroke-width="1">`, colorGrid)
	for _, t := range d.ticks() {
		x := num(d.x(t))
		fmt.Fprintf(&d.b, `<path d="M%s %sV%s"/>`, x, num(d.lanesTop), num(d.lanesEnd+4))
	}
	d.b.WriteString("</g>\n")
}

func (d *drawing) axisLabels() {
	y := num(d.lanesEnd + 17)
	fmt.Fprintf(&d.b, `<g font-size="11" fill="%s" text-anchor="middle">`, colorMuted)
	ticks := d.ticks()
	for i, t := range ticks {
		anchor := ""
		if i == len(ticks)-1 && d.x(t) > d.plotLeft+d.plotWidth-20 {
			anchor = ` text-anchor="end"`
		}
		fmt.Fprintf(&d.b, `<text x="%s" y="%s"%s>%s</text>`, num(d.x(t)), y, anchor, escape(d.tickLabel(t)))
	}
	d.b.WriteString("</g>\n")
	fmt.Fprintf(&d.b, `<path d="M%s %sH%s" stroke="#999"/>`+"\n", num(d.plotLeft), num(d.lanesEnd+4), num(d.plotLeft+d.plotWidth))
}

// ticks are round times about every 100 pixels.
func (d *drawing) ticks() []time.Duration {
	step := niceStep(d.end, max(int(d.plotWidth/100), 2))
	var ticks []time.Duration
	for t := time.Duration(0); t <= d.end; t += step {
		ticks = append(ticks, t)
	}
	return ticks
}

func (d *drawing) tickLabel(t time.Duration) string {
	if d.end >= 10*time.Second {
		return strconv.FormatFloat(t.Seconds(), 'f', -1, 64) + " s"
	}
	return strconv.FormatFloat(float64(t)/float64(time.Millisecond), 'f', -1, 64) + " ms"
}

// niceStep is the 1, 2 or 5 times a power of ten that cuts span into about
// n pieces.
func niceStep(span time.Duration, n int) time.Duration {
	raw := float64(span) / float64(n)
	if raw < 1 {
		return 1
	}
	pow := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*pow >= raw {
			return time.Duration(m * pow)
		}
	}
	return time.Duration(10 * pow)
}

// heading is the name of another interpreter's lock (a sub-interpreter's,
// a worker process's) over the lanes of its threads: its holder is its
// own, whatever the other lanes do.
type heading struct {
	top  float64
	name string
}

func (h heading) label() string { return h.name + " · its own lock" }

func (d *drawing) heading(h heading) {
	fmt.Fprintf(&d.b, `<path d="M0 %sH%s" stroke="#999"/>`+"\n", num(h.top+0.5), num(d.width))
	fmt.Fprintf(&d.b, `<text x="10" y="%s" font-weight="bold" font-size="11">%s</text>`+"\n", num(h.top+14), escape(h.label()))
}

func (d *drawing) lane(i int, l *lane) {
	top := d.tops[i]
	fmt.Fprintf(&d.b, "<g>\n")
	if i%2 == 1 {
		fmt.Fprintf(&d.b, `<rect x="0" y="%s" width="%s" height="%d" fill="%s"/>`+"\n", num(top), num(d.width), laneHeight, colorLaneAlt)
	}
	d.laneLabel(top, l)

	y, h := top+barTop, float64(barHeight)
	// Merged blocks of waits hang from the top of the bar and those of holds
	// stand on its bottom, so a dense stretch reads as the two shares.
	d.bars(d.pixelSpans(l.waits, "waits"), "url(#wait)", y, h, true)
	d.bars(d.pixelSpans(l.holds, "holds"), colorHeld, y, h, false)
	d.bars(d.pixelSpans(l.works, "work"), colorWork, top+workTop, workHeight, false)

	// Marks are one path per kind and lane, at most one per pixel: small
	// whatever the number of events.
	var forced, requests, interrupted []float64
	for _, s := range l.holds {
		if s.forced {
			forced = append(forced, d.x(s.to))
		}
	}
	for _, t := range l.requests {
		requests = append(requests, d.x(t))
	}
	for _, s := range l.waits {
		if s.interrupted {
			interrupted = append(interrupted, d.x(s.to))
		}
	}
	d.marks(forced, 6, "forced drop", `fill="none" stroke="`+colorForced+`" stroke-width="2"`,
		func(x float64) string { return "M" + num(x) + " " + num(y-2) + "v" + num(h+4) })
	d.marks(requests, 9, "drop request", `fill="`+colorRequest+`"`,
		func(x float64) string { return "M" + num(x) + " " + num(y) + "l-4-7h8z" })
	d.marks(interrupted, 9, "interrupted wait", `fill="none" stroke="`+colorInterrupt+`" stroke-width="2"`,
		func(x float64) string {
			return "M" + num(x-4) + " " + num(y+h/2-4) + "l8 8m0-8l-8 8"
		})
	d.b.WriteString("</g>\n")
}

func (d *drawing) laneLabel(top float64, l *lane) {
	name := l.shortName()
	fits := int((d.labelWidth - 18) / d.metrics.char)
	if utf8.RuneCountInString(name) > fits {
		name = string([]rune(name)[:max(fits-1, 1)]) + "…"
	}
	fmt.Fprintf(&d.b, `<text x="10" y="%s"><title>%s</title>%s</text>`+"\n", num(top+16), escape(l.name), escape(name))
	if d.labelWidth < d.metrics.stats {
		return // a narrow picture: the name is enough
	}
	span := float64(d.end)
	held := float64(total(l.holds)) / span * 100
	waited := float64(total(l.waits)) / span * 100
	fmt.Fprintf(&d.b, `<text x="10" y="%s" font-size="10" fill="%s">held %.0f%% · waited %.0f%%</text>`+"\n",
		num(top+29), colorMuted, held, waited)
}

// pixelSpan is a span on the page, with what its tooltip says.
type pixelSpan struct {
	x0, x1 float64
	title  string
}

func (d *drawing) pixelSpans(spans []span, what string) []pixelSpan {
	out := make([]pixelSpan, 0, len(spans))
	for _, s := range spans {
		title := formatDuration(s.to-s.from) + " from " + formatDuration(s.from)
		switch {
		case what == "work" && s.note != "":
			title = s.note + ": " + title
		case what == "work":
			title = "work: " + title
		case what == "holds" && s.forced:
			title = "held " + title + ", forced drop"
		case what == "holds":
			title = "held " + title
		case s.interrupted:
			title = "waited " + title + ", interrupted"
		default:
			title = "waited " + title
		}
		out = append(out, pixelSpan{x0: d.x(s.from), x1: math.Max(d.x(s.to), d.x(s.from)), title: title})
	}
	return out
}

// bars draws spans in three ways so the output stays small whatever the
// number of events: spans wide enough to point at are rectangles with a
// tooltip; narrower ones are pieces of one path; runs of spans narrower
// than minBar, less than minBar apart, become one block (at most
// maxCluster wide) whose height is the share of it they cover, hanging
// from the top of the bar or standing on its bottom. Blocks of a height
// share a path.
func (d *drawing) bars(spans []pixelSpan, fill string, y, h float64, fromTop bool) {
	if len(spans) == 0 {
		return
	}
	fmt.Fprintf(&d.b, `<g fill="%s">`, fill)
	var heights [11]strings.Builder // by share of the bar's height, in tenths
	box := func(x, w float64, tenths int) {
		bh := math.Max(h*float64(tenths)/10, math.Min(h, 2))
		by := y
		if !fromTop {
			by = y + h - bh
		}
		heights[tenths].WriteString("M" + num(x) + " " + num(by) + "h" + num(w) + "v" + num(bh) + "h-" + num(w) + "z")
	}
	var c cluster
	flush := func() {
		if c.n > 0 {
			w := math.Max(c.x1-c.x0, 1)
			// Anything that happened must show: a lone microsecond hold
			// on a minute-long trace is still a thin block.
			box(c.x0, w, int(math.Round(math.Min(c.covered/w, 1)*10)))
			c = cluster{}
		}
	}
	for _, s := range spans {
		w := s.x1 - s.x0
		switch {
		case w >= minTitled:
			fmt.Fprintf(&d.b, `<rect x="%s" y="%s" width="%s" height="%s"><title>%s</title></rect>`,
				num(s.x0), num(y), num(w), num(h), escape(s.title))
		case w >= minBar:
			box(s.x0, w, 10)
		default:
			if c.n > 0 && (s.x0-c.x1 >= minBar || math.Max(c.x1, s.x1)-c.x0 > maxCluster) {
				flush()
			}
			c.add(s.x0, s.x1)
		}
	}
	flush()
	for i := range heights {
		if heights[i].Len() > 0 {
			fmt.Fprintf(&d.b, `<path d="%s"/>`, heights[i].String())
		}
	}
	d.b.WriteString("</g>\n")
}

// cluster gathers neighbouring spans too narrow to draw one by one.
type cluster struct {
	x0, x1  float64
	covered float64
	n       int
}

func (c *cluster) add(x0, x1 float64) {
	if c.n == 0 {
		c.x0, c.x1 = x0, x1
	}
	c.x1 = math.Max(c.x1, x1)
	c.covered += x1 - x0
	c.n++
}

// marks draws one symbol per x as a single path, skipping an x closer than
// gap pixels to the previous one drawn: a symbol's width apart, or more, so
// a dense run reads as a comb of marks and not as a band that hides the bar.
func (d *drawing) marks(xs []float64, gap float64, what, style string, symbol func(x float64) string) {
	if len(xs) == 0 {
		return
	}
	var path strings.Builder
	last := math.Inf(-1)
	for _, x := range xs {
		if x-last < gap {
			continue
		}
		last = x
		path.WriteString(symbol(x))
	}
	fmt.Fprintf(&d.b, `<path class="%s" d="%s" %s><title>%s</title></path>`+"\n",
		strings.ReplaceAll(what, " ", "-"), path.String(), style, escape(plural(len(xs), what)))
}

type legendItem struct {
	mark   mark
	label  string
	swatch string // SVG drawn at (0,0) of a 24×12 box
}

// mark is what a legend item explains, so every rendering draws the
// swatch of its own medium.
type mark uint8

const (
	markHeld mark = iota
	markWait
	markRequest
	markForced
	markInterrupted
	markWork
)

var legendItems = []legendItem{
	{markHeld, "holds the lock", `<rect y="1" width="22" height="10" fill="` + colorHeld + `"/>`},
	{markWait, "waits for it", `<rect y="1" width="22" height="10" fill="url(#wait)"/>`},
	{markRequest, "drop request", `<path d="M11 12l-5-9h10z" fill="` + colorRequest + `"/>`},
	{markForced, "forced drop", `<rect y="1" width="11" height="10" fill="` + colorHeld + `"/><path d="M11 -1v14" stroke="` + colorForced + `" stroke-width="2"/>`},
	{markInterrupted, "interrupted wait", `<path d="M7 2l8 8m0-8l-8 8" stroke="` + colorInterrupt + `" stroke-width="2"/>`},
	{markWork, "native work", `<rect y="4" width="22" height="4" fill="` + colorWork + `"/>`},
}

// wrapLegend lays items out left to right, on as many rows as the width
// needs.
func wrapLegend(items []legendItem, width, charWidth float64) [][]legendItem {
	var rows [][]legendItem
	var row []legendItem
	used := 0.0
	for _, it := range items {
		w := legendWidth(it, charWidth)
		if len(row) > 0 && used+w > width {
			rows = append(rows, row)
			row, used = nil, 0
		}
		row = append(row, it)
		used += w
	}
	return append(rows, row)
}

func legendWidth(it legendItem, charWidth float64) float64 {
	return 30 + float64(len(it.label))*charWidth + 18
}

func (d *drawing) legend() {
	fmt.Fprintf(&d.b, `<g font-size="11" fill="%s">`+"\n", colorText)
	for r, row := range d.legendRows {
		x := 12.0
		y := d.legendTop + float64(r*legendRow)
		for _, it := range row {
			fmt.Fprintf(&d.b, `<g transform="translate(%s %s)">%s<text x="30" y="10">%s</text></g>`+"\n",
				num(x), num(y), it.swatch, escape(it.label))
			x += legendWidth(it, d.metrics.legendChar)
		}
	}
	d.b.WriteString("</g>\n")
}

// num writes a coordinate with one decimal, which is finer than any screen
// and keeps the output short and stable.
func num(v float64) string {
	s := strconv.FormatFloat(math.Round(v*10)/10, 'f', 1, 64)
	s = strings.TrimSuffix(s, ".0")
	if s == "-0" {
		return "0"
	}
	return s
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	if strings.HasSuffix(what, "ch") {
		return strconv.Itoa(n) + " " + what + "es"
	}
	return strconv.Itoa(n) + " " + what + "s"
}

// formatDuration prints milliseconds below ten seconds, like the axis.
func formatDuration(d time.Duration) string {
	if d >= 10*time.Second {
		return strconv.FormatFloat(d.Seconds(), 'f', 1, 64) + " s"
	}
	ms := float64(d) / float64(time.Millisecond)
	switch {
	case ms >= 100:
		return strconv.FormatFloat(ms, 'f', 0, 64) + " ms"
	case ms >= 1:
		return strconv.FormatFloat(ms, 'f', 1, 64) + " ms"
	default:
		return strconv.FormatFloat(ms, 'f', 3, 64) + " ms"
	}
}

// escape makes text safe in element content and in quoted attributes.
func escape(s string) string {
	var b strings.Builder
	// xml.EscapeText also replaces characters XML forbids; writing to a
	// strings.Builder cannot fail.
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
