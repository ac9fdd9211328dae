package kernel

import (
	"fmt"
	"sync"

	"github.com/gogil/gogil/kernel/wire"
)

// history keeps the inputs (and text outputs) of cells for
// history_request. Like IPython's history it numbers entries by execution
// count within a session, one session per kernel process. With a history
// file (historyfile.go) earlier sessions are loaded at start-up and this
// one is appended as it goes, so a frontend's history (jupyter console's
// up arrow, say) survives a restart; without one, this kernel's session is
// numbered 1 and kept in memory only.
type history struct {
	mu      sync.Mutex
	session int            // this kernel's session number
	entries []historyEntry // earlier sessions' (the latest few), then this one's
	file    *historyFile   // nil: memory only
}

type historyEntry struct {
	Session   int    `json:"s"`
	Line      int    `json:"l"`
	Input     string `json:"in"`
	Output    string `json:"out,omitempty"`
	HasOutput bool   `json:"o,omitempty"`
}

func newHistory() *history { return &history{session: 1} }

func (h *history) add(line int, input, output string, hasOutput bool) {
	e := historyEntry{Session: h.session, Line: line, Input: input, Output: output, HasOutput: hasOutput}
	h.mu.Lock()
	h.entries = append(h.entries, e)
	file := h.file
	h.mu.Unlock()
	if file != nil {
		file.append(e)
	}
}

// query answers a history_request the way ipykernel does: tail gives the
// last n entries of all sessions, range the lines start <= line < stop of
// one session (0 or negative counts back from the current one), search
// the entries of all sessions whose input matches a glob pattern,
// optionally unique and limited to the last n.
func (h *history) query(req wire.HistoryRequest) ([][]any, error) {
	h.mu.Lock()
	entries := append([]historyEntry(nil), h.entries...)
	current := h.session
	h.mu.Unlock()

	var picked []historyEntry
	switch req.HistAccessType {
	case "tail":
		picked = lastN(entries, req.N)
	case "range":
		session := req.Session
		if session <= 0 {
			session += current
		}
		for _, e := range entries {
			if e.Session == session && e.Line >= req.Start && (req.Stop <= 0 || e.Line < req.Stop) {
				picked = append(picked, e)
			}
		}
	case "search":
		pattern := req.Pattern
		if pattern == "" {
			pattern = "*"
		}
		seen := map[string]int{}
		for _, e := range entries {
			if !globMatch(pattern, e.Input) {
				continue
			}
			if req.Unique {
				if i, ok := seen[e.Input]; ok {
					// keep the latest occurrence, in its place
					picked = append(picked[:i], picked[i+1:]...)
					for in, j := range seen {
						if j > i {
							seen[in] = j - 1
						}
					}
				}
				seen[e.Input] = len(picked)
			}
			picked = append(picked, e)
		}
		if req.N > 0 {
			picked = lastN(picked, req.N)
		}
	default:
		return nil, fmt.Errorf("hist_access_type %q is not one of tail, range, search", req.HistAccessType)
	}

	out := make([][]any, 0, len(picked))
	for _, e := range picked {
		if req.Output {
			var output any
			if e.HasOutput {
				output = e.Output
			}
			out = append(out, []any{e.Session, e.Line, []any{e.Input, output}})
		} else {
			out = append(out, []any{e.Session, e.Line, e.Input})
		}
	}
	return out, nil
}

func lastN(entries []historyEntry, n int) []historyEntry {
	if n <= 0 || n >= len(entries) {
		if n <= 0 {
			return nil
		}
		return entries
	}
	return entries[len(entries)-n:]
}

// globMatch matches s against a glob pattern as SQLite's GLOB (which
// IPython's history search uses) does: * any run of characters, ? one
// character, [...] a class; case-sensitive, across newlines.
func globMatch(pattern, s string) bool {
	p, str := []rune(pattern), []rune(s)
	var match func(pi, si int) bool
	match = func(pi, si int) bool {
		for pi < len(p) {
			switch p[pi] {
			case '*':
				for pi < len(p) && p[pi] == '*' {
					pi++
				}
				if pi == len(p) {
					return true
				}
				for ; si <= len(str); si++ {
					if match(pi, si) {
						return true
					}
				}
				return false
			case '?':
				if si >= len(str) {
					return false
				}
				pi++
				si++
			case '[':
				if si >= len(str) {
					return false
				}
				end, ok := matchClass(p, pi, str[si])
				if end < 0 {
					// an unterminated class matches a literal '['
					if str[si] != '[' {
						return false
					}
					pi++
					si++
					continue
				}
				if !ok {
					return false
				}
				pi = end
				si++
			default:
				if si >= len(str) || p[pi] != str[si] {
					return false
				}
				pi++
				si++
			}
		}
		return si == len(str)
	}
	return match(0, 0)
}

// matchClass matches r against the class starting at p[start] == '['. It
// returns the index after the closing ']' (or -1 when there is none) and
// whether r is in the class.
func matchClass(p []rune, start int, r rune) (int, bool) {
	i := start + 1
	negate := false
	if i < len(p) && p[i] == '^' {
		negate = true
		i++
	}
	matched := false
	first := true
	for ; i < len(p); i++ {
		if p[i] == ']' && !first {
			return i + 1, matched != negate
		}
		first = false
		if i+2 < len(p) && p[i+1] == '-' && p[i+2] != ']' {
			if p[i] <= r && r <= p[i+2] {
				matched = true
			}
			i += 2
			continue
		}
		if p[i] == r {
			matched = true
		}
	}
	return -1, false
}
