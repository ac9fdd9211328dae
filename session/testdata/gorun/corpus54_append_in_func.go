package main

import "fmt"

func addWrong(s []int, v int) {
	s = append(s, v)
}

func addRight(s []int, v int) []int {
	return append(s, v)
}

func addPtr(s *[]int, v int) {
	*s = append(*s, v)
}

func double(s []int) {
	for i := range s {
		s[i] *= 2
	}
}

type Stack struct{ items []int }

func (s Stack) PushValue(v int)    { s.items = append(s.items, v) }
func (s *Stack) PushPointer(v int) { s.items = append(s.items, v) }

func main() {
	s := []int{1, 2, 3}
	addWrong(s, 4)
	fmt.Println("addWrong:", s)
	s = addRight(s, 4)
	fmt.Println("addRight:", s)
	addPtr(&s, 5)
	fmt.Println("addPtr:", s)
	double(s)
	fmt.Println("double:", s)

	// With spare capacity, the hidden append is visible past len.
	buf := make([]int, 2, 5)
	addWrong(buf, 9)
	fmt.Println(buf, buf[:3])

	var st Stack
	st.PushValue(1)
	fmt.Println("value receiver:", st.items)
	st.PushPointer(2)
	st.PushPointer(3)
	fmt.Println("pointer receiver:", st.items)

	// Variadic functions get the caller's slice when called with ...
	mutate := func(xs ...int) {
		if len(xs) > 0 {
			xs[0] = -1
		}
	}
	vals := []int{7, 8}
	mutate(vals...)
	fmt.Println("variadic with ...:", vals)
	mutate(vals[1], 5)
	fmt.Println("variadic with list:", vals)

	// Appending a slice to itself.
	t := []int{1, 2}
	t = append(t, t...)
	fmt.Println(t)
	t = append(t[:1], t[2:]...)
	fmt.Println(t)

	// Insert at an index.
	ins := []string{"a", "c"}
	ins = append(ins[:1], append([]string{"b"}, ins[1:]...)...)
	fmt.Println(ins)
}
