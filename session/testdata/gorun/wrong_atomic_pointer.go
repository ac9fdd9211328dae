package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type node struct {
	val  int
	next *node
}

// Stack is a Treiber stack: a CAS loop on its head.
type Stack struct {
	head atomic.Pointer[node]
	size atomic.Int32
}

func (s *Stack) Push(v int) {
	n := &node{val: v}
	for {
		old := s.head.Load()
		n.next = old
		if s.head.CompareAndSwap(old, n) {
			s.size.Add(1)
			return
		}
	}
}

func (s *Stack) Pop() (int, bool) {
	for {
		old := s.head.Load()
		if old == nil {
			return 0, false
		}
		if s.head.CompareAndSwap(old, old.next) {
			s.size.Add(-1)
			return old.val, true
		}
	}
}

type config struct{ Name string }

func main() {
	var p atomic.Pointer[config]
	fmt.Println("zero load nil:", p.Load() == nil)
	fmt.Println("zero swap:", p.Swap(nil) == nil, p.Load() == nil)
	// A stored nil is still nil.
	fmt.Println("load after Store(nil):", p.Load() == nil)
	fmt.Println("cas nil->a:", p.CompareAndSwap(nil, &config{"a"}), p.Load().Name)
	fmt.Println("cas nil->b again:", p.CompareAndSwap(nil, &config{"b"}), p.Load().Name)

	var q atomic.Pointer[int]
	fmt.Println("cas on zero:", q.CompareAndSwap(nil, nil), q.Load() == nil)
	x, y := 1, 2
	fmt.Println("cas wrong old:", q.CompareAndSwap(&y, &x), q.Load() == nil)
	q.Store(&x)
	old := q.Swap(&y)
	fmt.Println("swap:", *old, *q.Load(), q.CompareAndSwap(&y, nil), q.Load() == nil)

	pp := new(atomic.Pointer[string])
	s := "hello"
	pp.Store(&s)
	fmt.Println(*pp.Load())

	var st Stack
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() { defer wg.Done(); st.Push(i) }()
	}
	wg.Wait()
	sum, n := 0, 0
	for {
		v, ok := st.Pop()
		if !ok {
			break
		}
		sum += v
		n++
	}
	fmt.Println("popped:", n, "sum:", sum, "size:", st.size.Load())

	type wrapped struct {
		cfg   atomic.Pointer[config]
		label string
	}
	w := wrapped{label: "w"}
	w.cfg.Store(&config{"field"})
	fmt.Println(w.label, w.cfg.Load().Name)
}
