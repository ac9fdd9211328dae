package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

func Generate[T any](items ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, it := range items {
			out <- it
		}
	}()
	return out
}

func Stage[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func FanOut[T, U any](in <-chan T, workers int, f func(T) U) <-chan U {
	out := make(chan U)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range in {
				_ = w
				out <- f(v)
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func Collect[T any](in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
	}
	return out
}

type Result[T any] struct {
	Input T
	Err   error
	Score int
}

func main() {
	lengths := Collect(Stage(Generate("go", "generics", "chan"), func(s string) int { return len(s) }))
	fmt.Println(lengths)

	doubled := Stage(Stage(Generate(1, 2, 3, 4), func(n int) int { return n * 2 }), func(n int) string {
		return strings.Repeat("#", n)
	})
	for s := range doubled {
		fmt.Println(s)
	}

	words := strings.Fields("alpha beta gamma delta epsilon zeta eta theta")
	results := Collect(FanOut(Generate(words...), 3, func(w string) Result[string] {
		if strings.ContainsRune(w, 'z') {
			return Result[string]{Input: w, Err: fmt.Errorf("no z allowed in %q", w)}
		}
		return Result[string]{Input: w, Score: strings.Count(w, "a")}
	}))
	slices.SortFunc(results, func(a, b Result[string]) int { return strings.Compare(a.Input, b.Input) })
	for _, r := range results {
		if r.Err != nil {
			fmt.Println("error:", r.Err)
			continue
		}
		fmt.Printf("%-8s %d\n", r.Input, r.Score)
	}
	fmt.Printf("%T\n", results[0])

	sq := Collect(FanOut(Generate(1, 2, 3, 4, 5), 2, func(n int) int { return n * n }))
	slices.Sort(sq)
	fmt.Println(sq, len(Collect(Generate[float64]())))
}
