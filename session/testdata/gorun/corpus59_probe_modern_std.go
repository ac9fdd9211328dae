package main

import (
	"bytes"
	"crypto/sha3"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"
)

type Event struct {
	Name  string    `json:"name"`
	When  time.Time `json:"when,omitzero"`
	Count int       `json:"count,omitzero"`
	Tags  []string  `json:"tags,omitempty"`
}

type ParseError struct{ Line int }

func (e *ParseError) Error() string { return fmt.Sprintf("parse error on line %d", e.Line) }

func countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	text := "alpha\nbeta\ngamma\n"
	for line := range strings.Lines(text) {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	for part := range strings.SplitSeq("a,b,c", ",") {
		fmt.Print(part, ";")
	}
	for f := range strings.FieldsSeq("  x  y z ") {
		fmt.Print("[", f, "]")
	}
	fmt.Println()
	for l := range bytes.Lines([]byte("1\n2")) {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	fmt.Println(slices.Collect(countdown(4)), slices.Sorted(maps.Values(map[string]int{"a": 3, "b": 1})))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c)
	}
	fmt.Println(slices.Repeat([]string{"ab"}, 3))

	var wg sync.WaitGroup
	results := make([]int, 4)
	for i := range 4 {
		wg.Go(func() { results[i] = i * i })
	}
	wg.Wait()
	fmt.Println(results)

	b, _ := json.Marshal([]Event{{Name: "zero"}, {Name: "full", When: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), Count: 2, Tags: []string{"t"}}})
	fmt.Println(string(b))

	err := fmt.Errorf("reading: %w", &ParseError{7})
	if pe, ok := errors.AsType[*ParseError](err); ok {
		fmt.Println("line", pe.Line)
	}
	fmt.Printf("%x\n", sha3.Sum256([]byte("abc")))
	buf := fmt.Appendf(nil, "%03d|", 7)
	buf = fmt.Append(buf, "x", 1)
	fmt.Println(string(buf))
	p := new(42)
	fmt.Println(*p)
}
