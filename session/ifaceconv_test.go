package session

import (
	"context"
	"strings"
	"testing"
)

// A type switch's cases of cell interfaces stand for the cell types known
// when its cell ran (cellsrc/nativecase.go): a value of a type a later
// cell declares ends in an error naming it, never in the wrong clause.
func TestTypeSwitchOnLaterCellType(t *testing.T) {
	s := newSession(t)
	run := func(code string) (string, error) {
		rec := &recorder{}
		_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
		if e != nil {
			return rec.out(), e
		}
		return rec.out(), nil
	}
	if _, err := run(`type shape interface{ area() float64 }
type unit struct{}
func (unit) area() float64 { return 1 }
func kind(s shape) string {
	switch s.(type) {
	case interface{ perim() float64 }:
		return "perim"
	}
	return "none"
}
fmt.Println(kind(unit{}))`); err != nil {
		t.Fatal(err)
	}
	out, err := run(`type sq struct{ s float64 }
func (q sq) area() float64 { return q.s * q.s }
func (q sq) perim() float64 { return 4 * q.s }
fmt.Println(kind(sq{1}))`)
	if err == nil || !strings.Contains(err.Error(), "declared after the cell with the switch") || !strings.Contains(err.Error(), "sq") {
		t.Fatalf("printed %q, error %v; want the error naming sq", out, err)
	}
	if out, err := run(`fmt.Println(kind(unit{}))`); err != nil || out != "none\n" {
		t.Fatalf("the session after the error: %q, %v", out, err)
	}
}
