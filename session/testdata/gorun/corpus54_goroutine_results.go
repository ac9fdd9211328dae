package main

import (
	"fmt"
	"sync"
)

func square(n int) int { return n * n }

func main() {
	inputs := []int{3, 1, 4, 1, 5, 9, 2, 6}

	// Write results by index: output order is the input order.
	results := make([]int, len(inputs))
	var wg sync.WaitGroup
	for i, n := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = square(n)
		}()
	}
	wg.Wait()
	fmt.Println(results)

	// A pipeline: generator -> squarer -> summer.
	gen := func(nums ...int) <-chan int {
		out := make(chan int)
		go func() {
			defer close(out)
			for _, n := range nums {
				out <- n
			}
		}()
		return out
	}
	sq := func(in <-chan int) <-chan int {
		out := make(chan int)
		go func() {
			defer close(out)
			for n := range in {
				out <- n * n
			}
		}()
		return out
	}
	for v := range sq(sq(gen(1, 2, 3))) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// A counter protected by a mutex.
	var mu sync.Mutex
	count := 0
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			count++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("count:", count)

	// sync.Once runs exactly once.
	var once sync.Once
	inits := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { inits++ })
		}()
	}
	wg.Wait()
	fmt.Println("inits:", inits)

	// Worker pool with ordered collection.
	type result struct{ idx, val int }
	jobs := make(chan int, len(inputs))
	out := make(chan result, len(inputs))
	for w := 0; w < 3; w++ {
		go func() {
			for idx := range jobs {
				out <- result{idx, inputs[idx] * 10}
			}
		}()
	}
	for i := range inputs {
		jobs <- i
	}
	close(jobs)
	ordered := make([]int, len(inputs))
	for range inputs {
		r := <-out
		ordered[r.idx] = r.val
	}
	fmt.Println(ordered)
}
