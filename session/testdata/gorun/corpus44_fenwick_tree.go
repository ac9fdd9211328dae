package main

import "fmt"

// Fenwick (binary indexed) tree over 1-based positions.
type Fenwick struct{ tree []int }

func NewFenwick(n int) *Fenwick { return &Fenwick{tree: make([]int, n+1)} }

func (f *Fenwick) Add(i, delta int) {
	for ; i < len(f.tree); i += i & -i {
		f.tree[i] += delta
	}
}

func (f *Fenwick) Prefix(i int) int {
	s := 0
	for ; i > 0; i -= i & -i {
		s += f.tree[i]
	}
	return s
}

func (f *Fenwick) Range(l, r int) int { return f.Prefix(r) - f.Prefix(l-1) }

// prefix sums and a 2D prefix table for comparison
func prefixSums(a []int) []int {
	p := make([]int, len(a)+1)
	for i, v := range a {
		p[i+1] = p[i] + v
	}
	return p
}

func main() {
	data := []int{3, 2, -1, 6, 5, 4, -3, 3, 7, 2, 3}
	fw := NewFenwick(len(data))
	for i, v := range data {
		fw.Add(i+1, v)
	}
	p := prefixSums(data)
	fmt.Println("prefix:", p)
	for _, q := range [][2]int{{1, 11}, {2, 5}, {4, 4}, {6, 9}} {
		fmt.Printf("sum[%d..%d] = %d (check %d)\n", q[0], q[1], fw.Range(q[0], q[1]), p[q[1]]-p[q[0]-1])
	}
	fw.Add(4, 10)
	fmt.Println("after +10 at 4:", fw.Range(1, 11), fw.Range(4, 4))

	var grid [4][5]int
	for r := range 4 {
		for c := range 5 {
			grid[r][c] = r*5 + c
		}
	}
	var pre [5][6]int
	for r := 1; r <= 4; r++ {
		for c := 1; c <= 5; c++ {
			pre[r][c] = grid[r-1][c-1] + pre[r-1][c] + pre[r][c-1] - pre[r-1][c-1]
		}
	}
	fmt.Println("2D total:", pre[4][5], "sub(1..2,1..3):", pre[3][4]-pre[1][4]-pre[3][1]+pre[1][1])
}
