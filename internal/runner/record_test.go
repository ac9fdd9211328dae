package runner

import (
	"bytes"
	"encoding/base64"
	"image"
	"image/png"
	"strings"
	"testing"

	"github.com/gogil/gogil/internal/client"
	"github.com/gogil/gogil/internal/notebook"
	"github.com/gogil/gogil/kernel/wire"
)

func stream(name, text string) client.Output {
	return client.Output{MsgType: "stream", Stream: &wire.Stream{Name: name, Text: text}}
}

func display(msgType, id, text string) client.Output {
	d := &wire.DisplayData{Data: map[string]any{"text/plain": text}}
	if id != "" {
		d.Transient = &wire.Transient{DisplayID: id}
	}
	return client.Output{MsgType: msgType, Display: d}
}

func clear(wait bool) client.Output {
	return client.Output{MsgType: "clear_output", Clear: &wire.ClearOutput{Wait: wait}}
}

func result(count int, text string) client.Output {
	return client.Output{MsgType: "execute_result", Result: &wire.ExecuteResult{ExecutionCount: count, Data: map[string]any{"text/plain": text}}}
}

func TestRecorder(t *testing.T) {
	type step struct {
		cell int
		out  client.Output
	}
	tests := []struct {
		name  string
		steps []step
		want  [2][]string // outputs of cells 0 and 1
	}{
		{
			name:  "streams merge per name",
			steps: []step{{0, stream("stdout", "a")}, {0, stream("stdout", "b\n")}, {0, stream("stderr", "e")}, {0, stream("stdout", "c")}},
			want:  [2][]string{{"stream stdout ab\n", "stream stderr e", "stream stdout c"}},
		},
		{
			name:  "clear at once",
			steps: []step{{0, stream("stdout", "a")}, {0, clear(false)}, {0, stream("stdout", "b")}},
			want:  [2][]string{{"stream stdout b"}},
		},
		{
			name:  "clear with wait keeps outputs until the next one",
			steps: []step{{0, stream("stdout", "a")}, {0, clear(true)}, {0, result(3, "42")}},
			want:  [2][]string{{"execute_result 42"}},
		},
		{
			name:  "update_display_data changes every cell showing the id",
			steps: []step{{0, display("display_data", "x", "one")}, {1, display("display_data", "x", "two")}, {1, display("update_display_data", "x", "three")}},
			want:  [2][]string{{"display_data three"}, {"display_data three"}},
		},
		{
			name:  "update of an unknown id is dropped",
			steps: []step{{0, display("update_display_data", "nope", "x")}},
			want:  [2][]string{},
		},
		{
			name:  "a cleared display is no longer updated",
			steps: []step{{0, display("display_data", "x", "one")}, {0, clear(false)}, {0, stream("stdout", "s")}, {1, display("update_display_data", "x", "two")}},
			want:  [2][]string{{"stream stdout s"}},
		},
		{
			name:  "display index survives a merged stream",
			steps: []step{{0, stream("stdout", "a")}, {0, display("display_data", "x", "one")}, {0, stream("stdout", "b")}, {0, stream("stdout", "c")}, {0, display("update_display_data", "x", "two")}},
			want:  [2][]string{{"stream stdout a", "display_data two", "stream stdout bc"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cells := []*notebook.Cell{notebook.NewCodeCell("a"), notebook.NewCodeCell("b")}
			r := newRecorder()
			for _, s := range tt.steps {
				r.record(cells[s.cell], s.out)
			}
			for i, cell := range cells {
				got := strings.Join(describe(cell.Outputs), "|")
				if want := strings.Join(tt.want[i], "|"); got != want {
					t.Errorf("cell %d: %q, want %q", i, got, want)
				}
			}
		})
	}
}

func TestRenderBundle(t *testing.T) {
	var pngData bytes.Buffer
	if err := png.Encode(&pngData, image.NewGray(image.Rect(0, 0, 320, 200))); err != nil {
		t.Fatal(err)
	}
	encoded := base64.StdEncoding.EncodeToString(pngData.Bytes())
	tests := []struct {
		name string
		data map[string]any
		want string
	}{
		{"text wins", map[string]any{"text/plain": "42\n", "text/html": "<b>42</b>"}, "42"},
		{"png size", map[string]any{"image/png": encoded}, "[image/png 320x200]"},
		{"png with line breaks", map[string]any{"image/png": encoded[:10] + "\n" + encoded[10:]}, "[image/png 320x200]"},
		{"broken png", map[string]any{"image/png": "!!"}, "[image/png]"},
		{"several", map[string]any{"text/html": "<i>x</i>", "image/svg+xml": "<svg/>"}, "[image/svg+xml] [text/html]"},
	}
	for _, tt := range tests {
		if got := renderBundle(tt.data); got != tt.want {
			t.Errorf("%s: renderBundle = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestTerminal(t *testing.T) {
	var buf bytes.Buffer
	term := &terminal{w: &buf, atLineStart: true}
	term.output(stream("stdout", "no newline"))
	term.printf("[cell 1/1] %s\n", "0.01s")
	term.output(client.Output{MsgType: "error", Error: &wire.ErrorContent{Traceback: []string{"\x1b[0;31mBoom\x1b[0m", "line"}}})
	want := "no newline\n[cell 1/1] 0.01s\nBoom\nline\n"
	if buf.String() != want {
		t.Errorf("terminal wrote %q, want %q", buf.String(), want)
	}
}

func TestFirstLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"\n\n  x := 1\ny", "x := 1"},
		{"", ""},
		{strings.Repeat("é", 100), strings.Repeat("é", 59) + "…"},
	}
	for _, tt := range tests {
		if got := firstLine(tt.in); got != tt.want {
			t.Errorf("firstLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
