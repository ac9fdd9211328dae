package main

import (
	"fmt"
	"slices"
	"sync"
)

func Generate[T any](items ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, it := range items {
			ch <- it
		}
	}()
	return ch
}

func Merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(chans))
	for _, c := range chans {
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func MapChan[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Collect[T any](ch <-chan T) []T {
	var out []T
	for v := range ch {
		out = append(out, v)
	}
	return out
}

func main() {
	a := Generate(1, 2, 3)
	b := Generate(10, 20)
	all := Collect(Merge(a, b))
	slices.Sort(all)
	fmt.Println(all)
	sq := Collect(MapChan(Generate(1, 2, 3, 4), func(n int) string { return fmt.Sprint(n * n) }))
	fmt.Printf("%q\n", sq)
	words := Collect(Merge(Generate("x", "y"), Generate("z")))
	slices.Sort(words)
	fmt.Println(words, len(words))
	fmt.Println(len(Collect(Merge[int]())))
}
