package main

import (
	"cmp"
	"fmt"
	"slices"
)

type UnionFind struct {
	parent []int
	rank   []int
	count  int
}

func NewUnionFind(n int) *UnionFind {
	uf := &UnionFind{parent: make([]int, n), rank: make([]int, n), count: n}
	for i := range n {
		uf.parent[i] = i
	}
	return uf
}

func (u *UnionFind) Find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *UnionFind) Union(a, b int) bool {
	ra, rb := u.Find(a), u.Find(b)
	if ra == rb {
		return false
	}
	switch {
	case u.rank[ra] < u.rank[rb]:
		ra, rb = rb, ra
	case u.rank[ra] == u.rank[rb]:
		u.rank[ra]++
	}
	u.parent[rb] = ra
	u.count--
	return true
}

type WEdge struct{ U, V, W int }

// kruskal returns the MST weight and its edges.
func kruskal(n int, edges []WEdge) (int, []WEdge) {
	sorted := slices.Clone(edges)
	slices.SortFunc(sorted, func(a, b WEdge) int {
		return cmp.Or(cmp.Compare(a.W, b.W), cmp.Compare(a.U, b.U), cmp.Compare(a.V, b.V))
	})
	uf := NewUnionFind(n)
	total := 0
	var mst []WEdge
	for _, e := range sorted {
		if uf.Union(e.U, e.V) {
			total += e.W
			mst = append(mst, e)
		}
	}
	return total, mst
}

func main() {
	uf := NewUnionFind(10)
	pairs := [][2]int{{0, 1}, {2, 3}, {1, 3}, {4, 5}, {7, 8}, {8, 9}, {0, 2}}
	for _, p := range pairs {
		fmt.Printf("union(%d,%d) merged=%v\n", p[0], p[1], uf.Union(p[0], p[1]))
	}
	fmt.Println("components:", uf.count)
	fmt.Println("0~3:", uf.Find(0) == uf.Find(3), "4~6:", uf.Find(4) == uf.Find(6))

	groups := map[int][]int{}
	for i := range 10 {
		r := uf.Find(i)
		groups[r] = append(groups[r], i)
	}
	var gs [][]int
	for _, g := range groups {
		gs = append(gs, g)
	}
	slices.SortFunc(gs, func(a, b []int) int { return cmp.Compare(a[0], b[0]) })
	fmt.Println("groups:", gs)

	edges := []WEdge{{0, 1, 4}, {0, 2, 3}, {1, 2, 1}, {1, 3, 2}, {2, 3, 4}, {3, 4, 2}, {4, 5, 6}, {3, 5, 6}}
	w, mst := kruskal(6, edges)
	fmt.Printf("MST weight %d: %+v\n", w, mst)
}
