package cellsrc

import (
	"errors"
	"fmt"
	"go/scanner"
	"strings"
	"unicode/utf8"

	"github.com/gogil/gogil/cellio"
)

// Check refuses code that must not reach the parser or the interpreter:
// more than maxBytes or maxTokens (the interpreter's compile time grows
// faster than linearly with the statements), or not valid UTF-8.
func Check(code string, maxBytes, maxTokens int) *cellio.Error {
	if len(code) > maxBytes {
		return &cellio.Error{Kind: cellio.CodeTooLarge, Value: fmt.Sprintf("the cell has %d bytes; the limit is %d", len(code), maxBytes)}
	}
	if n := CountTokens(code, maxTokens+1); n > maxTokens {
		return &cellio.Error{Kind: cellio.CodeTooLarge, Value: fmt.Sprintf("the cell has more than %d tokens; split it, or load data from a file", maxTokens)}
	}
	if !utf8.ValidString(code) {
		off := invalidUTF8Offset(code)
		line := 1 + strings.Count(code[:off], "\n")
		col := 1 + utf8.RuneCountInString(code[strings.LastIndexByte(code[:off], '\n')+1:off])
		return &cellio.Error{Kind: cellio.SyntaxError, Value: fmt.Sprintf("%d:%d: invalid UTF-8 in the cell's code", line, col)}
	}
	return nil
}

func invalidUTF8Offset(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return i
			}
		}
	}
	return len(s)
}

// SyntaxError reports a parse error of a part of code at the cell's own
// positions (the part was parsed behind a //line directive), at most ten of
// them, with the first line pointed at.
func SyntaxError(code string, err error) *cellio.Error {
	var list scanner.ErrorList
	if !errors.As(err, &list) || len(list) == 0 {
		return &cellio.Error{Kind: cellio.SyntaxError, Value: err.Error()}
	}
	strip := func(e *scanner.Error) string {
		return fmt.Sprintf("%d:%d: %s", e.Pos.Line, e.Pos.Column, e.Msg)
	}
	// Errors past the cell's last line are about the wrapper the session
	// puts around statements ("expected '}'"), a consequence of the first.
	last := strings.Count(code, "\n") + 1
	kept := list[:1]
	for _, item := range list[1:] {
		if item.Pos.Line <= last {
			kept = append(kept, item)
		}
	}
	list = kept
	e := &cellio.Error{Kind: cellio.SyntaxError, Value: strip(list[0])}
	for i, item := range list {
		if i == 10 {
			e.Traceback = append(e.Traceback, fmt.Sprintf("(%d more errors)", len(list)-10))
			break
		}
		e.Traceback = append(e.Traceback, "SyntaxError: "+strip(item))
	}
	e.Traceback = append(e.Traceback, PointAt(code, e.Value)...)
	return e
}

// PointAt shows the line of code a "line:col: message" refers to, with a
// caret under the column; nothing if msg has no position or the line is
// too long to be worth showing.
func PointAt(code, msg string) []string {
	var line, col int
	if _, err := fmt.Sscanf(msg, "%d:%d:", &line, &col); err != nil || line < 1 {
		return nil
	}
	lines := strings.Split(code, "\n")
	if line > len(lines) {
		return nil
	}
	text := lines[line-1]
	if len(text) > 200 {
		return nil
	}
	pad := make([]rune, 0, col)
	for i, r := range text {
		if i >= col-1 {
			break
		}
		if r == '\t' {
			pad = append(pad, '\t')
		} else {
			pad = append(pad, ' ')
		}
	}
	return []string{"    " + text, "    " + string(pad) + "^"}
}
