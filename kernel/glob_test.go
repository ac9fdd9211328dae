package kernel

import (
	"strings"
	"testing"

	"github.com/gogil/gogil/kernel/wire"
)

func globMatch(pattern, s string) bool {
	ok, _ := compileGlob(pattern).match(s, historySearchBudget)
	return ok
}

func TestGlob(t *testing.T) {
	tests := []struct {
		pattern, s string
		want       bool
	}{
		{"*", "", true},
		{"*", "anything\nat all", true},
		{"", "", true},
		{"", "x", false},
		{"print*", "print a", true},
		{"print*", "fmt.print", false},
		{"*print*", "fmt.Println", false},
		{"*Print*", "fmt.Println", true},
		{"a?c", "abc", true},
		{"a?c", "ac", false},
		{"a?c", "a€c", true},
		{"[abc]x", "bx", true},
		{"[^abc]x", "bx", false},
		{"[^abc]x", "dx", true},
		{"[a-c]", "b", true},
		{"[a-]", "-", true},
		{"[]]", "]", true},
		{"[^]]", "]", false},
		{"[ab", "[ab", true}, // an unterminated class is a literal [
		{"[ab*", "[abc", true},
		{"*a*b*c", "xaybzc", true},
		{"*a*b*c", "xaybzcd", false},
		{"*a*a*a*a*a*a*b", strings.Repeat("a", 50), false},
		{"a**b", "ab", true},
		{"\xff", "\xff", true}, // invalid bytes are U+FFFD on both sides
	}
	for _, tt := range tests {
		if got := globMatch(tt.pattern, tt.s); got != tt.want {
			t.Errorf("glob %q on %q = %v, want %v", tt.pattern, tt.s, got, tt.want)
		}
	}
}

// A pattern of a handful of * over long inputs took a backtracking matcher
// minutes; now each entry costs at most the pattern's length times its
// own, and a search that would cost more than its budget is refused with
// an error instead of holding the shell.
func TestHistorySearchIsBounded(t *testing.T) {
	h := NewMemoryHistory()
	long := strings.Repeat("a", 100_000)
	for i := 1; i <= 20; i++ {
		h.Append(HistoryEntry{Line: i, Input: long})
	}
	h.Append(HistoryEntry{Line: 21, Input: "a a a a a a b"})
	got, err := queryHistory(h, wire.HistoryRequest{HistAccessType: "search", Pattern: "*a*a*a*a*a*a*b"})
	if err != nil || len(got) != 1 {
		t.Errorf("hostile pattern over 2 MB of history: %d entries, %v; want the one match", len(got), err)
	}

	// Each retry of the last * compares a thousand runes before it fails:
	// a thousand times the input's length, past the budget.
	_, err = queryHistory(h, wire.HistoryRequest{HistAccessType: "search", Pattern: "*" + strings.Repeat("a", 1000) + "b"})
	if err == nil || !strings.Contains(err.Error(), "too costly") {
		t.Errorf("a search beyond the budget: %v, want a clear error", err)
	}
	_, err = queryHistory(h, wire.HistoryRequest{HistAccessType: "search", Pattern: strings.Repeat("x", historyMaxPattern+1)})
	if err == nil || !strings.Contains(err.Error(), "at most") {
		t.Errorf("an over-long pattern: %v, want a clear error", err)
	}
}

func TestHistorySearchUnique(t *testing.T) {
	h := NewMemoryHistory()
	for i, in := range []string{"a", "b", "a", "c", "b", "a"} {
		h.Append(HistoryEntry{Line: i + 1, Input: in})
	}
	got, err := queryHistory(h, wire.HistoryRequest{HistAccessType: "search", Pattern: "*", Unique: true})
	if err != nil {
		t.Fatal(err)
	}
	var lines []int
	for _, e := range got {
		lines = append(lines, e[1].(int))
	}
	if len(lines) != 3 || lines[0] != 4 || lines[1] != 5 || lines[2] != 6 {
		t.Errorf("unique search kept lines %v, want the latest of each input in place: [4 5 6]", lines)
	}
}

// referenceGlob is the straightforward recursive matcher: exponential on
// hostile patterns, but plainly right; the fuzzer keeps inputs small.
func referenceGlob(pattern, s string) bool {
	p, str := []rune(pattern), []rune(s)
	var match func(pi, si int) bool
	match = func(pi, si int) bool {
		for pi < len(p) {
			switch p[pi] {
			case '*':
				for pi < len(p) && p[pi] == '*' {
					pi++
				}
				for ; si <= len(str); si++ {
					if match(pi, si) {
						return true
					}
				}
				return false
			case '[':
				if si >= len(str) {
					return false
				}
				class, end, ok := compileClass(p, pi)
				if !ok {
					if str[si] != '[' {
						return false
					}
					pi, si = pi+1, si+1
					continue
				}
				if !class.matches(str[si]) {
					return false
				}
				pi, si = end+1, si+1
			case '?':
				if si >= len(str) {
					return false
				}
				pi, si = pi+1, si+1
			default:
				if si >= len(str) || p[pi] != str[si] {
					return false
				}
				pi, si = pi+1, si+1
			}
		}
		return si == len(str)
	}
	return match(0, 0)
}

func FuzzGlob(f *testing.F) {
	for _, seed := range [][2]string{
		{"*a*b", "xxaxxb"}, {"[a-c]?*", "b€z"}, {"[^]x]*", "]"}, {"[ab", "[a"}, {"*a*a*b", "aaaa"}, {"a*", "\xffa"},
	} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, pattern, s string) {
		if len(pattern) > 24 || len(s) > 48 || strings.Count(pattern, "*") > 6 {
			return // keep the reference fast
		}
		want := referenceGlob(pattern, s)
		got, steps := compileGlob(pattern).match(s, historySearchBudget)
		if got != want {
			t.Errorf("glob %q on %q = %v, reference says %v", pattern, s, got, want)
		}
		if bound := (len([]rune(pattern)) + 2) * (len([]rune(s)) + 2); steps > bound {
			t.Errorf("glob %q on %q took %d steps, more than %d", pattern, s, steps, bound)
		}
	})
}
