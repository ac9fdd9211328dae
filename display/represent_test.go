package display

import (
	"strings"
	"testing"
)

// A value that contains itself is named, not followed forever (fmt would
// overflow the stack, which ends the whole kernel).
func TestPlainTextOfACycle(t *testing.T) {
	m := map[string]any{}
	m["m"] = m
	type node struct {
		Next *node
		N    int
	}
	loop := &node{N: 1}
	loop.Next = loop
	s := []any{1, nil}
	s[1] = s
	for _, v := range []any{m, loop, s} {
		if got := PlainText(v); !strings.Contains(got, "contains itself") {
			t.Errorf("PlainText(%T) = %q", v, got)
		}
	}
	// Shared, acyclic structure is printed as usual.
	shared := &node{N: 2}
	if got := PlainText([]*node{shared, shared}); strings.Contains(got, "itself") {
		t.Errorf("a value seen twice is not a cycle: %q", got)
	}
	if got := PlainText(map[string][]int{"a": {1, 2}}); got != "map[a:[1 2]]" {
		t.Errorf("plain map: %q", got)
	}
}
