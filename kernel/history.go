package kernel

import (
	"fmt"
	"sync"

	"github.com/gogil/gogil/kernel/wire"
)

// History keeps the inputs (and text outputs) of cells for
// history_request. Like IPython's history it numbers entries by execution
// count within a session, one session per kernel process. The file-backed
// one (historyfile.go) loads earlier sessions at start-up and appends this
// one as it goes, so a frontend's history (jupyter console's up arrow, say)
// survives a restart; the in-memory one numbers this session 1 and keeps
// nothing. The kernel answers queries itself (queryHistory), so every
// History answers them alike.
type History interface {
	// Session is this kernel's session number; earlier ones are lower.
	Session() int
	// Append records one cell of this session; it sets entry.Session.
	Append(entry HistoryEntry)
	// Entries returns what the history holds, oldest first. The caller
	// must not modify it.
	Entries() []HistoryEntry
	// Close keeps what must outlive the kernel (the file-backed one
	// writes its last cells); the kernel calls it on a shutdown_request
	// and when it stops. Appends may still follow.
	Close()
}

// HistoryEntry is one cell in a History.
type HistoryEntry struct {
	Session   int    `json:"s"`
	Line      int    `json:"l"` // the execution count
	Input     string `json:"in"`
	Output    string `json:"out,omitempty"`
	HasOutput bool   `json:"o,omitempty"`
}

// memoryHistory is a History kept in memory only.
type memoryHistory struct {
	mu      sync.Mutex
	session int
	entries []HistoryEntry // earlier sessions' (the latest few), then this one's
}

// NewMemoryHistory returns a History that lives as long as the kernel.
func NewMemoryHistory() History { return &memoryHistory{session: 1} }

func (h *memoryHistory) Session() int { return h.session }

func (h *memoryHistory) Append(e HistoryEntry) {
	e.Session = h.session
	h.mu.Lock()
	h.entries = append(h.entries, e)
	h.mu.Unlock()
}

func (h *memoryHistory) Close() {}

func (h *memoryHistory) Entries() []HistoryEntry {
	h.mu.Lock()
	defer h.mu.Unlock()
	// Append only writes past this length, so the slice stays valid.
	return h.entries[:len(h.entries):len(h.entries)]
}

// Bounds on a history search: every handler answers in bounded time, and a
// pattern is matched in time proportional to its length times the input's
// (glob.go), so the product is what is bounded.
const (
	historyMaxPattern = 4096 // bytes
	// historySearchBudget is how many rune comparisons one search may make
	// across all entries: a few hundred milliseconds at worst.
	historySearchBudget = 100_000_000
)

// queryHistory answers a history_request the way ipykernel does: tail
// gives the last n entries of all sessions, range the lines start <= line
// < stop of one session (0 or negative counts back from the current one),
// search the entries of all sessions whose input matches a glob pattern,
// optionally unique and limited to the last n.
func queryHistory(h History, req wire.HistoryRequest) ([][]any, error) {
	entries := h.Entries()
	var picked []HistoryEntry
	switch req.HistAccessType {
	case "tail":
		picked = lastN(entries, req.N)
	case "range":
		session := req.Session
		if session <= 0 {
			session += h.Session()
		}
		for _, e := range entries {
			if e.Session == session && e.Line >= req.Start && (req.Stop <= 0 || e.Line < req.Stop) {
				picked = append(picked, e)
			}
		}
	case "search":
		var err error
		if picked, err = searchHistory(entries, req); err != nil {
			return nil, err
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

// searchHistory picks the entries whose input matches req.Pattern; with
// Unique only the latest of equal inputs, in its place; with N the last n.
func searchHistory(entries []HistoryEntry, req wire.HistoryRequest) ([]HistoryEntry, error) {
	pattern := req.Pattern
	if pattern == "" {
		pattern = "*"
	}
	if len(pattern) > historyMaxPattern {
		return nil, fmt.Errorf("the search pattern is %d bytes long; at most %d are allowed", len(pattern), historyMaxPattern)
	}
	glob := compileGlob(pattern)
	budget := historySearchBudget
	var picked []HistoryEntry
	for _, e := range entries {
		ok, cost := glob.match(e.Input, budget)
		if budget -= cost; budget <= 0 {
			return nil, fmt.Errorf("the search pattern %q is too costly to match against this history (more than %d comparisons): use fewer * or a longer literal part", pattern, historySearchBudget)
		}
		if ok {
			picked = append(picked, e)
		}
	}
	if req.Unique {
		// Walk from the latest, keeping the first of each input seen.
		seen := make(map[string]bool, len(picked))
		kept := picked[:0:0]
		for i := len(picked) - 1; i >= 0; i-- {
			if !seen[picked[i].Input] {
				seen[picked[i].Input] = true
				kept = append(kept, picked[i])
			}
		}
		for i, j := 0, len(kept)-1; i < j; i, j = i+1, j-1 {
			kept[i], kept[j] = kept[j], kept[i]
		}
		picked = kept
	}
	if req.N > 0 {
		picked = lastN(picked, req.N)
	}
	return picked, nil
}

func lastN(entries []HistoryEntry, n int) []HistoryEntry {
	if n <= 0 {
		return nil
	}
	if n >= len(entries) {
		return entries
	}
	return entries[len(entries)-n:]
}
