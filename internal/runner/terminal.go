package runner

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"image"
	_ "image/gif" // register decoders so placeholders can tell an image's size
	_ "image/jpeg"
	_ "image/png"
	"io"
	"regexp"
	"sort"
	"strings"

	"github.com/gogil/gogil/internal/client"
)

// terminal shows a run as it goes.
type terminal struct {
	w     io.Writer
	color bool // a terminal: keep ANSI escapes, redraw updated displays in place
	// atLineStart tracks whether the last thing written ended a line, so
	// that progress lines never glue onto a stream's unfinished line.
	atLineStart bool

	// The display written last, while nothing came after it: a terminal
	// redraws it in place when it is updated (a progress bar, a live
	// timeline).
	lastDisplayID string
	lastLines     int
	// Updates that could not be drawn in place, latest bundle per display
	// id in order of first update: shown once the cell is done, so a log
	// gets the final state and not every step.
	pending      map[string]map[string]any
	pendingOrder []string
}

func (t *terminal) printf(format string, args ...any) {
	t.lastDisplayID = ""
	t.endLine()
	fmt.Fprintf(t.w, format, args...)
	t.atLineStart = strings.HasSuffix(format, "\n")
}

func (t *terminal) write(text string) {
	if text == "" {
		return
	}
	io.WriteString(t.w, text)
	t.atLineStart = strings.HasSuffix(text, "\n")
}

func (t *terminal) endLine() {
	if !t.atLineStart {
		io.WriteString(t.w, "\n")
		t.atLineStart = true
	}
}

// output renders one output: streams as their text, rich outputs as
// text/plain or a placeholder per MIME type, errors as their traceback.
func (t *terminal) output(o client.Output) {
	displayID := ""
	if o.Display != nil && o.Display.Transient != nil {
		displayID = o.Display.Transient.DisplayID
	}
	if o.MsgType == "update_display_data" {
		t.update(displayID, o.Display.Data)
		return
	}
	t.lastDisplayID = ""
	switch {
	case o.Stream != nil:
		t.write(t.clean(o.Stream.Text))
	case o.Result != nil:
		t.endLine()
		t.write(t.clean(renderBundle(o.Result.Data)) + "\n")
	case o.Display != nil:
		t.endLine()
		text := t.clean(renderBundle(o.Display.Data)) + "\n"
		t.write(text)
		if displayID != "" {
			t.lastDisplayID, t.lastLines = displayID, strings.Count(text, "\n")
		}
	case o.Error != nil:
		t.endLine()
		text := strings.Join(o.Error.Traceback, "\n")
		if text == "" {
			text = o.Error.EName + ": " + o.Error.EValue
		}
		t.write(t.clean(text) + "\n")
	}
}

// update shows a new state of a display: in place when it is the last
// thing on a terminal, else once the cell is done (flushUpdates).
func (t *terminal) update(displayID string, data map[string]any) {
	if displayID == "" {
		return
	}
	if t.color && displayID == t.lastDisplayID && t.atLineStart {
		// Up to the first line of the display, erase to the end of the
		// screen, draw again.
		text := t.clean(renderBundle(data)) + "\n"
		fmt.Fprintf(t.w, "\x1b[%dF\x1b[J", t.lastLines)
		t.write(text)
		t.lastLines = strings.Count(text, "\n")
		return
	}
	if t.pending == nil {
		t.pending = map[string]map[string]any{}
	}
	if _, ok := t.pending[displayID]; !ok {
		t.pendingOrder = append(t.pendingOrder, displayID)
	}
	t.pending[displayID] = data
}

// flushUpdates shows the final state of the displays updated during the
// cell that could not be redrawn in place.
func (t *terminal) flushUpdates() {
	for _, id := range t.pendingOrder {
		t.endLine()
		t.write(t.clean(renderBundle(t.pending[id])) + "\n")
	}
	t.pending, t.pendingOrder = nil, nil
	t.lastDisplayID = ""
}

var ansiEscape = regexp.MustCompile("\x1b\\[[0-9;?]*[A-Za-z]")

func (t *terminal) clean(s string) string {
	if t.color {
		return s
	}
	return ansiEscape.ReplaceAllString(s, "")
}

// renderBundle is text/plain when there is one, else a placeholder for
// each MIME type, e.g. "[image/png 320x200]" or "[text/html]".
func renderBundle(data map[string]any) string {
	if text, ok := data["text/plain"].(string); ok {
		return strings.TrimSuffix(text, "\n")
	}
	mimes := make([]string, 0, len(data))
	for mime := range data {
		mimes = append(mimes, mime)
	}
	sort.Strings(mimes)
	placeholders := make([]string, 0, len(mimes))
	for _, mime := range mimes {
		placeholders = append(placeholders, placeholder(mime, data[mime]))
	}
	return strings.Join(placeholders, " ")
}

func placeholder(mime string, value any) string {
	if encoded, ok := value.(string); ok && strings.HasPrefix(mime, "image/") && mime != "image/svg+xml" {
		raw, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(encoded), ""))
		if err == nil {
			if cfg, _, err := image.DecodeConfig(bytes.NewReader(raw)); err == nil {
				return fmt.Sprintf("[%s %dx%d]", mime, cfg.Width, cfg.Height)
			}
		}
	}
	return "[" + mime + "]"
}

// firstLine is a cell's first non-blank line, shortened for a progress line.
func firstLine(source string) string {
	for _, line := range strings.Split(source, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		const max = 60
		if r := []rune(line); len(r) > max {
			return string(r[:max-1]) + "…"
		}
		return line
	}
	return ""
}
