package main

import (
	"fmt"
	"sort"
)

type DSU struct {
	parent, rank []int
	sets         int
}

func NewDSU(n int) *DSU {
	d := &DSU{parent: make([]int, n), rank: make([]int, n), sets: n}
	for i := range d.parent {
		d.parent[i] = i
	}
	return d
}

func (d *DSU) Find(x int) int {
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]]
		x = d.parent[x]
	}
	return x
}

func (d *DSU) Union(a, b int) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	switch {
	case d.rank[ra] < d.rank[rb]:
		ra, rb = rb, ra
	case d.rank[ra] == d.rank[rb]:
		d.rank[ra]++
	}
	d.parent[rb] = ra
	d.sets--
	return true
}

type Edge struct{ U, V, W int }

func kruskal(n int, edges []Edge) (int, []Edge) {
	sort.Slice(edges, func(i, j int) bool {
		if edges[i].W != edges[j].W {
			return edges[i].W < edges[j].W
		}
		return edges[i].U < edges[j].U
	})
	d := NewDSU(n)
	total := 0
	var used []Edge
	for _, e := range edges {
		if d.Union(e.U, e.V) {
			total += e.W
			used = append(used, e)
		}
	}
	return total, used
}

func main() {
	d := NewDSU(8)
	pairs := [][2]int{{0, 1}, {2, 3}, {1, 3}, {4, 5}, {0, 3}, {6, 6}}
	for _, p := range pairs {
		fmt.Printf("union %v -> %v\n", p, d.Union(p[0], p[1]))
	}
	fmt.Println("sets:", d.sets)
	groups := map[int][]int{}
	for i := 0; i < 8; i++ {
		r := d.Find(i)
		groups[r] = append(groups[r], i)
	}
	var gs [][]int
	for _, g := range groups {
		gs = append(gs, g)
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i][0] < gs[j][0] })
	fmt.Println(gs)

	edges := []Edge{{0, 1, 4}, {0, 2, 3}, {1, 2, 1}, {1, 3, 2}, {2, 3, 4}, {3, 4, 2}, {4, 5, 6}, {3, 5, 7}}
	total, used := kruskal(6, edges)
	fmt.Println("MST weight:", total)
	fmt.Printf("%+v\n", used)
}
