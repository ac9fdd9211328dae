package main

import (
	"fmt"
	"slices"
	"sync"
)

func Generate[T any](vals ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, v := range vals {
			out <- v
		}
	}()
	return out
}

func Merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(chans))
	for _, c := range chans {
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
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

func Collect[T any](in <-chan T) []T {
	var r []T
	for v := range in {
		r = append(r, v)
	}
	return r
}

func main() {
	a := Generate(1, 2, 3)
	b := Generate(10, 20)
	c := Generate(100)
	all := Collect(Merge(a, b, c))
	slices.Sort(all)
	fmt.Println(all)

	sq := MapChan(Generate(1, 2, 3, 4), func(n int) string {
		return fmt.Sprintf("%d^2=%d", n, n*n)
	})
	for s := range sq {
		fmt.Println(s)
	}
	fmt.Println(len(Collect(Generate[string]())))
}
