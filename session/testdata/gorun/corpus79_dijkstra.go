package main

import (
	"container/heap"
	"fmt"
	"math"
	"sort"
	"strings"
)

type Edge struct {
	To     string
	Weight int
}

type Graph map[string][]Edge

// node is an entry of the frontier; index is its place in the heap.
type node struct {
	name  string
	dist  int
	index int
}

type frontier []*node

func (f frontier) Len() int { return len(f) }
func (f frontier) Less(i, j int) bool {
	if f[i].dist == f[j].dist {
		return f[i].name < f[j].name
	}
	return f[i].dist < f[j].dist
}
func (f frontier) Swap(i, j int) {
	f[i], f[j] = f[j], f[i]
	f[i].index, f[j].index = i, j
}
func (f *frontier) Push(x any) {
	n := x.(*node)
	n.index = len(*f)
	*f = append(*f, n)
}
func (f *frontier) Pop() any {
	old := *f
	n := old[len(old)-1]
	n.index = -1
	*f = old[:len(old)-1]
	return n
}

func (g Graph) ShortestPaths(src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	nodes := map[string]*node{}
	f := &frontier{}
	for name := range g {
		d := math.MaxInt
		if name == src {
			d = 0
		}
		n := &node{name: name, dist: d}
		nodes[name] = n
		heap.Push(f, n)
	}
	for f.Len() > 0 {
		u := heap.Pop(f).(*node)
		if u.dist == math.MaxInt {
			break
		}
		dist[u.name] = u.dist
		for _, e := range g[u.name] {
			v := nodes[e.To]
			if v.index < 0 {
				continue
			}
			if alt := u.dist + e.Weight; alt < v.dist {
				v.dist = alt
				prev[v.name] = u.name
				heap.Fix(f, v.index)
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, to string) string {
	var p []string
	for at := to; at != ""; at = prev[at] {
		p = append([]string{at}, p...)
	}
	return strings.Join(p, " -> ")
}

func main() {
	g := Graph{
		"A": {{"B", 7}, {"C", 9}, {"F", 14}},
		"B": {{"A", 7}, {"C", 10}, {"D", 15}},
		"C": {{"A", 9}, {"B", 10}, {"D", 11}, {"F", 2}},
		"D": {{"B", 15}, {"C", 11}, {"E", 6}},
		"E": {{"D", 6}, {"F", 9}},
		"F": {{"A", 14}, {"C", 2}, {"E", 9}},
		"G": nil,
	}
	dist, prev := g.ShortestPaths("A")
	fmt.Println(dist)
	names := make([]string, 0, len(dist))
	for n := range dist {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s: %2d via %s\n", n, dist[n], path(prev, n))
	}
	_, reachable := dist["G"]
	fmt.Println("G reachable:", reachable)
	fmt.Printf("%v\n", g["E"])
	fmt.Printf("%+v\n", g["E"])
}
