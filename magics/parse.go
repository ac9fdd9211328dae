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

// hasCellMagic reports whether any of the magics applies to the cell (and
// so needs a body).
func (p parsed) hasCellMagic() bool {
	for _, inv := range p.magics {
		if inv.cell {
			return true
		}
	}
	return false
}

// startsCellMagic reports whether the first line that is neither blank
// nor a comment starts with "%%".
func startsCellMagic(cell string) bool {
	for line := range strings.Lines(cell) {
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "//") {
			continue
		}
		return strings.HasPrefix(trimmed, "%%")
	}
	return false
}

// lastLine is the cell's last line, as Python's splitlines sees it: a
// final newline ends the line before it rather than starting an empty one.
func lastLine(cell string) string {
	cell = strings.TrimSuffix(cell, "\n")
	return cell[strings.LastIndexByte(cell, '\n')+1:]
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
