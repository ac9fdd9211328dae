package main

import "fmt"

type stack struct{ items []int }

func (s *stack) push(v int) { s.items = append(s.items, v) }

func (s *stack) pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func main() {
	defer fmt.Println("deferred print runs before the crash report")
	s := &stack{}
	s.push(1)
	s.push(2)
	fmt.Println(s.pop())
	fmt.Println(s.pop())
	fmt.Println("popping an empty stack...")
	fmt.Println(s.pop())
	fmt.Println("never printed")
}
