package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type node struct {
	value int
	next  *node
}

// Stack is a lock-free Treiber stack.
type Stack struct {
	head atomic.Pointer[node]
	size atomic.Int32
}

func (s *Stack) Push(v int) {
	n := &node{value: v}
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
			return old.value, true
		}
	}
}

func main() {
	var s Stack
	var wg sync.WaitGroup
	for i := 1; i <= 20; i++ {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			s.Push(v)
		}(i)
	}
	wg.Wait()
	fmt.Println("size:", s.size.Load())

	sum := 0
	count := 0
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		sum += v
		count++
	}
	fmt.Println("popped:", count, "sum:", sum)
	_, ok := s.Pop()
	fmt.Println("empty pop ok:", ok)

	var p atomic.Pointer[string]
	fmt.Println("nil load:", p.Load() == nil)
	name := "gopher"
	p.Store(&name)
	fmt.Println("loaded:", *p.Load())
}
