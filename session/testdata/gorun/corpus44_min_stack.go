package main

import "fmt"

type MinStack struct {
	data []int
	mins []int
}

func (s *MinStack) Push(x int) {
	s.data = append(s.data, x)
	if len(s.mins) == 0 || x <= s.mins[len(s.mins)-1] {
		s.mins = append(s.mins, x)
	}
}

func (s *MinStack) Pop() int {
	top := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	if top == s.mins[len(s.mins)-1] {
		s.mins = s.mins[:len(s.mins)-1]
	}
	return top
}

func (s *MinStack) Top() int { return s.data[len(s.data)-1] }
func (s *MinStack) Min() int { return s.mins[len(s.mins)-1] }

func main() {
	s := &MinStack{}
	ops := []struct {
		push bool
		val  int
	}{
		{true, 5}, {true, 3}, {true, 7}, {true, 3}, {false, 0}, {false, 0}, {true, 1}, {false, 0}, {false, 0},
	}
	for _, op := range ops {
		if op.push {
			s.Push(op.val)
			fmt.Printf("push %d -> top=%d min=%d\n", op.val, s.Top(), s.Min())
		} else {
			v := s.Pop()
			fmt.Printf("pop %d  -> top=%d min=%d\n", v, s.Top(), s.Min())
		}
	}
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	s.Pop()
	s.Pop()
	fmt.Println("min of empty:", s.Min())
}
