package timeline

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
	"strconv"
	"time"
	"unicode/utf8"

	"golang.org/x/image/font/basicfont"
	"golang.org/x/image/math/fixed"

	"github.com/gogil/gogil/gil"
)

// The PNG is the SVG's picture for readers that drop SVG (nbconvert's HTML
// export strips its shapes, several viewers show nothing): the same layout,
// lanes, marks, legend and summary, drawn with a 7×13 bitmap font into a
// paletted image, which keeps the file small.

// pngFace is the bitmap font of every label. It has ASCII only: other
// characters are drawn as U+FFFD, except the few our own labels use.
var pngFace = basicfont.Face7x13

var pngMetrics = metrics{
	char:       float64(pngFace.Advance),
	legendChar: float64(pngFace.Advance),
	// "held 100% · waited 100%" at 7 pixels a character, and the margins.
	stats: 10 + 23*float64(pngFace.Advance) + 8,
}

// The palette, one entry per colour the picture uses; paletteIndex names
// them for the drawing code.
const (
	ixBackground uint8 = iota
	ixLaneAlt
	ixGrid
	ixAxis
	ixText
	ixMuted
	ixHeld
	ixWaitFill
	ixWaitHatch
	ixRequest
	ixForced
	ixInterrupt
	ixWork
)

var palette = color.Palette{
	ixBackground: hexColor("#fff"),
	ixLaneAlt:    hexColor(colorLaneAlt),
	ixGrid:       hexColor(colorGrid),
	ixAxis:       hexColor("#999"),
	ixText:       hexColor(colorText),
	ixMuted:      hexColor(colorMuted),
	ixHeld:       hexColor(colorHeld),
	ixWaitFill:   hexColor(colorWaitFill),
	ixWaitHatch:  hexColor(colorWaitHatch),
	ixRequest:    hexColor(colorRequest),
	ixForced:     hexColor(colorForced),
	ixInterrupt:  hexColor(colorInterrupt),
	ixWork:       hexColor(colorWork),
}

// hexColor reads "#rgb" or "#rrggbb"; the colours are our own constants,
// so a malformed one is a programming error caught by the tests.
func hexColor(s string) color.RGBA {
	s = s[1:]
	if len(s) == 3 {
		s = string([]byte{s[0], s[0], s[1], s[1], s[2], s[2]})
	}
	v, err := strconv.ParseUint(s, 16, 32)
	if err != nil || len(s) != 6 {
		panic("timeline: bad colour " + s)
	}
	return color.RGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}
}

// Image draws events as the SVG does, as a paletted bitmap of the same size.
func Image(events []gil.Event, opts Options) *image.Paletted {
	width := opts.Width
	if width <= 0 {
		width = defaultWidth
	}
	width = max(width, minWidth)
	d := &drawing{tr: replay(events), width: float64(width), metrics: pngMetrics}
	d.layout()
	r := &raster{d: d, img: image.NewPaletted(image.Rect(0, 0, width, int(math.Ceil(d.height))), palette)}
	r.header(opts.Title)
	r.axisGrid()
	for _, h := range d.headings {
		r.heading(h)
	}
	for i, l := range d.lanes {
		r.lane(i, l)
	}
	if hidden := len(d.tr.lanes) - len(d.lanes); hidden > 0 {
		r.text(10, int(d.rowsEnd)+22, strconv.Itoa(hidden)+" more threads not drawn", ixMuted)
	}
	if len(d.tr.lanes) == 0 {
		r.text(int(d.plotLeft), int(d.lanesTop)+22, "no events", ixMuted)
	}
	r.axisLabels()
	r.legend()
	return r.img
}

// PNG is Image encoded as a PNG file.
func PNG(events []gil.Event, opts Options) []byte {
	var b bytes.Buffer
	// Encoding into memory fails only on a broken image, which Image never
	// makes. BestSpeed: the picture is flat colour, where better
	// compression saves little and costs a live-updating cell its time.
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&b, Image(events, opts)); err != nil {
		panic("timeline: encoding the PNG: " + err.Error())
	}
	return b.Bytes()
}

// raster draws one drawing's geometry into a bitmap.
type raster struct {
	d   *drawing
	img *image.Paletted
}

func (r *raster) set(x, y int, c uint8) {
	if image.Pt(x, y).In(r.img.Rect) {
		r.img.Pix[y*r.img.Stride+x] = c
	}
}

// fill paints the pixels whose centres lie in [x0,x1)×[y0,y1).
func (r *raster) fill(x0, y0, x1, y1 float64, c uint8) {
	r.fillPixels(int(math.Round(x0)), int(math.Round(y0)), int(math.Round(x1)), int(math.Round(y1)), c)
}

func (r *raster) fillPixels(x0, y0, x1, y1 int, c uint8) {
	rect := image.Rect(x0, y0, x1, y1).Intersect(r.img.Rect)
	for y := rect.Min.Y; y < rect.Max.Y; y++ {
		row := r.img.Pix[y*r.img.Stride:]
		for x := rect.Min.X; x < rect.Max.X; x++ {
			row[x] = c
		}
	}
}

// hatch paints a wait: the light fill crossed by diagonal strokes, as the
// SVG's pattern, so a wait never reads as a hold even without colour.
func (r *raster) hatch(x0, y0, x1, y1 int) {
	rect := image.Rect(x0, y0, x1, y1).Intersect(r.img.Rect)
	for y := rect.Min.Y; y < rect.Max.Y; y++ {
		for x := rect.Min.X; x < rect.Max.X; x++ {
			c := ixWaitFill
			if (x+y)%6 < 2 {
				c = ixWaitHatch
			}
			r.img.Pix[y*r.img.Stride+x] = c
		}
	}
}

// text draws s with its baseline at y and returns where the next character
// would go.
func (r *raster) text(x, y int, s string, c uint8) int {
	for _, ch := range s {
		switch ch {
		case '·': // the summary's separator: a centred dot
			r.fillPixels(x+2, y-5, x+4, y-3, c)
		case '…':
			for i := range 3 {
				r.fillPixels(x+i*2, y-1, x+i*2+1, y, c)
			}
		default:
			r.glyph(x, y, ch, c)
		}
		x += pngFace.Advance
	}
	return x
}

func (r *raster) glyph(x, y int, ch rune, c uint8) {
	dr, mask, maskp, _, _ := pngFace.Glyph(fixed.P(x, y), ch)
	if mask == nil {
		dr, mask, maskp, _, _ = pngFace.Glyph(fixed.P(x, y), utf8.RuneError)
	}
	alpha, ok := mask.(*image.Alpha)
	if !ok {
		return
	}
	for py := dr.Min.Y; py < dr.Max.Y; py++ {
		for px := dr.Min.X; px < dr.Max.X; px++ {
			if alpha.AlphaAt(maskp.X+px-dr.Min.X, maskp.Y+py-dr.Min.Y).A >= 0x80 {
				r.set(px, py, c)
			}
		}
	}
}

func textWidth(s string) int { return utf8.RuneCountInString(s) * pngFace.Advance }

func (r *raster) header(title string) {
	summary := r.d.summary()
	x := 12
	if title != "" {
		// The font has no bold: the title is drawn twice, a pixel apart.
		r.text(x+1, 21, title, ixText)
		x = r.text(x, 21, title, ixText) + 1 + 12
	}
	r.text(x, 21, summary, ixMuted)
}

func (r *raster) axisGrid() {
	d := r.d
	for _, t := range d.ticks() {
		x := int(math.Round(d.x(t)))
		r.fillPixels(x, int(d.lanesTop), x+1, int(d.lanesEnd+4), ixGrid)
	}
}

func (r *raster) axisLabels() {
	d := r.d
	y := int(d.lanesEnd + 17)
	ticks := d.ticks()
	for i, t := range ticks {
		label := d.tickLabel(t)
		x := int(math.Round(d.x(t))) - textWidth(label)/2
		if i == len(ticks)-1 && d.x(t) > d.plotLeft+d.plotWidth-20 {
			x = int(math.Round(d.x(t))) - textWidth(label)
		}
		x = max(x, int(d.plotLeft)-textWidth(label)/2)
		r.text(x, y, label, ixMuted)
	}
	ay := int(d.lanesEnd + 4)
	r.fillPixels(int(d.plotLeft), ay, int(d.plotLeft+d.plotWidth), ay+1, ixAxis)
}

// heading is the SVG's: a rule and the lock's name, drawn twice a pixel
// apart for want of a bold face.
func (r *raster) heading(h heading) {
	top := int(h.top)
	r.fillPixels(0, top, int(r.d.width), top+1, ixAxis)
	r.text(11, top+14, h.label(), ixText)
	r.text(10, top+14, h.label(), ixText)
}

func (r *raster) lane(i int, l *lane) {
	d := r.d
	top := d.tops[i]
	if i%2 == 1 {
		r.fill(0, top, d.width, top+laneHeight, ixLaneAlt)
	}
	r.laneLabel(int(top), l)

	y, h := top+barTop, float64(barHeight)
	waits, holds := r.coverage(l.waits), r.coverage(l.holds)
	x0 := int(math.Floor(d.plotLeft))
	yTop, yBottom := int(y), int(y+h)
	for c := range waits {
		x := x0 + c
		// As the SVG's merged blocks: waits hang from the top of the bar,
		// holds stand on its bottom, each as tall as its share of the
		// column, and anything that happened shows at least 2 pixels.
		if w := barPixels(waits[c], barHeight); w > 0 {
			r.hatch(x, yTop, x+1, yTop+w)
		}
		if hp := barPixels(holds[c], barHeight); hp > 0 {
			r.fillPixels(x, yBottom-hp, x+1, yBottom, ixHeld)
		}
	}
	work := r.coverage(l.works)
	wy := int(top + workTop)
	for c, share := range work {
		if share > 0 {
			r.fillPixels(x0+c, wy, x0+c+1, wy+workHeight, ixWork)
		}
	}

	var forcedXs, requestXs, interruptedXs []float64
	for _, s := range l.holds {
		if s.forced {
			forcedXs = append(forcedXs, d.x(s.to))
		}
	}
	for _, t := range l.requests {
		requestXs = append(requestXs, d.x(t))
	}
	for _, s := range l.waits {
		if s.interrupted {
			interruptedXs = append(interruptedXs, d.x(s.to))
		}
	}
	eachMark(forcedXs, 6, func(x float64) { r.forcedMark(int(math.Round(x)), yTop, yBottom) })
	eachMark(requestXs, 9, func(x float64) { r.requestMark(int(math.Round(x)), yTop) })
	eachMark(interruptedXs, 9, func(x float64) { r.interruptMark(int(math.Round(x)), int(y+h/2)) })
}

// barPixels is how many of a bar's pixels a share of a column fills.
func barPixels(share float64, height int) int {
	if share <= 0 {
		return 0
	}
	return min(max(int(math.Round(math.Min(share, 1)*float64(height))), 2), height)
}

// coverage is, for each pixel column of the plot, the share of it the
// spans cover; a span shorter than a pixel still counts (a tiny share, so
// it shows). It costs one pass over the spans and one over the columns,
// whatever the number of events.
func (r *raster) coverage(spans []span) []float64 {
	d := r.d
	x0 := math.Floor(d.plotLeft)
	cols := make([]float64, int(math.Ceil(d.plotLeft+d.plotWidth)-x0))
	for _, s := range spans {
		a, b := d.x(s.from)-x0, d.x(s.to)-x0
		first := min(max(int(a), 0), len(cols)-1)
		last := min(max(int(math.Ceil(b))-1, first), len(cols)-1)
		for c := first; c <= last; c++ {
			share := math.Min(b, float64(c+1)) - math.Max(a, float64(c))
			cols[c] += math.Max(share, 1e-6)
		}
	}
	return cols
}

// eachMark calls draw for each x at least gap pixels past the last one
// drawn, as the SVG's marks.
func eachMark(xs []float64, gap float64, draw func(x float64)) {
	last := math.Inf(-1)
	for _, x := range xs {
		if x-last < gap {
			continue
		}
		last = x
		draw(x)
	}
}

func (r *raster) forcedMark(x, yTop, yBottom int) {
	r.fillPixels(x-1, yTop-2, x+1, yBottom+2, ixForced)
}

// requestMark is a triangle pointing down at the bar's top edge.
func (r *raster) requestMark(x, y int) {
	for k := 0; k <= 7; k++ {
		half := int(math.Round(4 * float64(k) / 7))
		r.fillPixels(x-half, y-k, x+half+1, y-k+1, ixRequest)
	}
}

// interruptMark is an 8×8 cross centred on (x, y).
func (r *raster) interruptMark(x, y int) {
	for i := -4; i <= 4; i++ {
		r.fillPixels(x+i, y+i, x+i+2, y+i+1, ixInterrupt)
		r.fillPixels(x+i, y-i, x+i+2, y-i+1, ixInterrupt)
	}
}

func (r *raster) laneLabel(top int, l *lane) {
	d := r.d
	name := l.shortName()
	fits := int((d.labelWidth - 18) / d.metrics.char)
	if utf8.RuneCountInString(name) > fits {
		name = string([]rune(name)[:max(fits-1, 1)]) + "…"
	}
	r.text(10, top+15, name, ixText)
	if d.labelWidth < d.metrics.stats {
		return
	}
	r.text(10, top+29, laneStats(l, d.end), ixMuted)
}

// laneStats is the line under a lane's name: its shares of the trace.
func laneStats(l *lane, end time.Duration) string {
	span := float64(end)
	held := float64(total(l.holds)) / span * 100
	waited := float64(total(l.waits)) / span * 100
	return "held " + strconv.FormatFloat(held, 'f', 0, 64) + "% · waited " + strconv.FormatFloat(waited, 'f', 0, 64) + "%"
}

func (r *raster) legend() {
	d := r.d
	for row, items := range d.legendRows {
		x := 12.0
		y := int(d.legendTop) + row*legendRow
		for _, it := range items {
			r.swatch(int(x), y, it.mark)
			r.text(int(x)+30, y+10, it.label, ixText)
			x += legendWidth(it, d.metrics.legendChar)
		}
	}
}

// swatch draws a legend's sample in the 24×12 box at (x, y), as the SVG's.
func (r *raster) swatch(x, y int, m mark) {
	switch m {
	case markHeld:
		r.fillPixels(x, y+1, x+22, y+11, ixHeld)
	case markWait:
		r.hatch(x, y+1, x+22, y+11)
	case markRequest:
		r.requestMark(x+11, y+11)
	case markForced:
		r.fillPixels(x, y+1, x+11, y+11, ixHeld)
		r.fillPixels(x+10, y-1, x+12, y+13, ixForced)
	case markInterrupted:
		r.interruptMark(x+11, y+6)
	case markWork:
		r.fillPixels(x, y+4, x+22, y+8, ixWork)
	}
}
