package display

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"image"
	"image/color"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/gogil/gogil/cellio"
)

type fakePublisher struct {
	mu      sync.Mutex
	outputs []cellio.Output
	clears  []bool
}

func (f *fakePublisher) Display(out cellio.Output) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.outputs = append(f.outputs, out)
}

func (f *fakePublisher) ClearOutput(wait bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.clears = append(f.clears, wait)
}

func newEnv() (*Env, *fakePublisher) {
	p := &fakePublisher{}
	return NewEnv(func() Publisher { return p }), p
}

func tinyImage() image.Image {
	img := image.NewRGBA(image.Rect(0, 0, 2, 1))
	img.Set(0, 0, color.RGBA{R: 255, A: 255})
	return img
}

func TestEnvPublishes(t *testing.T) {
	pngMagic := "\x89PNG"
	tests := []struct {
		name string
		call func(e *Env)
		mime string
		want func(v any) bool
	}{
		{"HTML", func(e *Env) { e.HTML("<b>hi</b>") }, "text/html", eq("<b>hi</b>")},
		{"Markdown", func(e *Env) { e.Markdown("# t") }, "text/markdown", eq("# t")},
		{"SVG", func(e *Env) { e.SVG("<svg/>") }, "image/svg+xml", eq("<svg/>")},
		{"LaTeX wraps", func(e *Env) { e.LaTeX(`x^2`) }, "text/latex", eq(`$$x^2$$`)},
		{"LaTeX keeps $", func(e *Env) { e.LaTeX(`$x$`) }, "text/latex", eq(`$x$`)},
		{"Text", func(e *Env) { e.Text("plain") }, "text/plain", eq("plain")},
		{"PNG", func(e *Env) { e.PNG([]byte{1, 2}) }, "image/png", eq(base64.StdEncoding.EncodeToString([]byte{1, 2}))},
		{"JPEG", func(e *Env) { e.JPEG([]byte{3}) }, "image/jpeg", eq(base64.StdEncoding.EncodeToString([]byte{3}))},
		{"JSON", func(e *Env) { e.JSON(map[string]int{"a": 1}) }, "application/json", func(v any) bool {
			raw, ok := v.(json.RawMessage)
			return ok && string(raw) == `{"a":1}`
		}},
		{"Image", func(e *Env) { e.Image(tinyImage()) }, "image/png", func(v any) bool {
			b, err := base64.StdEncoding.DecodeString(v.(string))
			return err == nil && strings.HasPrefix(string(b), pngMagic)
		}},
		{"MIME", func(e *Env) { e.MIME(map[string]any{"text/csv": "a,b"}) }, "text/csv", eq("a,b")},
		{"Show", func(e *Env) { e.Show(42) }, "text/plain", eq("42")},
		{"Publish", func(e *Env) { e.Publish(cellio.Output{Data: map[string]any{"x/y": 1}}) }, "x/y", eq(1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, p := newEnv()
			tt.call(e)
			if len(p.outputs) != 1 {
				t.Fatalf("%d outputs", len(p.outputs))
			}
			out := p.outputs[0]
			if !tt.want(out.Data[tt.mime]) {
				t.Errorf("%s = %#v", tt.mime, out.Data[tt.mime])
			}
			if out.Update || out.DisplayID != "" {
				t.Errorf("plain output has id %q update %v", out.DisplayID, out.Update)
			}
		})
	}
}

func eq(want any) func(any) bool {
	return func(v any) bool { return reflect.DeepEqual(v, want) }
}

func TestJSONError(t *testing.T) {
	e, p := newEnv()
	e.JSON(make(chan int))
	if len(p.outputs) != 1 || !strings.Contains(p.outputs[0].Data["text/plain"].(string), "display.JSON") {
		t.Errorf("%+v", p.outputs)
	}
}

func TestClearOutput(t *testing.T) {
	e, p := newEnv()
	e.ClearOutput()
	e.ClearOutput(true)
	if !reflect.DeepEqual(p.clears, []bool{false, true}) {
		t.Errorf("clears %v", p.clears)
	}
}

func TestHandle(t *testing.T) {
	e, p := newEnv()
	h := e.NewHandle()
	other := e.NewHandle()
	if h.ID() == "" || h.ID() == other.ID() {
		t.Fatalf("ids %q %q", h.ID(), other.ID())
	}
	h.HTML("0%")
	h.HTML("50%")
	h.Markdown("done")
	if len(p.outputs) != 3 {
		t.Fatalf("%d outputs", len(p.outputs))
	}
	for i, out := range p.outputs {
		if out.DisplayID != h.ID() || out.Update != (i > 0) {
			t.Errorf("output %d: id %q update %v", i, out.DisplayID, out.Update)
		}
	}
}

func TestNoPublisher(t *testing.T) {
	e := NewEnv(func() Publisher { return nil })
	e.HTML("dropped")
	e.ClearOutput()
	e.NewHandle().Text("dropped")
	var nilEnv *Env
	nilEnv.Publish(cellio.Output{})
}

type htmlValue struct{}

func (htmlValue) HTML() string     { return "<p>h</p>" }
func (htmlValue) Markdown() string { return "*m*" }
func (htmlValue) String() string   { return "hv" }

type mimeValue struct{}

func (mimeValue) MIME() map[string]any { return map[string]any{"application/x-thing": 7} }

func TestRepresent(t *testing.T) {
	tests := []struct {
		name  string
		value any
		mime  string
		want  any
	}{
		{"int", 42, "text/plain", "42"},
		{"string quoted", "hi", "text/plain", `"hi"`},
		{"empty string", "", "text/plain", `""`},
		{"string slice", []string{"a", "b"}, "text/plain", `["a" "b"]`},
		{"int slice", []int{1, 2}, "text/plain", "[1 2]"},
		{"nil", nil, "text/plain", "<nil>"},
		{"error", errors.New("bad"), "text/plain", "bad"},
		{"stringer", htmlValue{}, "text/plain", "hv"},
		{"html method", htmlValue{}, "text/html", "<p>h</p>"},
		{"markdown method", htmlValue{}, "text/markdown", "*m*"},
		{"mime method", mimeValue{}, "application/x-thing", 7},
		{"output", cellio.Output{Data: map[string]any{"text/html": "x"}}, "text/html", "x"},
		{"output pointer", &cellio.Output{Data: map[string]any{"text/html": "y"}}, "text/html", "y"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := Represent(tt.value)
			if !reflect.DeepEqual(out.Data[tt.mime], tt.want) {
				t.Errorf("%s = %#v, want %#v", tt.mime, out.Data[tt.mime], tt.want)
			}
		})
	}
	if out := Represent(tinyImage()); out.Data["image/png"] == nil {
		t.Error("image not encoded")
	}
	if got := PlainTexts([]any{1, "a", nil}); got != `1, "a", <nil>` {
		t.Errorf("PlainTexts = %s", got)
	}
}

func TestExportsAreBoundToEnv(t *testing.T) {
	e, p := newEnv()
	syms := e.Exports()[ImportPath+"/display"]
	for _, name := range []string{"HTML", "Markdown", "SVG", "PNG", "JPEG", "JSON", "LaTeX", "Image", "ClearOutput", "NewHandle", "Output", "Handle"} {
		if !syms[name].IsValid() {
			t.Errorf("%s not exported", name)
		}
	}
	syms["HTML"].Interface().(func(string))("via exports")
	if len(p.outputs) != 1 || p.outputs[0].Data["text/html"] != "via exports" {
		t.Errorf("%+v", p.outputs)
	}
}
