package timeline

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gogil/gogil/gil"
)

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run go test -update after checking it):\n%s", path, got)
	}
}

func TestTextGolden(t *testing.T) {
	interruptedWait := append(switching(),
		ev(20, gil.EventWaitStart, 3, "a thread with a long name that is cut"),
		interrupted(ev(20.5, gil.EventWaitEnd, 3, "a thread with a long name that is cut")))
	tests := []struct {
		file   string
		events []gil.Event
		opts   TextOptions
	}{
		{"switching.txt", switching(), TextOptions{Title: "two threads"}},
		{"switching.ansi.txt", switching(), TextOptions{Title: "two threads", Color: true}},
		{"interrupted.txt", interruptedWait, TextOptions{Columns: 60}},
		{"dense.txt", synthetic(3000, 3), TextOptions{}},
		{"empty.txt", nil, TextOptions{}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			golden(t, tt.file, Text(tt.events, tt.opts))
		})
	}
}

var sgr = regexp.MustCompile("\x1b\\[[0-9;]*m")

// Colour changes nothing but the escapes, and no line is wider than asked.
func TestTextColorAndWidth(t *testing.T) {
	events := synthetic(5000, 5)
	for _, columns := range []int{40, 80, 132} {
		plain := Text(events, TextOptions{Columns: columns, Title: "t"})
		colored := Text(events, TextOptions{Columns: columns, Title: "t", Color: true})
		if sgr.ReplaceAllString(colored, "") != plain {
			t.Errorf("%d columns: the coloured text is not the plain one with escapes", columns)
		}
		if strings.Contains(plain, "\x1b") {
			t.Errorf("%d columns: escapes in the plain text", columns)
		}
		for _, line := range strings.Split(plain, "\n") {
			if n := utf8.RuneCountInString(line); n > columns && !strings.HasPrefix(line, "t  ") {
				t.Errorf("%d columns: a line of %d: %q", columns, n, line)
			}
		}
	}
}

// A lane's row says what the model says at a column's time.
func TestTextLanesFollowTheModel(t *testing.T) {
	lines := strings.Split(Text(switching(), TextOptions{Columns: 100}), "\n")
	laneA, laneB := []rune(lines[1]), []rune(lines[3])
	plot := 100 - (minNameColumns + 1)
	col := func(at float64) int { return minNameColumns + 1 + int(at/20*float64(plot)) }
	tests := []struct {
		what string
		row  []rune
		at   float64
		want rune
	}{
		{"A holds at 3 ms", laneA, 3, glyphHeld},
		{"B waits at 3 ms", laneB, 3, glyphWait},
		{"B holds at 8 ms", laneB, 8, glyphHeld},
		{"A waits at 8 ms", laneA, 8, glyphWait},
		{"A is idle at 12 ms", laneA, 12, ' '},
		{"A holds at 17 ms", laneA, 17, glyphHeld},
	}
	for _, tt := range tests {
		if got := tt.row[col(tt.at)]; got != tt.want {
			t.Errorf("%s: %q, want %q in %q", tt.what, got, tt.want, string(tt.row))
		}
	}
}

func BenchmarkText100k(b *testing.B) {
	events := synthetic(100000, 4)
	for b.Loop() {
		Text(events, TextOptions{Color: true})
	}
}
