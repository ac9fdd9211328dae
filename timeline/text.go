package timeline

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gogil/gogil/gil"
)

// TextOptions shape the picture drawn with characters, for a terminal or
// any reader that shows only text/plain.
type TextOptions struct {
	Columns int    // the whole width; 80 when zero or negative, at least 40
	Title   string // shown before the summary line; may be empty
	Color   bool   // ANSI colours; without them the glyphs alone tell the kinds apart
}

const (
	defaultColumns = 80
	minColumns     = 40
	minNameColumns = 20 // " held 100% wait 100%"
	maxNameColumns = 24
)

// The glyphs: each kind of stretch or mark has its own, so the picture
// reads without colour (NO_COLOR, a log file).
const (
	glyphHeld     = '█' // the thread held the lock most of the column
	glyphSomeHeld = '▄' // it held the lock for part of it, and did not wait
	glyphMixed    = '▒' // it held the lock and waited for it in the column
	glyphWait     = '░'
	glyphRequest  = '▾'
	glyphForced   = '┃'
	glyphInterr   = '×'
	glyphWork     = '▬'
)

// ANSI colours of the glyphs (SGR codes), close to the SVG's.
const (
	sgrHeld    = "32"    // green
	sgrWait    = "33"    // yellow, the terminal's nearest to orange
	sgrMixed   = "32;43" // green on yellow
	sgrRequest = "31"    // red
	sgrForced  = "1"     // bold
	sgrInterr  = "1;31"  // bold red
	sgrWork    = "34"    // blue
	sgrMuted   = "2"     // dim
	sgrTitle   = "1"
)

// Text draws events as lanes of Unicode block characters: per thread a row
// of what it did (held, waited) and a row of its marks (drop requests,
// forced drops, interrupted waits) and native work, then the time axis,
// the legend and, first, the summary the SVG shows. Each column is a slice
// of time; what happened in it shows, whatever its length.
func Text(events []gil.Event, opts TextOptions) string {
	columns := opts.Columns
	if columns <= 0 {
		columns = defaultColumns
	}
	columns = max(columns, minColumns)
	tr := replay(events)
	t := &textDrawing{tr: tr, color: opts.Color, end: max(tr.end, time.Microsecond)}
	lanes := tr.lanes
	if len(lanes) > maxLanes {
		lanes = lanes[:maxLanes-1]
	}
	longest := 0
	for _, l := range lanes {
		longest = max(longest, utf8.RuneCountInString(l.shortName()))
	}
	t.nameColumns = min(max(longest, minNameColumns), maxNameColumns) + 1
	t.plotColumns = columns - t.nameColumns

	d := &drawing{tr: tr}
	summary := d.summary()
	if opts.Title != "" {
		t.paint(sgrTitle, opts.Title)
		t.b.WriteString("  ")
	}
	t.paint(sgrMuted, summary)
	t.b.WriteByte('\n')
	for i, l := range lanes {
		if l.lock != "" && (i == 0 || l.lock != lanes[i-1].lock) {
			// Another interpreter's lock: a rule with its name, whole
			// (the name column would cut it), over its threads.
			label := heading{name: l.lock}.label()
			t.paint(sgrTitle, truncate("── "+label+" ", columns))
			t.paint(sgrMuted, strings.Repeat("─", max(columns-utf8.RuneCountInString(label)-4, 0)))
			t.b.WriteByte('\n')
		}
		t.lane(l)
	}
	if hidden := len(tr.lanes) - len(lanes); hidden > 0 {
		t.paint(sgrMuted, strconv.Itoa(hidden)+" more threads not drawn")
		t.b.WriteByte('\n')
	}
	if len(tr.lanes) > 0 {
		t.axis()
	}
	t.legend(columns)
	return t.b.String()
}

type textDrawing struct {
	b           strings.Builder
	tr          *trace
	color       bool
	end         time.Duration
	nameColumns int
	plotColumns int
}

// column is where t falls, as a fraction of columns from the plot's left.
func (t *textDrawing) column(at time.Duration) float64 {
	return float64(at) / float64(t.end) * float64(t.plotColumns)
}

// paint writes s in a colour when colours are on.
func (t *textDrawing) paint(sgr, s string) {
	if t.color && sgr != "" {
		t.b.WriteString("\x1b[" + sgr + "m" + s + "\x1b[0m")
		return
	}
	t.b.WriteString(s)
}

// cell is one character of a row and its colour.
type cell struct {
	glyph rune
	sgr   string
}

// row writes the label padded to the name column, then cells, runs of one
// colour under one escape so the output stays short.
func (t *textDrawing) row(label, labelSGR string, cells []cell) {
	label = truncate(label, t.nameColumns-1)
	t.paint(labelSGR, label)
	end := len(cells)
	for end > 0 && cells[end-1].glyph == ' ' {
		end--
	}
	if end > 0 {
		t.b.WriteString(strings.Repeat(" ", t.nameColumns-utf8.RuneCountInString(label)))
	}
	for i := 0; i < end; {
		j := i
		var run strings.Builder
		for j < end && cells[j].sgr == cells[i].sgr {
			run.WriteRune(cells[j].glyph)
			j++
		}
		t.paint(cells[i].sgr, run.String())
		i = j
	}
	t.b.WriteByte('\n')
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:max(n-1, 1)]) + "…"
}

func (t *textDrawing) lane(l *lane) {
	holds := spread(l.holds, t.plotColumns, t.column)
	waits := spread(l.waits, t.plotColumns, t.column)
	bars := make([]cell, t.plotColumns)
	for c := range bars {
		switch {
		case holds[c] >= 0.75:
			bars[c] = cell{glyphHeld, sgrHeld}
		case holds[c] > 0 && waits[c] > 0:
			bars[c] = cell{glyphMixed, sgrMixed}
		case holds[c] > 0:
			bars[c] = cell{glyphSomeHeld, sgrHeld}
		case waits[c] > 0:
			bars[c] = cell{glyphWait, sgrWait}
		default:
			bars[c] = cell{' ', ""}
		}
	}
	t.row(l.shortName(), "", bars)

	// The marks row: native work under the bar, marks over it, the rarer
	// mark winning a column two of them share.
	marks := make([]cell, t.plotColumns)
	for c, share := range spread(l.works, t.plotColumns, t.column) {
		marks[c] = cell{' ', ""}
		if share > 0 {
			marks[c] = cell{glyphWork, sgrWork}
		}
	}
	at := func(d time.Duration) int { return min(int(t.column(d)), t.plotColumns-1) }
	for _, r := range l.requests {
		marks[at(r)] = cell{glyphRequest, sgrRequest}
	}
	for _, s := range l.holds {
		if s.forced {
			marks[at(s.to)] = cell{glyphForced, sgrForced}
		}
	}
	for _, s := range l.waits {
		if s.interrupted {
			marks[at(s.to)] = cell{glyphInterr, sgrInterr}
		}
	}
	t.row(" "+shortStats(l, t.end), sgrMuted, marks)
}

// shortStats is laneStats in the few columns a terminal can spare.
func shortStats(l *lane, end time.Duration) string {
	held := float64(total(l.holds)) / float64(end) * 100
	waited := float64(total(l.waits)) / float64(end) * 100
	return "held " + strconv.FormatFloat(held, 'f', 0, 64) + "% wait " + strconv.FormatFloat(waited, 'f', 0, 64) + "%"
}

// spread is, for each of n columns, the share of it the spans cover (a
// span shorter than a column still counts a little, so it shows).
func spread(spans []span, n int, column func(time.Duration) float64) []float64 {
	cols := make([]float64, n)
	for _, s := range spans {
		a, b := column(s.from), column(s.to)
		first := min(max(int(a), 0), n-1)
		last := min(max(int(math.Ceil(b))-1, first), n-1)
		for c := first; c <= last; c++ {
			share := math.Min(b, float64(c+1)) - math.Max(a, float64(c))
			cols[c] += math.Max(share, 1e-6)
		}
	}
	return cols
}

// axis is a ruler with a tick about every 14 columns and their labels.
func (t *textDrawing) axis() {
	step := niceStep(t.end, max(t.plotColumns/14, 2))
	ruler := []rune(strings.Repeat("─", t.plotColumns))
	labels := []rune(strings.Repeat(" ", t.plotColumns))
	free := 0 // the first column a label may use
	d := &drawing{end: t.end}
	for at := time.Duration(0); at <= t.end; at += step {
		c := min(int(math.Round(t.column(at))), t.plotColumns-1)
		ruler[c] = '┴'
		label := []rune(d.tickLabel(at))
		start := min(c-len(label)/2, t.plotColumns-len(label))
		start = max(start, 0)
		if start < free {
			continue
		}
		copy(labels[start:], label)
		free = start + len(label) + 1
	}
	pad := strings.Repeat(" ", t.nameColumns)
	t.b.WriteString(pad)
	t.paint(sgrMuted, string(ruler))
	t.b.WriteString("\n" + pad)
	t.paint(sgrMuted, strings.TrimRight(string(labels), " "))
	t.b.WriteByte('\n')
}

var textLegend = []struct {
	glyph rune
	sgr   string
	mark  mark
}{
	{glyphHeld, sgrHeld, markHeld},
	{glyphWait, sgrWait, markWait},
	{glyphRequest, sgrRequest, markRequest},
	{glyphForced, sgrForced, markForced},
	{glyphInterr, sgrInterr, markInterrupted},
	{glyphWork, sgrWork, markWork},
}

// textOnlyLegend explains the glyphs a column of characters needs beyond
// the picture's: a column is coarser than a pixel.
var textOnlyLegend = []struct {
	glyph rune
	sgr   string
	label string
}{
	{glyphSomeHeld, sgrHeld, "held part of the time"},
	{glyphMixed, sgrMixed, "held and waited"},
}

func (t *textDrawing) legend(columns int) {
	type item struct {
		glyph rune
		sgr   string
		label string
	}
	var items []item
	for i, it := range textLegend {
		if legendItems[i].mark != it.mark {
			panic("timeline: the text legend is out of order") // caught by the tests
		}
		items = append(items, item{it.glyph, it.sgr, legendItems[i].label})
		if it.mark == markHeld {
			for _, extra := range textOnlyLegend {
				items = append(items, item(extra))
			}
		}
	}
	used := 0
	for _, it := range items {
		label := it.label
		width := 2 + utf8.RuneCountInString(label)
		if used > 0 && used+2+width > columns {
			t.b.WriteByte('\n')
			used = 0
		}
		if used > 0 {
			t.b.WriteString("  ")
			used += 2
		}
		t.paint(it.sgr, string(it.glyph))
		t.b.WriteString(" " + label)
		used += width
	}
	t.b.WriteByte('\n')
}
