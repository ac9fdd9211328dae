package main

import (
	"fmt"
	"sync"
)

// Barrier lets n goroutines wait for each other at the end of each phase.
type Barrier struct {
	mu    sync.Mutex
	cond  *sync.Cond
	n     int
	count int
	gen   int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *Barrier) Wait() {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.gen
	b.count++
	if b.count == b.n {
		b.count = 0
		b.gen++
		b.cond.Broadcast()
		return
	}
	for gen == b.gen {
		b.cond.Wait()
	}
}

func main() {
	const workers, phases = 4, 3
	b := NewBarrier(workers)
	grid := make([][]int, phases)
	for p := range grid {
		grid[p] = make([]int, workers)
	}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for p := 0; p < phases; p++ {
				prev := 0
				if p > 0 {
					// Read a neighbour's result from the previous phase.
					prev = grid[p-1][(w+1)%workers]
				}
				grid[p][w] = prev + w + 1
				b.Wait()
			}
		}(w)
	}
	wg.Wait()
	for p, row := range grid {
		fmt.Println("phase", p, row)
	}
}
