package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
	"sort"
)

type Deque struct {
	list.List
	name string
}

func (d *Deque) PushBoth(v any) { d.PushFront(v); d.PushBack(v) }

type History struct{ *ring.Ring }

type Scores struct {
	sort.IntSlice
	Owner string
}

type Desc struct{ sort.IntSlice }

func (d Desc) Less(i, j int) bool { return d.IntSlice[i] > d.IntSlice[j] }

type item struct {
	key   string
	pri   int
	index int
}

type vheap []item

func (h vheap) Len() int           { return len(h) }
func (h vheap) Less(i, j int) bool { return h[i].pri < h[j].pri }
func (h vheap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}
func (h *vheap) Push(x any) {
	it := x.(item)
	it.index = len(*h)
	*h = append(*h, it)
}
func (h *vheap) Pop() any {
	old := *h
	it := old[len(old)-1]
	*h = old[:len(old)-1]
	return it
}

func main() {
	var d Deque
	d.name = "dq"
	d.PushBack(1)
	d.PushBoth(2)
	d.PushFront("x")
	for e := d.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(d.Len(), d.name)
	d.Remove(d.Back())
	fmt.Println(d.Len(), d.Back().Value)

	h := History{ring.New(3)}
	for i := 1; i <= 5; i++ {
		h.Value = i
		h.Ring = h.Next()
	}
	h.Do(func(v any) { fmt.Print(v, ",") })
	fmt.Println(h.Len())

	s := Scores{sort.IntSlice{5, 2, 8}, "ann"}
	sort.Sort(&s)
	fmt.Println(s.IntSlice, s.Owner, s.Search(5), s.Len())
	fmt.Println(s)
	fmt.Printf("%+v\n", s)
	dd := Desc{sort.IntSlice{1, 3, 2}}
	sort.Sort(&dd)
	fmt.Println(dd.IntSlice, sort.IsSorted(&dd))

	vh := &vheap{}
	for i, k := range []string{"c", "a", "d", "b"} {
		heap.Push(vh, item{k, 10 - i*3, 0})
	}
	fmt.Println(*vh)
	(*vh)[2].pri = -5
	heap.Fix(vh, 2)
	fmt.Printf("%+v\n", *vh)
	for vh.Len() > 0 {
		it := heap.Pop(vh).(item)
		fmt.Print(it.key, it.pri, " ")
	}
	fmt.Println()
}
