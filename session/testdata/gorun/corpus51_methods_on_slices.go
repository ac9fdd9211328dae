package main

import (
	"fmt"
	"io"
)

type ByteSlice []byte

func (slice ByteSlice) Append(data []byte) []byte {
	l := len(slice)
	if l+len(data) > cap(slice) {
		newSlice := make([]byte, (l+len(data))*2)
		copy(newSlice, slice)
		slice = newSlice
	}
	slice = slice[0 : l+len(data)]
	copy(slice[l:], data)
	return slice
}

func (p *ByteSlice) AppendInPlace(data []byte) {
	*p = ByteSlice(p.Append(data))
}

func (p *ByteSlice) Write(data []byte) (n int, err error) {
	p.AppendInPlace(data)
	return len(data), nil
}

type IntStack []int

func (s *IntStack) Push(v int) { *s = append(*s, v) }
func (s *IntStack) Pop() (int, bool) {
	if len(*s) == 0 {
		return 0, false
	}
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v, true
}
func (s IntStack) Peek() int { return s[len(s)-1] }

type Matrix [][]float64

func (m Matrix) Transpose() Matrix {
	t := make(Matrix, len(m[0]))
	for i := range t {
		t[i] = make([]float64, len(m))
		for j := range m {
			t[i][j] = m[j][i]
		}
	}
	return t
}

func main() {
	var b ByteSlice
	out := b.Append([]byte("abc"))
	fmt.Println(len(b), string(out), cap(out))
	b.AppendInPlace([]byte("hello"))
	fmt.Printf("%s %d %d\n", b, len(b), cap(b))

	var w io.Writer = &b
	fmt.Fprintf(w, ", %d gophers", 7)
	fmt.Println(string(b))

	var st IntStack
	for i := 1; i <= 4; i++ {
		st.Push(i * i)
	}
	fmt.Println(st, st.Peek())
	for {
		v, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(st))

	m := Matrix{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(m.Transpose())
	fmt.Printf("%T %T\n", m, m[0])
}
