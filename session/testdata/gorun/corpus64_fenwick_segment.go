package main

import "fmt"

type Fenwick struct {
	tree []int
}

func NewFenwick(n int) *Fenwick { return &Fenwick{tree: make([]int, n+1)} }

func (f *Fenwick) Add(i, delta int) {
	for i++; i < len(f.tree); i += i & -i {
		f.tree[i] += delta
	}
}

func (f *Fenwick) Prefix(i int) int {
	sum := 0
	for i++; i > 0; i -= i & -i {
		sum += f.tree[i]
	}
	return sum
}

func (f *Fenwick) Range(l, r int) int { return f.Prefix(r) - f.Prefix(l-1) }

type SegTree struct {
	n    int
	tree []int
}

func NewSegTree(vals []int) *SegTree {
	n := len(vals)
	st := &SegTree{n: n, tree: make([]int, 2*n)}
	copy(st.tree[n:], vals)
	for i := n - 1; i > 0; i-- {
		st.tree[i] = min(st.tree[2*i], st.tree[2*i+1])
	}
	return st
}

func (s *SegTree) Update(i, v int) {
	i += s.n
	s.tree[i] = v
	for i > 1 {
		i /= 2
		s.tree[i] = min(s.tree[2*i], s.tree[2*i+1])
	}
}

// Query returns the minimum over [l, r).
func (s *SegTree) Query(l, r int) int {
	res := int(^uint(0) >> 1)
	for l, r = l+s.n, r+s.n; l < r; l, r = l/2, r/2 {
		if l&1 == 1 {
			res = min(res, s.tree[l])
			l++
		}
		if r&1 == 1 {
			r--
			res = min(res, s.tree[r])
		}
	}
	return res
}

func main() {
	vals := []int{5, 2, 8, 6, 1, 9, 3, 7}
	fw := NewFenwick(len(vals))
	for i, v := range vals {
		fw.Add(i, v)
	}
	fmt.Println("prefix sums:")
	for i := range vals {
		fmt.Print(fw.Prefix(i), " ")
	}
	fmt.Println()
	fmt.Println("sum[2..5] =", fw.Range(2, 5))
	fw.Add(3, 10)
	fmt.Println("after +10 at 3, sum[2..5] =", fw.Range(2, 5))

	st := NewSegTree(vals)
	queries := [][2]int{{0, 8}, {0, 4}, {5, 8}, {2, 3}}
	for _, q := range queries {
		fmt.Printf("min%v = %d\n", q, st.Query(q[0], q[1]))
	}
	st.Update(4, 10)
	fmt.Println("after update:", st.Query(0, 8), st.Query(3, 6))
	fmt.Println(st.tree[1:])
}
