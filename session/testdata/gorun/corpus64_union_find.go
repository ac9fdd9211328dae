package main

import (
	"fmt"
	"sort"
)

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
		uf.parent[x] = uf.parent[uf.parent[x]] // path halving
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
		ra, rb = rb, ra
	case uf.rank[ra] == uf.rank[rb]:
		uf.rank[ra]++
	}
	uf.parent[rb] = ra
	uf.count--
	return true
}

type WeightedEdge struct {
	U, V, W int
}

func kruskal(n int, edges []WeightedEdge) (int, []WeightedEdge) {
	sort.Slice(edges, func(i, j int) bool { return edges[i].W < edges[j].W })
	uf := NewUnionFind(n)
	total := 0
	var mst []WeightedEdge
	for _, e := range edges {
		if uf.Union(e.U, e.V) {
			total += e.W
			mst = append(mst, e)
		}
	}
	return total, mst
}

func main() {
	uf := NewUnionFind(10)
	pairs := [][2]int{{0, 1}, {2, 3}, {1, 3}, {5, 6}, {7, 8}, {8, 9}, {0, 2}}
	for _, p := range pairs {
		fmt.Printf("union(%d,%d) merged=%v\n", p[0], p[1], uf.Union(p[0], p[1]))
	}
	fmt.Println("sets:", uf.count)
	fmt.Println("0~3:", uf.Find(0) == uf.Find(3), "4~5:", uf.Find(4) == uf.Find(5))

	groups := map[int][]int{}
	for i := 0; i < 10; i++ {
		r := uf.Find(i)
		groups[r] = append(groups[r], i)
	}
	var gs [][]int
	for _, g := range groups {
		gs = append(gs, g)
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i][0] < gs[j][0] })
	fmt.Println("groups:", gs)

	edges := []WeightedEdge{{0, 1, 4}, {0, 2, 3}, {1, 2, 1}, {1, 3, 2}, {2, 3, 4}, {3, 4, 2}, {4, 5, 6}}
	total, mst := kruskal(6, edges)
	fmt.Printf("MST weight %d: %+v\n", total, mst)
}
