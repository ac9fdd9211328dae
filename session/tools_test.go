package session

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestComplete(t *testing.T) {
	s := newSession(t)
	run(t, s, "counter := 1\nfunc compute() int { return counter }\ntype config struct{}\nimport \"encoding/json\"\n_ = json.Valid")
	tests := []struct {
		code        string
		cursor      int // -1: end
		want        []string
		start, stop int
	}{
		{"fmt.Prin", -1, []string{"Print", "Printf", "Println"}, 4, 8},
		{"x := strings.Spl", -1, []string{"Split", "SplitAfter", "SplitAfterN", "SplitAfterSeq", "SplitN", "SplitSeq"}, 13, 16},
		{"json.Mar", -1, []string{"Marshal", "MarshalIndent", "Marshaler", "MarshalerError"}, 5, 8},
		{"coun", -1, []string{"counter"}, 0, 4},
		{"comp", -1, []string{"comparable", "complex", "complex128", "complex64", "compute"}, 0, 4},
		{"conf", -1, []string{"config"}, 0, 4},
		{"ret", -1, []string{"return"}, 0, 3},
		{"strc", -1, []string{"strconv"}, 0, 4},
		{"disp", -1, []string{"display"}, 0, 4},
		{"display.HT", -1, []string{"HTML"}, 8, 10},
		{"// é\nfmt.Prin", -1, []string{"Print", "Printf", "Println"}, 9, 13},
		{"fmt.Println(x)", 9, []string{"Print", "Printf", "Println"}, 4, 9},
		{"myLocal := 1\nmyL", -1, []string{"myLocal"}, 13, 16},
		{"nosuchpkg.X", -1, []string{}, 10, 11},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			cursor := tt.cursor
			if cursor < 0 {
				cursor = utf8.RuneCountInString(tt.code)
			}
			got, start, stop := s.Complete(tt.code, cursor)
			if strings.Join(got, ",") != strings.Join(tt.want, ",") || start != tt.start || stop != tt.stop {
				t.Errorf("got %v [%d,%d], want %v [%d,%d]", got, start, stop, tt.want, tt.start, tt.stop)
			}
		})
	}
}

func TestInspect(t *testing.T) {
	s := newSession(t)
	run(t, s, "// twice doubles.\nfunc twice(x int) int { return 2 * x }\nlimit := 10")
	tests := []struct {
		code   string
		cursor int
		want   string // substring; "" means not found
	}{
		{"fmt.Println", 11, "func Println(a ...any) (n int, err error)"},
		{"fmt.Println(", 12, "Println formats"},
		{"strings.Split(a, b)", 10, "func Split(s, sep string) []string"},
		{"x := strings.NewReader", 22, "func NewReader(s string) *Reader"},
		{"time.Second", 11, "Second"},
		{"twice(3)", 2, "func twice(x int) int"},
		{"limit", 5, "limit := 10"},
		{"len(x)", 2, "func len(v Type) int"},
		{"display.HTML", 12, "func(string)"},
		{"strings", 3, "package strings"},
		{"unknownThing", 3, ""},
		{"", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			text, found := s.Inspect(tt.code, tt.cursor, 0)
			if tt.want == "" {
				if found {
					t.Errorf("found %q", text)
				}
				return
			}
			if !found || !strings.Contains(text, tt.want) {
				t.Errorf("found=%v, text %q, want %q", found, text, tt.want)
			}
		})
	}
	if text, _ := s.Inspect("twice", 2, 1); !strings.Contains(text, "twice doubles") && !strings.Contains(text, "func twice") {
		t.Errorf("detail 1: %q", text)
	}
}

func TestRichResults(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"image\"; \"image/color\")")
	_, res := run(t, s, "img := image.NewRGBA(image.Rect(0, 0, 3, 2))\nimg.Set(0, 0, color.RGBA{255, 0, 0, 255})\nimg")
	if res.Value == nil || res.Value.Data["image/png"] == nil {
		t.Fatalf("image result: %+v", res.Value)
	}
	_, res = run(t, s, `display.Output{Data: map[string]any{"text/html": "<i>x</i>"}}`)
	if res.Value == nil || res.Value.Data["text/html"] != "<i>x</i>" {
		t.Errorf("output result: %+v", res.Value)
	}
	rec, _ := run(t, s, "bar := display.NewHandle()\nbar.HTML(\"0%\")\nbar.HTML(\"100%\")")
	if len(rec.displays) != 2 || rec.displays[0].Update || !rec.displays[1].Update || rec.displays[0].DisplayID != rec.displays[1].DisplayID || rec.displays[0].DisplayID == "" {
		t.Errorf("handle: %+v", rec.displays)
	}
	rec, _ = run(t, s, "display.Markdown(\"# t\")\ndisplay.ClearOutput(true)")
	if len(rec.displays) != 1 || rec.displays[0].Data["text/markdown"] != "# t" || len(rec.clears) != 1 || !rec.clears[0] {
		t.Errorf("markdown/clear: %+v %v", rec.displays, rec.clears)
	}
}

func TestStdinInterrupt(t *testing.T) {
	if raceEnabled {
		t.Skip("yaegi's ExecuteWithContext races with itself on cancel")
	}
	s := newSession(t)
	ctx, cancel := context.WithCancel(context.Background())
	sink := &blockingInput{recorder: recorder{}, asked: make(chan struct{})}
	go func() { <-sink.asked; cancel() }()
	_, e := s.Execute(ctx, Cell{Code: "var w string\nfmt.Scanln(&w)\nfor {}"}, sink)
	if e == nil || e.Name() != "KeyboardInterrupt" {
		t.Fatalf("got %v", e)
	}
	_, res := run(t, s, "2")
	if plain(res) != "2" {
		t.Error("session stuck after interrupting input")
	}
}

// blockingInput never answers: the user walked away from the prompt.
type blockingInput struct {
	recorder
	asked chan struct{}
	once  bool
}

func (b *blockingInput) Input(string, bool) (string, error) {
	b.mu.Lock()
	if !b.once {
		b.once = true
		close(b.asked)
	}
	b.mu.Unlock()
	select {}
}

func TestClosedSession(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s.Close()
	_, e := s.Execute(context.Background(), Cell{Code: "1"}, &recorder{})
	if e == nil || e.Name() != "SessionClosed" {
		t.Errorf("got %v", e)
	}
}
