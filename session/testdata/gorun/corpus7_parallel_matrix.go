package main

import (
	"fmt"
	"sync"
)

type rowResult struct {
	row  int
	vals []int
}

func multiplyRow(a [][]int, b [][]int, r int) []int {
	out := make([]int, len(b[0]))
	for j := range b[0] {
		for k := range b {
			out[j] += a[r][k] * b[k][j]
		}
	}
	return out
}

func parallelMul(a, b [][]int, workers int) [][]int {
	rows := make(chan int)
	results := make(chan rowResult)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range rows {
				results <- rowResult{r, multiplyRow(a, b, r)}
			}
		}()
	}
	go func() {
		for r := range a {
			rows <- r
		}
		close(rows)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	c := make([][]int, len(a))
	for res := range results {
		c[res.row] = res.vals
	}
	return c
}

func identity(n int) [][]int {
	m := make([][]int, n)
	for i := range m {
		m[i] = make([]int, n)
		m[i][i] = 1
	}
	return m
}

func main() {
	a := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}, {10, 11, 12}}
	b := [][]int{{1, 0}, {0, 1}, {2, -1}}
	c := parallelMul(a, b, 3)
	for _, row := range c {
		fmt.Println(row)
	}
	sq := [][]int{{2, 1}, {1, 1}}
	p := identity(2)
	for i := 0; i < 10; i++ {
		p = parallelMul(p, sq, 2)
	}
	fmt.Println("power 10:", p)

	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for _, row := range c {
		wg.Add(1)
		go func(r []int) {
			defer wg.Done()
			s := 0
			for _, v := range r {
				s += v
			}
			mu.Lock()
			total += s
			mu.Unlock()
		}(row)
	}
	wg.Wait()
	fmt.Println("total:", total)
}
