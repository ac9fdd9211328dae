package magics

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// invocation is one magic line at the top of a cell: "%%time" or
// "%lsmagic", with its arguments split on white space.
type invocation struct {
	name string
	cell bool // %% (applies to the cell) rather than % (a line magic)
	args []string
	line int // 1-based line of the cell it stands on
}

// parsed is a cell split into its leading magics and the code after them.
type parsed struct {
	magics []invocation
	// code is the cell with each magic line blanked out (same number of
	// runes, spaces instead), so that line numbers, columns and cursor
	// offsets in code are those of the cell itself.
	code string
}

// parse reads the magic lines at the top of a cell. Blank lines and
// comment lines may stand before and between them; the first other line
// starts the code. A "%" that is not followed by a name is an error, so a
// typo is reported instead of reaching the Go parser.
func parse(cell string) (parsed, error) {
	var p parsed
	lines := strings.SplitAfter(cell, "\n")
	for i, text := range lines {
		trimmed := strings.TrimSpace(text)
		if trimmed == "" || strings.HasPrefix(trimmed, "//") {
			continue
		}
		if !strings.HasPrefix(trimmed, "%") {
			break
		}
		inv, err := parseLine(trimmed, i+1)
		if err != nil {
			return parsed{}, err
		}
		p.magics = append(p.magics, inv)
		body := strings.TrimSuffix(text, "\n")
		lines[i] = strings.Repeat(" ", utf8.RuneCountInString(body)) + text[len(body):]
	}
	p.code = strings.Join(lines, "")
	return p, nil
}

// empty reports whether the code holds nothing but white space and comments.
func (p parsed) empty() bool {
	for _, line := range strings.Split(p.code, "\n") {
		trimmed := strings.TrimSpace(line)
		if trimmed != "" && !strings.HasPrefix(trimmed, "//") {
			return false
		}
	}
	return true
}

func parseLine(trimmed string, line int) (invocation, error) {
	inv := invocation{line: line}
	body := strings.TrimPrefix(trimmed, "%")
	if strings.HasPrefix(body, "%") {
		inv.cell = true
		body = body[1:]
	}
	fields := strings.Fields(body)
	if len(fields) == 0 || !isName(fields[0]) {
		return invocation{}, fmt.Errorf("line %d: %q is not a magic: write %%%%name or %%name", line, trimmed)
	}
	inv.name, inv.args = fields[0], fields[1:]
	return inv, nil
}

func isName(s string) bool {
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return s != ""
}
