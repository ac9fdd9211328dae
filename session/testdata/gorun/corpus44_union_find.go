package main

import "fmt"

type UnionFind struct {
	parent []int
	rank   []int
	count  int
}

func NewUnionFind(n int) *UnionFind {
	uf := &UnionFind{parent: make([]int, n), rank: make([]int, n), count: n}
	for i := range uf.parent {
		uf.parent[i] = i
	}
	return uf
}

func (uf *UnionFind) Find(x int) int {
	for uf.parent[x] != x {
		uf.parent[x] = uf.parent[uf.parent[x]]
		x = uf.parent[x]
	}
	return x
}

func (uf *UnionFind) Union(a, b int) bool {
	ra, rb := uf.Find(a), uf.Find(b)
	if ra == rb {
		return false
	}
	switch {
	case uf.rank[ra] < uf.rank[rb]:
		uf.parent[ra] = rb
	case uf.rank[ra] > uf.rank[rb]:
		uf.parent[rb] = ra
	default:
		uf.parent[rb] = ra
		uf.rank[ra]++
	}
	uf.count--
	return true
}

type edge struct{ u, v, w int }

func main() {
	uf := NewUnionFind(8)
	pairs := [][2]int{{0, 1}, {2, 3}, {1, 3}, {4, 5}, {0, 2}, {6, 7}}
	for _, p := range pairs {
		fmt.Printf("union(%d,%d) merged=%v\n", p[0], p[1], uf.Union(p[0], p[1]))
	}
	fmt.Println("components:", uf.count)
	fmt.Println("0~3:", uf.Find(0) == uf.Find(3), "0~4:", uf.Find(0) == uf.Find(4))

	// Kruskal's MST on a small graph, edges already sorted by weight.
	edges := []edge{{0, 1, 1}, {1, 2, 2}, {0, 2, 3}, {2, 3, 4}, {1, 3, 5}, {3, 4, 6}}
	mst := NewUnionFind(5)
	total := 0
	for _, e := range edges {
		if mst.Union(e.u, e.v) {
			total += e.w
			fmt.Printf("take %d-%d (%d)\n", e.u, e.v, e.w)
		}
	}
	fmt.Println("MST weight:", total)
}
