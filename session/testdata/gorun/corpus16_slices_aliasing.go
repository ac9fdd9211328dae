package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Queue struct{ items []string }

func (q *Queue) Enqueue(s string) { q.items = append(q.items, s) }
func (q *Queue) Dequeue() string {
	s := q.items[0]
	q.items = q.items[1:]
	return s
}

func modify(arr [3]int, sl []int) {
	arr[0] = 100
	sl[0] = 100
}

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(a, b, c, len(a), cap(b))
	d := a[:2:2]
	d = append(d, 9)
	fmt.Println(a, d)

	arr := [3]int{1, 2, 3}
	sl := []int{1, 2, 3}
	modify(arr, sl)
	fmt.Println(arr, sl)

	arr2 := arr
	arr2[1] = 50
	fmt.Println(arr, arr2, arr == [3]int{1, 2, 3})

	grid := [2][2]int{{1, 2}, {3, 4}}
	for _, row := range grid {
		row[0] = 0
	}
	fmt.Println(grid)
	for i := range grid {
		grid[i][0] = 0
	}
	fmt.Println(grid)

	nums := [3]int{1, 2, 3}
	for i, v := range nums {
		nums[2] = 10
		if i == 2 {
			fmt.Println("range over array copy:", v)
		}
	}
	ns := []int{1, 2, 3}
	for i, v := range ns {
		ns[2] = 10
		if i == 2 {
			fmt.Println("range over slice:", v)
		}
	}

	var st Stack[string]
	st.Push("a")
	st.Push("b")
	v, ok := st.Pop()
	fmt.Println(v, ok, len(st.items))
	st.Pop()
	v, ok = st.Pop()
	fmt.Printf("%q %v\n", v, ok)

	q := &Queue{}
	for _, s := range []string{"x", "y", "z"} {
		q.Enqueue(s)
	}
	fmt.Println(q.Dequeue(), q.Dequeue(), q.items)

	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	m["a"] = append(m["a"], 2)
	fmt.Println(m, len(m["none"]))
	type pt struct{ X, Y int }
	pts := map[string]pt{"o": {0, 0}}
	p := pts["o"]
	p.X = 5
	fmt.Println(pts, p)
	pp := map[string]*pt{"o": {0, 0}}
	pp["o"].X = 5
	fmt.Println(*pp["o"])
	copy(sl, []int{7, 8})
	fmt.Println(sl, copy(sl[1:], sl))
	fmt.Println(sl)
	var nilS []int
	fmt.Println(nilS == nil, len(nilS), append(nilS, 1), fmt.Sprintf("%v %d", nilS, []int{}))
}
