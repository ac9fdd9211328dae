package main

import "fmt"

type Stack[T any] struct {
	values []T
}

func (s *Stack[T]) Push(value T) {
	s.values = append(s.values, value)
}

func (s *Stack[T]) IsEmpty() bool {
	return len(s.values) == 0
}

func (s *Stack[T]) Pop() (T, bool) {
	if s.IsEmpty() {
		var zero T
		return zero, false
	}
	index := len(s.values) - 1
	el := s.values[index]
	s.values = s.values[:index]
	return el, true
}

func (s *Stack[T]) Len() int { return len(s.values) }

func main() {
	myStackOfInts := new(Stack[int])
	fmt.Println("empty:", myStackOfInts.IsEmpty())
	myStackOfInts.Push(123)
	fmt.Println("empty:", myStackOfInts.IsEmpty())
	myStackOfInts.Push(456)
	value, ok := myStackOfInts.Pop()
	fmt.Println(value, ok)
	value, ok = myStackOfInts.Pop()
	fmt.Println(value, ok)
	value, ok = myStackOfInts.Pop()
	fmt.Println(value, ok, myStackOfInts.IsEmpty())

	myStackOfInts.Push(1)
	myStackOfInts.Push(2)
	firstNum, _ := myStackOfInts.Pop()
	secondNum, _ := myStackOfInts.Pop()
	fmt.Println("sum:", firstNum+secondNum)

	var strs Stack[string]
	for _, w := range []string{"a", "b", "c"} {
		strs.Push(w)
	}
	out := ""
	for !strs.IsEmpty() {
		v, _ := strs.Pop()
		out += v
	}
	fmt.Println("reversed:", out)
	fmt.Printf("%T %T\n", myStackOfInts, strs)
	s, ok2 := strs.Pop()
	fmt.Printf("%q %v %d\n", s, ok2, strs.Len())
}
