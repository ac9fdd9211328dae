package main

import (
	"fmt"
	"sort"
)

type UnionFind struct {
	parent, rank []int
	count        int
}

func NewUnionFind(n int) *UnionFind {
	uf := &UnionFind{parent: make([]int, n), rank: make([]int, n), count: n}
	for i := range uf.parent {
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

type Edge struct {
	U, V, W int
}

func kruskal(n int, edges []Edge) (int, []Edge) {
	sort.Slice(edges, func(i, j int) bool {
		if edges[i].W != edges[j].W {
			return edges[i].W < edges[j].W
		}
		return edges[i].U < edges[j].U
	})
	uf := NewUnionFind(n)
	total := 0
	var used []Edge
	for _, e := range edges {
		if uf.Union(e.U, e.V) {
			total += e.W
			used = append(used, e)
		}
	}
	return total, used
}

func main() {
	uf := NewUnionFind(6)
	fmt.Println(uf.Union(0, 1), uf.Union(1, 2), uf.Union(0, 2), uf.Union(3, 4))
	fmt.Println("components:", uf.count, uf.Find(2) == uf.Find(0), uf.Find(5) == uf.Find(3))
	edges := []Edge{
		{0, 1, 4}, {0, 2, 3}, {1, 2, 1}, {1, 3, 2}, {2, 3, 4}, {3, 4, 2}, {4, 5, 6}, {3, 5, 7},
	}
	total, used := kruskal(6, edges)
	fmt.Println("mst weight:", total)
	for _, e := range used {
		fmt.Printf("  %d-%d (%d)\n", e.U, e.V, e.W)
	}
	fmt.Printf("%v\n%+v\n", used[0], used[len(used)-1])
}
