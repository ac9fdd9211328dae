package main

import (
	"container/heap"
	"fmt"
	"math"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Edge[N comparable, W Number] struct {
	To     N
	Weight W
}

type Weighted[N comparable, W Number] struct {
	edges map[N][]Edge[N, W]
}

func (g *Weighted[N, W]) Add(from, to N, w W) {
	if g.edges == nil {
		g.edges = map[N][]Edge[N, W]{}
	}
	g.edges[from] = append(g.edges[from], Edge[N, W]{to, w})
}

type item[N any, W Number] struct {
	node N
	dist W
}

type pq[N any, W Number] []item[N, W]

func (q pq[N, W]) Len() int           { return len(q) }
func (q pq[N, W]) Less(i, j int) bool { return q[i].dist < q[j].dist }
func (q pq[N, W]) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *pq[N, W]) Push(x any)        { *q = append(*q, x.(item[N, W])) }
func (q *pq[N, W]) Pop() any {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}

func (g *Weighted[N, W]) ShortestFrom(src N) map[N]W {
	dist := map[N]W{src: 0}
	q := &pq[N, W]{{src, 0}}
	for q.Len() > 0 {
		cur := heap.Pop(q).(item[N, W])
		if d, ok := dist[cur.node]; ok && cur.dist > d {
			continue
		}
		for _, e := range g.edges[cur.node] {
			nd := cur.dist + e.Weight
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				heap.Push(q, item[N, W]{e.To, nd})
			}
		}
	}
	return dist
}

type Miles float64

func main() {
	var g Weighted[string, int]
	g.Add("home", "shop", 4)
	g.Add("home", "park", 1)
	g.Add("park", "shop", 2)
	g.Add("shop", "work", 5)
	g.Add("park", "work", 9)
	d := g.ShortestFrom("home")
	for _, n := range []string{"home", "park", "shop", "work", "moon"} {
		v, ok := d[n]
		fmt.Printf("%-5s %d %v\n", n, v, ok)
	}

	var r Weighted[int, Miles]
	r.Add(1, 2, 1.5)
	r.Add(2, 3, 2.25)
	r.Add(1, 3, 4)
	dm := r.ShortestFrom(1)
	fmt.Printf("%.2f %T\n", float64(dm[3]), dm[3])
	fmt.Println(math.Round(float64(dm[2]) * 10))
}
