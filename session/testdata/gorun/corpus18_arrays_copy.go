package main

import "fmt"

type Matrix [2][2]int

func (m Matrix) Doubled() Matrix {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= 2
		}
	}
	return m
}

func (m *Matrix) Zero() { *m = Matrix{} }

func modifyArray(a [3]int) { a[0] = 100 }
func modifySlice(s []int)  { s[0] = 100 }
func appendSlice(s []int)  { s = append(s, 4); s[1] = 200 }

type Holder struct {
	Arr   [2]string
	Slice []string
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 9
	fmt.Println(a, b, a == b)
	modifyArray(a)
	fmt.Println(a)
	s := a[:]
	modifySlice(s)
	fmt.Println(a, s)
	s2 := make([]int, 3, 10)
	copy(s2, []int{1, 2, 3})
	appendSlice(s2)
	fmt.Println(s2, s2[:4])

	m := Matrix{{1, 2}, {3, 4}}
	d := m.Doubled()
	fmt.Println(m, d)
	m.Zero()
	fmt.Println(m)

	h1 := Holder{[2]string{"a", "b"}, []string{"x", "y"}}
	h2 := h1
	h2.Arr[0] = "A"
	h2.Slice[0] = "X"
	fmt.Println(h1, h2)

	n := copy(s2, s2[:0])
	fmt.Println(n)
	bs := make([]byte, 3)
	n = copy(bs, "hello")
	fmt.Println(n, string(bs))
	over := []int{1, 2, 3, 4, 5}
	copy(over[1:], over)
	fmt.Println(over)
	x := [...]string{2: "c", 0: "a"}
	fmt.Println(len(x), x, fmt.Sprintf("%q", x))
	arrPtr := &a
	arrPtr[1] = 50
	for i, v := range arrPtr {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(len(arrPtr))
	grid := [3][3]rune{}
	for i := range grid {
		grid[i][i] = 'x'
	}
	for _, row := range grid {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			fmt.Print(string(c))
		}
		fmt.Println()
	}
	full := s2[0:2:2]
	full = append(full, 7)
	fmt.Println(s2[:3], full, cap(full) >= 3)
	var zero [0]int
	fmt.Println(zero, len(zero))
}
