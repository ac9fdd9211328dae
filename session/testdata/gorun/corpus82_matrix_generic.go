package main

import (
	"errors"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

func New[T Number](r, c int, vals ...T) Matrix[T] {
	m := Matrix[T]{r, c, make([]T, r*c)}
	copy(m.data, vals)
	return m
}

func (m Matrix[T]) At(i, j int) T      { return m.data[i*m.cols+j] }
func (m *Matrix[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

var ErrShape = errors.New("shape mismatch")

func Mul[T Number](a, b Matrix[T]) (Matrix[T], error) {
	if a.cols != b.rows {
		return Matrix[T]{}, fmt.Errorf("%dx%d * %dx%d: %w", a.rows, a.cols, b.rows, b.cols, ErrShape)
	}
	out := New[T](a.rows, b.cols)
	for i := 0; i < a.rows; i++ {
		for j := 0; j < b.cols; j++ {
			var s T
			for k := 0; k < a.cols; k++ {
				s += a.At(i, k) * b.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func (m Matrix[T]) Transpose() Matrix[T] {
	t := New[T](m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m Matrix[T]) String() string {
	var b strings.Builder
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%v", m.At(i, j))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

type Celsius float64

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := a.Transpose()
	p, err := Mul(a, b)
	fmt.Print(p, err, "\n")
	_, err = Mul(a, a)
	fmt.Println(err, errors.Is(err, ErrShape))
	f := New(2, 2, 0.5, 1.5, 2.0, -1.0)
	sq, _ := Mul(f, f)
	fmt.Print(sq)
	c := New[Celsius](1, 2, 20.5, 30)
	fmt.Printf("%v", c.Transpose())
}
