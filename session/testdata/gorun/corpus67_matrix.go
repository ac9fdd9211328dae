package main

import (
	"fmt"
	"strings"
)

type Num interface {
	~int | ~float64
}

type Matrix[T Num] struct {
	rows, cols int
	data       []T
}

func NewMatrix[T Num](rows, cols int, vals ...T) Matrix[T] {
	m := Matrix[T]{rows, cols, make([]T, rows*cols)}
	copy(m.data, vals)
	return m
}

func (m Matrix[T]) At(i, j int) T { return m.data[i*m.cols+j] }

func (m Matrix[T]) Mul(o Matrix[T]) (Matrix[T], error) {
	if m.cols != o.rows {
		return Matrix[T]{}, fmt.Errorf("shape mismatch: %dx%d * %dx%d", m.rows, m.cols, o.rows, o.cols)
	}
	out := NewMatrix[T](m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s T
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.data[i*out.cols+j] = s
		}
	}
	return out, nil
}

func (m Matrix[T]) Transpose() Matrix[T] {
	out := NewMatrix[T](m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			out.data[j*out.cols+i] = m.At(i, j)
		}
	}
	return out
}

func (m Matrix[T]) String() string {
	var b strings.Builder
	for i := 0; i < m.rows; i++ {
		fmt.Fprintln(&b, m.data[i*m.cols:(i+1)*m.cols])
	}
	return b.String()
}

func main() {
	a := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	b := a.Transpose()
	fmt.Print(b)
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println("error:", err)
	f := NewMatrix(2, 2, 0.5, 0, 0, 2.0)
	g, _ := f.Mul(f)
	fmt.Print(g.String())
	fmt.Printf("%T\n", g)
}
