package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
	"sort"
)

type State struct {
	Board [4]int
	Cost  int
}

type SH []State

func (h SH) Len() int           { return len(h) }
func (h SH) Less(i, j int) bool { return h[i].Cost < h[j].Cost }
func (h SH) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *SH) Push(x any)        { *h = append(*h, x.(State)) }
func (h *SH) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type Rows [][3]int

func (r Rows) Len() int           { return len(r) }
func (r Rows) Less(i, j int) bool { return r[i][0] < r[j][0] }
func (r Rows) Swap(i, j int)      { r[i], r[j] = r[j], r[i] }

func main() {
	h := &SH{}
	s := State{[4]int{1, 2, 3, 4}, 5}
	heap.Push(h, s)
	s.Board[0] = 99
	s.Cost = 1
	heap.Push(h, s)
	s.Board[1] = 77
	for i := range 3 {
		next := s
		next.Board[2] = i
		next.Cost = 10 - i
		heap.Push(h, next)
	}
	for h.Len() > 0 {
		fmt.Println(heap.Pop(h))
	}
	fmt.Println(s)

	rows := Rows{{3, 0, 0}, {1, 1, 1}, {2, 2, 2}}
	sort.Sort(rows)
	fmt.Println(rows)
	sort.Slice(rows, func(i, j int) bool { return rows[i][1] > rows[j][1] })
	fmt.Println(rows)
	states := []State{{[4]int{3}, 3}, {[4]int{1}, 1}, {[4]int{2}, 2}}
	sort.Slice(states, func(i, j int) bool { return states[i].Board[0] < states[j].Board[0] })
	fmt.Println(states)

	arr := [3]int{1, 2, 3}
	l := list.New()
	l.PushBack(arr)
	arr[0] = 100
	l.PushBack(arr)
	e := l.Front()
	a := e.Value.([3]int)
	a[1] = -1
	fmt.Println(l.Front().Value, l.Back().Value, a, arr)

	r := ring.New(2)
	st := State{Cost: 1}
	r.Value = st
	st.Board[3] = 9
	r.Next().Value = st
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()

	grid := [2][2]int{{1, 2}, {3, 4}}
	g2 := grid
	g2[0][0] = 9
	rowsCopy := [][2]int{grid[0], grid[1]}
	rowsCopy[0][1] = 8
	fmt.Println(grid, g2, rowsCopy)
	m := map[string][2]int{"a": {1, 2}}
	v := m["a"]
	v[0] = 5
	fmt.Println(m, v)
	ms := map[string]State{"x": s}
	t := ms["x"]
	t.Board[0] = -3
	fmt.Println(ms["x"].Board, t.Board)
}
