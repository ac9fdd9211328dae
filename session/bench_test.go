package session

import (
	"context"
	"testing"
)

func BenchmarkExecuteSmallCell(b *testing.B) {
	s := newSession(b)
	ctx := context.Background()
	for b.Loop() {
		if _, e := s.Execute(ctx, Cell{Code: "x := 6\nx * 7"}, &recorder{}); e != nil {
			b.Fatal(e)
		}
	}
}

func BenchmarkExecuteLoop(b *testing.B) {
	s := newSession(b)
	ctx := context.Background()
	for b.Loop() {
		if _, e := s.Execute(ctx, Cell{Code: "n := 0\nfor i := 0; i < 100000; i++ { n += i }\nn"}, &recorder{}); e != nil {
			b.Fatal(e)
		}
	}
}

func BenchmarkComplete(b *testing.B) {
	s := newSession(b)
	for b.Loop() {
		s.Complete("fmt.Prin", 8)
	}
}
