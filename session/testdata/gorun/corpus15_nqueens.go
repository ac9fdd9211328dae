package main

import (
	"fmt"
	"strings"
)

type Solver struct {
	n         int
	cols      []bool
	d1, d2    map[int]bool
	placement []int
	solutions [][]int
}

func NewSolver(n int) *Solver {
	return &Solver{n: n, cols: make([]bool, n), d1: map[int]bool{}, d2: map[int]bool{}, placement: make([]int, n)}
}

func (s *Solver) solve(row int) {
	if row == s.n {
		sol := make([]int, s.n)
		copy(sol, s.placement)
		s.solutions = append(s.solutions, sol)
		return
	}
	for c := 0; c < s.n; c++ {
		if s.cols[c] || s.d1[row-c] || s.d2[row+c] {
			continue
		}
		s.cols[c], s.d1[row-c], s.d2[row+c] = true, true, true
		s.placement[row] = c
		s.solve(row + 1)
		s.cols[c], s.d1[row-c], s.d2[row+c] = false, false, false
	}
}

func render(sol []int) string {
	var b strings.Builder
	for _, c := range sol {
		b.WriteString(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", len(sol)-c-1))
		b.WriteString("\n")
	}
	return b.String()
}

func countBits(n int) int {
	count := 0
	all := 1<<n - 1
	var rec func(cols, ld, rd int)
	rec = func(cols, ld, rd int) {
		if cols == all {
			count++
			return
		}
		avail := all &^ (cols | ld | rd)
		for avail != 0 {
			bit := avail & -avail
			avail -= bit
			rec(cols|bit, (ld|bit)<<1&all, (rd|bit)>>1)
		}
	}
	rec(0, 0, 0)
	return count
}

func main() {
	s := NewSolver(6)
	s.solve(0)
	fmt.Println(len(s.solutions), s.solutions)
	fmt.Print(render(s.solutions[0]))
	for n := 1; n <= 8; n++ {
		fmt.Print(countBits(n), " ")
	}
	fmt.Println()
	s8 := NewSolver(8)
	s8.solve(0)
	fmt.Println(len(s8.solutions), s8.solutions[0], s8.solutions[len(s8.solutions)-1])
}
