package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"sync"
)

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		t.push(yield)
	}
}

func (t *Tree[T]) push(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.push(yield) && yield(t.Val) && t.Right.push(yield)
}

func build(vals []int) *Tree[int] {
	if len(vals) == 0 {
		return nil
	}
	mid := len(vals) / 2
	return &Tree[int]{Left: build(vals[:mid]), Val: vals[mid], Right: build(vals[mid+1:])}
}

// SafeIndex is a map guarded by a RWMutex, filled by several goroutines.
type SafeIndex struct {
	mu sync.RWMutex
	m  map[string][]int
}

func (s *SafeIndex) Add(word string, line int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[word] = append(s.m[word], line)
}

func (s *SafeIndex) Lines(word string) []int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := slices.Clone(s.m[word])
	slices.Sort(out)
	return out
}

func main() {
	t := build([]int{1, 2, 3, 4, 5, 6, 7})
	for v := range t.All() {
		if v > 5 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(t.All()))

	idx := &SafeIndex{m: map[string][]int{}}
	lines := []string{"go is fun", "fun with go", "trees are fun", "go go go"}
	var wg sync.WaitGroup
	for i, line := range lines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, w := range slices.Compact(slices.Sorted(slices.Values(splitWords(line)))) {
				idx.Add(w, i+1)
			}
		}()
	}
	wg.Wait()
	for _, w := range slices.Sorted(maps.Keys(idx.m)) {
		fmt.Printf("%-5s %v\n", w, idx.Lines(w))
	}
}

func splitWords(s string) []string {
	var words []string
	start := -1
	for i, r := range s + " " {
		if r == ' ' {
			if start >= 0 {
				words = append(words, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return words
}
