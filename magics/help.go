package magics

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/kernel"
)

// IPython's conveniences that are not magics but that front ends rely on:
// "name?" (or "?name") shows help in the pager, and "exit"/"quit" end a
// console. Go has no "?" operator and no top-level exit, so neither
// conflicts with a Go cell.

var helpPattern = regexp.MustCompile(`^(\?{1,2})?\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s*(\?{1,2})?$`)

// shortcut answers a cell that is one of those conveniences; ok is false
// for any other cell.
func (l *Layer) shortcut(code string) (kernel.Outcome, bool) {
	trimmed := strings.TrimSpace(code)
	switch trimmed {
	case "exit", "quit", "exit()", "quit()":
		return kernel.Outcome{Payload: []map[string]any{{"source": "ask_exit", "keepkernel": false}}}, true
	}
	m := helpPattern.FindStringSubmatch(trimmed)
	if m == nil || (m[1] == "") == (m[3] == "") { // exactly one of ?name, name?
		return kernel.Outcome{}, false
	}
	name := m[2]
	detail := 0
	if len(m[1]) == 2 || len(m[3]) == 2 {
		detail = 1
	}
	text, found := l.session.Inspect(name, utf8.RuneCountInString(name), detail)
	if !found {
		return kernel.Outcome{Err: &cellio.Error{Kind: cellio.NameError, Value: "Object `" + name + "` not found.",
			Traceback: []string{"Object `" + name + "` not found."}}}, true
	}
	return kernel.Outcome{Payload: []map[string]any{{
		"source": "page",
		"data":   map[string]any{"text/plain": text},
		"start":  0,
	}}}, true
}
