package kernel

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Long writes are cut into messages; a cut must never split a UTF-8
// sequence (a frontend would show two replacement characters), must
// always make progress, and must stay near the size asked for.
func TestRuneStart(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want int
	}{
		{"abcdef", 3, 3},
		{"abc", 5, 3},
		{"ab€cd", 3, 2},             // € is 3 bytes at 2..4: cut before it
		{"ab€cd", 4, 2},             // inside it: before it
		{"ab€cd", 5, 5},             // right after it
		{"€abc", 1, 3},              // the first rune is longer than n: all of it
		{"😀x", 2, 4},                // a 4-byte first rune
		{"\x80\x80\x80\x80x", 2, 2}, // invalid bytes may be cut anywhere
		{strings.Repeat("\x80", 100), 50, 50},
	}
	for _, tt := range tests {
		if got := runeStart(tt.s, tt.n); got != tt.want {
			t.Errorf("runeStart(%q, %d) = %d, want %d", tt.s, tt.n, got, tt.want)
		}
	}
	text := strings.Repeat("aé€😀", 1000)
	for n := 1; n < 10; n++ {
		for rest := text; rest != ""; {
			cut := runeStart(rest, n)
			if cut <= 0 || !utf8.ValidString(rest[:cut]) {
				t.Fatalf("runeStart(%q..., %d) = %d", rest[:min(len(rest), 8)], n, cut)
			}
			rest = rest[cut:]
		}
	}
}
