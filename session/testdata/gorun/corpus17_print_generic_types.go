package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Box[T any] struct {
	Val T
}

type List[T any] struct {
	head *elem[T]
	n    int
}

type elem[T any] struct {
	v    T
	next *elem[T]
}

func (l *List[T]) Push(v T) {
	l.head = &elem[T]{v, l.head}
	l.n++
}

func (l *List[T]) Slice() []T {
	var out []T
	for e := l.head; e != nil; e = e.next {
		out = append(out, e.v)
	}
	return out
}

type Result[T any] struct {
	Value T
	Err   error
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return "error: " + r.Err.Error()
	}
	return fmt.Sprintf("ok: %v", r.Value)
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func main() {
	b := Box[int]{42}
	fmt.Printf("%v %+v\n", b, b)
	pb := Box[Point]{Point{1, 2}}
	fmt.Println(pb, pb.Val)
	var l List[string]
	l.Push("a")
	l.Push("b")
	fmt.Println(l.Slice(), l.n)
	r1 := Result[int]{Value: 7}
	r2 := Result[string]{Err: errors.New("boom")}
	fmt.Println(r1, r2)
	fmt.Printf("%s|%v\n", r1, r2)
	temps := []Temp{21.5, -3}
	fmt.Println(temps, Box[Temp]{36.6})
	pts := map[string]Point{"o": {0, 0}}
	fmt.Println(pts)
	fmt.Printf("%v %d\n", &Point{3, 4}, Point{5, 6})
}
