package kernel

import (
	"fmt"
	"sync"

	"github.com/gogil/gogil/kernel/wire"
)

// history keeps the inputs (and text outputs) of this kernel's session for
// history_request. Like IPython's history it numbers entries by execution
// count within a session; gogil keeps one session per kernel process, in
// memory, numbered 1.
type history struct {
	mu      sync.Mutex
	entries []historyEntry
}

type historyEntry struct {
	line      int
	input     string
	output    string
	hasOutput bool
}

const currentSession = 1

func newHistory() *history { return &history{} }

func (h *history) add(line int, input, output string, hasOutput bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.entries = append(h.entries, historyEntry{line: line, input: input, output: output, hasOutput: hasOutput})
}

// query answers a history_request the way ipykernel does: tail gives the
// last n entries, range the lines start <= line < stop of a session (0 or
// negative counts back from the current one), search the entries whose
// input matches a glob pattern, optionally unique and limited to the last n.
func (h *history) query(req wire.HistoryRequest) ([][]any, error) {
	h.mu.Lock()
	entries := append([]historyEntry(nil), h.entries...)
	h.mu.Unlock()

	var picked []historyEntry
	switch req.HistAccessType {
	case "tail":
		picked = lastN(entries, req.N)
	case "range":
		session := req.Session
		if session <= 0 {
			session += currentSession
		}
		if session != currentSession {
			return [][]any{}, nil
		}
		for _, e := range entries {
			if e.line >= req.Start && (req.Stop <= 0 || e.line < req.Stop) {
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
			if !globMatch(pattern, e.input) {
				continue
			}
			if req.Unique {
				if i, ok := seen[e.input]; ok {
					// keep the latest occurrence, in its place
					picked = append(picked[:i], picked[i+1:]...)
					for in, j := range seen {
						if j > i {
							seen[in] = j - 1
						}
					}
				}
				seen[e.input] = len(picked)
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
			if e.hasOutput {
				output = e.output
			}
			out = append(out, []any{currentSession, e.line, []any{e.input, output}})
		} else {
			out = append(out, []any{currentSession, e.line, e.input})
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
