package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func printList(l *list.List) {
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println("len", l.Len())
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	printList(l)
	l.MoveToBack(e1)
	l.Remove(e4)
	printList(l)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value.(int)*10, " ")
	}
	fmt.Println()
	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	printList(l)

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	r = r.Move(2)
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	removed := r.Unlink(2)
	fmt.Println(r.Len(), removed.Len())
	sum := 0
	r.Do(func(v any) { sum += v.(int) })
	fmt.Println("sum", sum)

	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	heap.Push(h, 1)
	fmt.Println("min:", (*h)[0])
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
}
