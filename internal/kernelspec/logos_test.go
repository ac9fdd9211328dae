package kernelspec

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The logos are drawn here, once, and committed under logos/ so that the
// package embeds plain files; `go test ./internal/kernelspec -run Logo
// -update` redraws them after a change to the drawing below.
var update = flag.Bool("update", false, "rewrite logos/ from the drawing in logos_test.go")

// The drawing: a gopher-blue rounded square holding a white padlock (the
// interpreter lock), in coordinates where the square is 0..1 on each axis.
var (
	gopherBlue = color.NRGBA{0x00, 0xAD, 0xD8, 0xFF}
	white      = color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF}
)

const (
	cornerRadius = 0.2

	shackleCenterX = 0.5
	shackleCenterY = 0.42
	shackleRadius  = 0.165
	shackleWidth   = 0.07
	shackleBottom  = 0.55

	bodyLeft, bodyTop, bodyRight, bodyBottom = 0.25, 0.48, 0.75, 0.82
	bodyRadius                               = 0.06

	keyholeCenterY = 0.61
	keyholeRadius  = 0.05
	keySlotHalf    = 0.02
	keySlotBottom  = 0.73
)

func insideRoundedRect(x, y, left, top, right, bottom, radius float64) bool {
	if x < left || x > right || y < top || y > bottom {
		return false
	}
	cx := math.Max(left+radius, math.Min(x, right-radius))
	cy := math.Max(top+radius, math.Min(y, bottom-radius))
	return math.Hypot(x-cx, y-cy) <= radius
}

// colorAt says which paint covers the point, from the top layer down.
func colorAt(x, y float64) (color.NRGBA, bool) {
	if !insideRoundedRect(x, y, 0, 0, 1, 1, cornerRadius) {
		return color.NRGBA{}, false
	}
	keyhole := math.Hypot(x-0.5, y-keyholeCenterY) <= keyholeRadius ||
		(math.Abs(x-0.5) <= keySlotHalf && y >= keyholeCenterY && y <= keySlotBottom)
	if keyhole {
		return gopherBlue, true
	}
	if insideRoundedRect(x, y, bodyLeft, bodyTop, bodyRight, bodyBottom, bodyRadius) {
		return white, true
	}
	half := shackleWidth / 2
	if y <= shackleCenterY {
		if d := math.Hypot(x-shackleCenterX, y-shackleCenterY); math.Abs(d-shackleRadius) <= half {
			return white, true
		}
	} else if y <= shackleBottom {
		for _, legX := range []float64{shackleCenterX - shackleRadius, shackleCenterX + shackleRadius} {
			if math.Abs(x-legX) <= half {
				return white, true
			}
		}
	}
	return gopherBlue, true
}

// drawLogo renders the drawing at size×size pixels, averaging 4×4 samples
// per pixel so edges are smooth.
func drawLogo(size int) *image.NRGBA {
	const samples = 4
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var r, g, b, a float64
			for sy := 0; sy < samples; sy++ {
				for sx := 0; sx < samples; sx++ {
					x := (float64(px) + (float64(sx)+0.5)/samples) / float64(size)
					y := (float64(py) + (float64(sy)+0.5)/samples) / float64(size)
					c, ok := colorAt(x, y)
					if !ok {
						continue
					}
					r += float64(c.R)
					g += float64(c.G)
					b += float64(c.B)
					a++
				}
			}
			if a == 0 {
				continue
			}
			img.SetNRGBA(px, py, color.NRGBA{
				R: uint8(math.Round(r / a)),
				G: uint8(math.Round(g / a)),
				B: uint8(math.Round(b / a)),
				A: uint8(math.Round(a / samples / samples * 255)),
			})
		}
	}
	return img
}

// drawSVG renders the same drawing as vector paths on a 64-unit canvas.
func drawSVG() []byte {
	const s = 64.0
	num := func(v float64) string {
		return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.2f", v*s), "0"), ".")
	}
	hex := func(c color.NRGBA) string { return fmt.Sprintf("#%02X%02X%02X", c.R, c.G, c.B) }
	leftLeg := shackleCenterX - shackleRadius
	rightLeg := shackleCenterX + shackleRadius
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">`+"\n")
	fmt.Fprintf(&b, "  <title>gogil</title>\n")
	fmt.Fprintf(&b, `  <rect width="64" height="64" rx="%s" fill="%s"/>`+"\n", num(cornerRadius), hex(gopherBlue))
	fmt.Fprintf(&b, `  <path d="M%s %s V%s A%s %s 0 0 1 %s %s V%s" fill="none" stroke="%s" stroke-width="%s"/>`+"\n",
		num(leftLeg), num(shackleBottom), num(shackleCenterY), num(shackleRadius), num(shackleRadius),
		num(rightLeg), num(shackleCenterY), num(shackleBottom), hex(white), num(shackleWidth))
	fmt.Fprintf(&b, `  <rect x="%s" y="%s" width="%s" height="%s" rx="%s" fill="%s"/>`+"\n",
		num(bodyLeft), num(bodyTop), num(bodyRight-bodyLeft), num(bodyBottom-bodyTop), num(bodyRadius), hex(white))
	fmt.Fprintf(&b, `  <circle cx="32" cy="%s" r="%s" fill="%s"/>`+"\n", num(keyholeCenterY), num(keyholeRadius), hex(gopherBlue))
	fmt.Fprintf(&b, `  <rect x="%s" y="%s" width="%s" height="%s" fill="%s"/>`+"\n",
		num(0.5-keySlotHalf), num(keyholeCenterY), num(2*keySlotHalf), num(keySlotBottom-keyholeCenterY), hex(gopherBlue))
	fmt.Fprintf(&b, "</svg>\n")
	return []byte(b.String())
}

// TestLogosMatchDrawing keeps the embedded files in step with the drawing.
// PNGs are compared pixel by pixel, not byte by byte, because the
// compressor's output may change between Go releases.
func TestLogosMatchDrawing(t *testing.T) {
	for _, size := range []int{32, 64} {
		name := fmt.Sprintf("logo-%dx%d.png", size, size)
		t.Run(name, func(t *testing.T) {
			want := drawLogo(size)
			path := filepath.Join("logos", name)
			if *update {
				var buf bytes.Buffer
				if err := png.Encode(&buf, want); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return // the embedded copy is the old one until the next build
			}
			data, err := logos.ReadFile("logos/" + name)
			if err != nil {
				t.Fatal(err)
			}
			decoded, err := png.Decode(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("embedded %s is not a PNG: %v", name, err)
			}
			if decoded.Bounds() != want.Bounds() {
				t.Fatalf("%s is %v, want %v", name, decoded.Bounds(), want.Bounds())
			}
			for y := 0; y < size; y++ {
				for x := 0; x < size; x++ {
					got := color.NRGBAModel.Convert(decoded.At(x, y)).(color.NRGBA)
					if got != want.NRGBAAt(x, y) {
						t.Fatalf("%s pixel (%d,%d) = %v, drawing says %v (run with -update after changing the drawing)",
							name, x, y, got, want.NRGBAAt(x, y))
					}
				}
			}
		})
	}
	t.Run("logo-svg.svg", func(t *testing.T) {
		want := drawSVG()
		path := filepath.Join("logos", "logo-svg.svg")
		if *update {
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		got, err := logos.ReadFile("logos/logo-svg.svg")
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("logos/logo-svg.svg differs from the drawing (run with -update):\n%s", got)
		}
	})
}
