package main

import (
	"fmt"
	"sort"
	"sync"
)

// A hand-written errgroup: Go starts a goroutine that calls f later.
type Group struct{ wg sync.WaitGroup }

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		f()
	}()
}

func (g *Group) Wait() { g.wg.Wait() }

// runElsewhere runs f to its end on another goroutine and only then
// returns: the closure of the previous iteration finishes between the
// making of this iteration's closure and its use.
func runElsewhere(f func() int) bool {
	if f == nil {
		return true
	}
	done := make(chan struct{})
	go func() { f(); close(done) }()
	<-done
	return true
}

func keep(f func() int, _ bool) func() int { return f }

func show(fs []func() int) {
	for _, f := range fs {
		if f == nil {
			fmt.Print("nil ")
			continue
		}
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

func main() {
	// The errgroup summing 0..99, many times over.
	wrong := 0
	for round := 0; round < 50; round++ {
		var g Group
		var mu sync.Mutex
		var total int64
		for i := range 100 {
			g.Go(func() error {
				mu.Lock()
				total += int64(i)
				mu.Unlock()
				return nil
			})
		}
		g.Wait()
		if total != 4950 {
			wrong++
		}
	}
	fmt.Println("rounds with a wrong total:", wrong)

	// A closure bound in the body, started by a goroutine of its own.
	var wg sync.WaitGroup
	var mu sync.Mutex
	var seen []int
	for i := 0; i < 20; i++ {
		f := func() {
			mu.Lock()
			seen = append(seen, i)
			mu.Unlock()
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			f()
		}()
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println(seen)

	// The previous iteration's closure returns, elsewhere, between the
	// making of this one's and its use.
	var fs []func() int
	var prev func() int
	for i := range 5 {
		f := keep(func() int { return i * 10 }, runElsewhere(prev))
		fs = append(fs, f)
		prev = f
	}
	show(fs)

	fs = nil
	prev = nil
	for _, w := range []string{"a", "bb", "ccc"} {
		n := len(w)
		if f := keep(func() int { return n }, runElsewhere(prev)); f != nil {
			fs = append(fs, f)
			prev = f
		}
	}
	show(fs)

	// Made in the loop, all run after it, each from a goroutine of its own.
	got := make([]int, 8)
	var later []func()
	for i := range 4 {
		sq := i * i
		later = append(later, func() { got[i] = i }, func() { got[4+i] = sq })
	}
	for _, f := range later {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f()
		}()
	}
	wg.Wait()
	fmt.Println(got)
}
