package e2e

import (
	"strings"
	"testing"
)

// A %%timeline cell that runs for seconds shows its trace while it runs:
// a display_data with a display id, then update_display_data under that
// id a few times a second, the last one the whole trace, each with the
// SVG, the PNG, the HTML that carries both and the text drawing.
func TestTimelineUpdatesWhileTheCellRuns(t *testing.T) {
	c := launch(t)
	ex := mustRun(t, c, "%%timeline\n%%gil\n"+
		"func spinFor(d time.Duration) {\n\tend := time.Now().Add(d)\n\tfor time.Now().Before(end) {\n\t}\n}\n"+
		"t1 := threading.Thread(spinFor, 2*time.Second)\nt2 := threading.Thread(spinFor, 2*time.Second)\n"+
		"t1.Start()\nt2.Start()\nt1.Join()\nt2.Join()")
	var id string
	updates := 0
	var last map[string]any
	for _, o := range ex.Outputs {
		if o.Display == nil {
			continue
		}
		if o.Display.Transient == nil || o.Display.Transient.DisplayID == "" {
			t.Fatalf("%s without a display id", o.MsgType)
		}
		switch o.MsgType {
		case "display_data":
			if id != "" {
				t.Errorf("a second display_data")
			}
			id = o.Display.Transient.DisplayID
		case "update_display_data":
			if o.Display.Transient.DisplayID != id {
				t.Errorf("an update of %q, the display is %q", o.Display.Transient.DisplayID, id)
			}
			updates++
		}
		last = o.Display.Data
	}
	if id == "" || updates < 2 {
		t.Fatalf("display id %q, %d updates: want a display and updates while the cell ran", id, updates)
	}
	for _, mime := range []string{"image/svg+xml", "image/png", "text/html", "text/plain"} {
		if _, ok := last[mime].(string); !ok {
			t.Errorf("the last picture has no %s", mime)
		}
	}
	text, _ := last["text/plain"].(string)
	for _, want := range []string{"MainThread", "Thread-1", "Thread-2", "holds the lock", "forced drop"} {
		if !strings.Contains(text, want) {
			t.Errorf("the last drawing lacks %q:\n%s", want, text)
		}
	}
}
