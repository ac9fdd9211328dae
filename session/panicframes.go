package session

import (
	"regexp"
	"strings"
)

// yaegi prints one line per interpreted frame while a panic unwinds, on the
// interpreter's stderr: "<file>:<line>:<col>: panic: <func>(...)". Those
// lines belong in the error's traceback, not in the cell's stderr.
var panicLine = regexp.MustCompile(`^(?:(.*):)?(\d+):(\d+): panic: ([\w./\-]*)\(\.\.\.\)$`)

// divertPanicLines removes complete panic-frame lines from text and hands
// them to keep. A frame line split between two reads is not recognised and
// stays in the stream; yaegi writes each with one write, so this is rare.
func divertPanicLines(text string, keep func(string)) string {
	if !strings.Contains(text, ": panic: ") {
		return text
	}
	var out strings.Builder
	for len(text) > 0 {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			out.WriteString(text)
			break
		}
		line := text[:i]
		if panicLine.MatchString(line) {
			keep(line)
		} else {
			out.WriteString(text[:i+1])
		}
		text = text[i+1:]
	}
	return out.String()
}
