package display

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"strings"
	"sync/atomic"

	"github.com/gogil/gogil/cellio"
)

// Publisher is where outputs go: in a kernel, the sink of the running cell.
type Publisher interface {
	Display(out cellio.Output)
	ClearOutput(wait bool)
}

// Env is the display API bound to a publisher. The publisher is looked up
// on every call because the session switches it for every cell.
type Env struct {
	current func() Publisher
}

// NewEnv returns an Env that publishes to whatever current returns at the
// time of each call; a nil Publisher drops the output.
func NewEnv(current func() Publisher) *Env {
	return &Env{current: current}
}

// Publish sends out as it is.
func (e *Env) Publish(out cellio.Output) {
	if e == nil || e.current == nil {
		return
	}
	if p := e.current(); p != nil {
		p.Display(out)
	}
}

// HTML shows an HTML fragment.
func (e *Env) HTML(s string) { e.Publish(htmlOutput(s)) }

// Markdown shows Markdown text.
func (e *Env) Markdown(s string) { e.Publish(markdownOutput(s)) }

// SVG shows an SVG document.
func (e *Env) SVG(s string) { e.Publish(svgOutput(s)) }

// PNG shows PNG-encoded bytes.
func (e *Env) PNG(b []byte) { e.Publish(binaryOutput("image/png", b)) }

// JPEG shows JPEG-encoded bytes.
func (e *Env) JPEG(b []byte) { e.Publish(binaryOutput("image/jpeg", b)) }

// JSON shows v as application/json (frontends render it as a tree).
func (e *Env) JSON(v any) { e.Publish(jsonOutput(v)) }

// LaTeX shows a formula; a string without $ is wrapped in $$...$$.
func (e *Env) LaTeX(s string) { e.Publish(latexOutput(s)) }

// Text shows plain text as a display (not on stdout).
func (e *Env) Text(s string) { e.Publish(textOutput(s)) }

// Image shows img encoded as PNG.
func (e *Env) Image(img image.Image) { e.Publish(imageOutput(img)) }

// MIME shows a hand-made bundle, e.g. {"text/html": "...", "text/plain": "..."}.
func (e *Env) MIME(data map[string]any) { e.Publish(cellio.Output{Data: copyData(data)}) }

// Show displays v the way a trailing expression would be shown.
func (e *Env) Show(v any) { e.Publish(Represent(v)) }

// ClearOutput clears the cell's output; ClearOutput(true) waits until new
// output arrives, which avoids flicker in animations.
func (e *Env) ClearOutput(wait ...bool) {
	if e == nil || e.current == nil {
		return
	}
	w := false
	for _, b := range wait {
		w = w || b
	}
	if p := e.current(); p != nil {
		p.ClearOutput(w)
	}
}

// NewHandle returns a Handle with a fresh display id. Its first output is
// shown as usual; later ones replace it wherever it is shown.
func (e *Env) NewHandle() *Handle {
	return &Handle{env: e, id: newDisplayID()}
}

// Handle is an output that can be replaced, e.g. a progress bar:
//
//	bar := display.NewHandle()
//	bar.HTML("0%")   // shown
//	bar.HTML("50%")  // replaces it
type Handle struct {
	env   *Env
	id    string
	shown atomic.Bool // handles are used from goroutines too
}

// ID is the display id, unique per handle.
func (h *Handle) ID() string { return h.id }

// Publish shows out under the handle's id (the first time) or replaces the
// output shown before.
func (h *Handle) Publish(out cellio.Output) {
	out.DisplayID = h.id
	out.Update = h.shown.Swap(true)
	h.env.Publish(out)
}

// HTML shows or replaces with an HTML fragment.
func (h *Handle) HTML(s string) { h.Publish(htmlOutput(s)) }

// Markdown shows or replaces with Markdown text.
func (h *Handle) Markdown(s string) { h.Publish(markdownOutput(s)) }

// SVG shows or replaces with an SVG document.
func (h *Handle) SVG(s string) { h.Publish(svgOutput(s)) }

// PNG shows or replaces with PNG-encoded bytes.
func (h *Handle) PNG(b []byte) { h.Publish(binaryOutput("image/png", b)) }

// JPEG shows or replaces with JPEG-encoded bytes.
func (h *Handle) JPEG(b []byte) { h.Publish(binaryOutput("image/jpeg", b)) }

// JSON shows or replaces with v as application/json.
func (h *Handle) JSON(v any) { h.Publish(jsonOutput(v)) }

// LaTeX shows or replaces with a formula.
func (h *Handle) LaTeX(s string) { h.Publish(latexOutput(s)) }

// Text shows or replaces with plain text.
func (h *Handle) Text(s string) { h.Publish(textOutput(s)) }

// Image shows or replaces with img encoded as PNG.
func (h *Handle) Image(img image.Image) { h.Publish(imageOutput(img)) }

// MIME shows or replaces with a hand-made bundle.
func (h *Handle) MIME(data map[string]any) { h.Publish(cellio.Output{Data: copyData(data)}) }

// Show shows or replaces with the representation of v.
func (h *Handle) Show(v any) { h.Publish(Represent(v)) }

func newDisplayID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails on supported platforms
	return hex.EncodeToString(b[:])
}

func htmlOutput(s string) cellio.Output {
	return cellio.Output{Data: map[string]any{"text/html": s, "text/plain": s}}
}

func markdownOutput(s string) cellio.Output {
	return cellio.Output{Data: map[string]any{"text/markdown": s, "text/plain": s}}
}

func svgOutput(s string) cellio.Output {
	return cellio.Output{Data: map[string]any{"image/svg+xml": s, "text/plain": "<SVG image>"}}
}

func latexOutput(s string) cellio.Output {
	if !strings.Contains(s, "$") {
		s = "$$" + s + "$$"
	}
	return cellio.Output{Data: map[string]any{"text/latex": s, "text/plain": s}}
}

func textOutput(s string) cellio.Output {
	return cellio.Output{Data: map[string]any{"text/plain": s}}
}

func binaryOutput(mime string, b []byte) cellio.Output {
	return cellio.Output{Data: map[string]any{
		mime:         base64.StdEncoding.EncodeToString(b),
		"text/plain": fmt.Sprintf("<%s, %d bytes>", mime, len(b)),
	}}
}

func jsonOutput(v any) cellio.Output {
	b, err := json.Marshal(v)
	if err != nil {
		return textOutput(fmt.Sprintf("display.JSON: %v", err))
	}
	return cellio.Output{Data: map[string]any{
		"application/json": json.RawMessage(b),
		"text/plain":       string(b),
	}}
}

func imageOutput(img image.Image) cellio.Output {
	if img == nil {
		return textOutput("<nil image>")
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return textOutput(fmt.Sprintf("display.Image: %v", err))
	}
	bounds := img.Bounds()
	return cellio.Output{Data: map[string]any{
		"image/png":  base64.StdEncoding.EncodeToString(buf.Bytes()),
		"text/plain": fmt.Sprintf("<%T %dx%d>", img, bounds.Dx(), bounds.Dy()),
	}}
}

func copyData(data map[string]any) map[string]any {
	out := make(map[string]any, len(data))
	for k, v := range data {
		out[k] = v
	}
	return out
}
