package timeline

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
	"testing"

	"github.com/gogil/gogil/gil"
)

func decodePNG(t *testing.T, data []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	return img
}

func sameColor(a, b color.Color) bool {
	r1, g1, b1, a1 := a.RGBA()
	r2, g2, b2, a2 := b.RGBA()
	return r1 == r2 && g1 == g2 && b1 == b2 && a1 == a2
}

// The PNG has the SVG's size, and a lane's pixels have the colour of what
// the model says the thread did at that time: held, waiting or neither.
func TestPNGShowsTheModel(t *testing.T) {
	opts := Options{Width: 900, Title: "switching"}
	img := decodePNG(t, PNG(switching(), opts))
	root := parse(t, SVG(switching(), opts))
	if w, h := img.Bounds().Dx(), img.Bounds().Dy(); float64(w) != root.num(t, "width") || float64(h) != math.Ceil(root.num(t, "height")) {
		t.Errorf("PNG is %dx%d, SVG %sx%s", w, h, root.attr("width"), root.attr("height"))
	}
	if _, ok := img.(*image.Paletted); !ok {
		t.Errorf("PNG decodes as %T, want a paletted image", img)
	}

	// The geometry the picture was drawn with.
	d := &drawing{tr: replay(switching()), width: 900, metrics: pngMetrics}
	d.layout()
	laneY := func(lane int, y float64) int { return int(d.lanesTop) + lane*laneHeight + int(y) }
	mid := barTop + barHeight/2.0
	held, waitFill, waitHatch := hexColor(colorHeld), hexColor(colorWaitFill), hexColor(colorWaitHatch)
	white, alt, work := hexColor("#fff"), hexColor(colorLaneAlt), hexColor(colorWork)

	isWait := func(c color.Color) bool { return sameColor(c, waitFill) || sameColor(c, waitHatch) }
	tests := []struct {
		what string
		lane int
		at   float64 // ms
		y    float64 // in the lane
		ok   func(color.Color) bool
	}{
		{"A holds at 3 ms", 0, 3, mid, func(c color.Color) bool { return sameColor(c, held) }},
		{"B waits at 3 ms", 1, 3, mid, isWait},
		{"B waits at 4 ms", 1, 4, mid + 3, isWait},
		{"B holds at 8 ms", 1, 8, mid, func(c color.Color) bool { return sameColor(c, held) }},
		{"A waits at 8 ms", 0, 8, mid, isWait},
		{"A holds at 17 ms", 0, 17, mid, func(c color.Color) bool { return sameColor(c, held) }},
		{"A is idle at 12 ms", 0, 12, mid, func(c color.Color) bool { return sameColor(c, white) }},
		{"B is idle before 1 ms", 1, 0.5, mid, func(c color.Color) bool { return sameColor(c, alt) }},
		{"A works at 12 ms", 0, 12, workTop + 1, func(c color.Color) bool { return sameColor(c, work) }},
		{"A does not work at 17 ms", 0, 17, workTop + 1, func(c color.Color) bool { return sameColor(c, white) }},
	}
	for _, tt := range tests {
		x := int(d.x(ms(tt.at)))
		if c := img.At(x, laneY(tt.lane, tt.y)); !tt.ok(c) {
			t.Errorf("%s: pixel (%d,%d) is %v", tt.what, x, laneY(tt.lane, tt.y), c)
		}
	}

	// The marks: a drop request above B's bar at 6 ms, the forced drop
	// through A's bar at 6.5 ms.
	if c := img.At(int(math.Round(d.x(ms(6)))), laneY(1, barTop-2)); !sameColor(c, hexColor(colorRequest)) {
		t.Errorf("no drop request mark at 6 ms: %v", c)
	}
	if c := img.At(int(math.Round(d.x(ms(6.5)))), laneY(0, barTop-1)); !sameColor(c, hexColor(colorForced)) {
		t.Errorf("no forced drop mark at 6.5 ms: %v", c)
	}
}

// Text is drawn: the title row, lane names, axis labels and the legend
// have text-coloured pixels.
func TestPNGHasLabels(t *testing.T) {
	img := decodePNG(t, PNG(switching(), Options{Title: "switching"}))
	d := &drawing{tr: replay(switching()), width: 900, metrics: pngMetrics}
	d.layout()
	count := func(r image.Rectangle, c color.Color) int {
		n := 0
		for y := r.Min.Y; y < r.Max.Y; y++ {
			for x := r.Min.X; x < r.Max.X; x++ {
				if sameColor(img.At(x, y), c) {
					n++
				}
			}
		}
		return n
	}
	text, muted := hexColor(colorText), hexColor(colorMuted)
	areas := []struct {
		what  string
		r     image.Rectangle
		color color.Color
	}{
		{"title", image.Rect(0, 0, 100, int(d.lanesTop)), text},
		{"summary", image.Rect(100, 0, 900, int(d.lanesTop)), muted},
		{"lane name", image.Rect(0, int(d.lanesTop), int(d.plotLeft), int(d.lanesTop)+18), text},
		{"lane shares", image.Rect(0, int(d.lanesTop)+18, int(d.plotLeft), int(d.lanesTop)+laneHeight), muted},
		{"axis labels", image.Rect(int(d.plotLeft), int(d.lanesEnd)+5, 900, int(d.legendTop)), muted},
		{"legend", image.Rect(0, int(d.legendTop), 900, int(d.height)), text},
	}
	for _, a := range areas {
		if n := count(a.r, a.color); n < 20 {
			t.Errorf("%s: %d pixels of text, want some", a.what, n)
		}
	}
}

func TestPNGEmptyAndHuge(t *testing.T) {
	for _, events := range [][]gil.Event{nil, synthetic(200000, 60)} {
		data := PNG(events, Options{})
		img := decodePNG(t, data)
		if img.Bounds().Dx() != defaultWidth {
			t.Errorf("%d events: width %d", len(events), img.Bounds().Dx())
		}
		if len(data) > 200<<10 {
			t.Errorf("%d events: %d bytes", len(events), len(data))
		}
	}
}

func TestPNGDeterministic(t *testing.T) {
	events := synthetic(3000, 4)
	if !bytes.Equal(PNG(events, Options{Title: "t"}), PNG(events, Options{Title: "t"})) {
		t.Error("two renderings of the same trace differ")
	}
}

func benchmarkPNG(b *testing.B, n int) {
	events := synthetic(n, 4)
	b.ReportAllocs()
	size := 0
	for b.Loop() {
		size = len(PNG(events, Options{}))
	}
	b.ReportMetric(float64(size), "bytes/png")
}

func BenchmarkPNG1k(b *testing.B)   { benchmarkPNG(b, 1000) }
func BenchmarkPNG100k(b *testing.B) { benchmarkPNG(b, 100000) }
func BenchmarkSVG1k(b *testing.B) {
	events := synthetic(1000, 4)
	for b.Loop() {
		SVG(events, Options{})
	}
}
func BenchmarkSVG100k(b *testing.B) {
	events := synthetic(100000, 4)
	for b.Loop() {
		SVG(events, Options{})
	}
}
