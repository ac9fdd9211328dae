package main

import (
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Celsius float64
type Meters int

type Stringish interface {
	~string
	Len() int
}

type Name string

func (n Name) Len() int { return len(n) }

func Longest[S Stringish](xs []S) S {
	var best S
	for _, x := range xs {
		if x.Len() > best.Len() {
			best = x
		}
	}
	return best
}

type Shower interface {
	comparable
	Show() string
}

type ID int

func (i ID) Show() string { return "#" + strconv.Itoa(int(i)) }

func Dedup[T Shower](xs []T) []string {
	seen := map[T]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x.Show())
		}
	}
	return out
}

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Temps []Celsius

func (t Temps) First() Celsius { return t[0] }

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5))
	fmt.Printf("%v %T\n", Sum(Celsius(20), Celsius(1.5)), Sum[Celsius]())
	fmt.Printf("%v %T\n", Sum(Meters(3), Meters(4)), Meters(0))
	fmt.Println(Longest([]Name{"al", "bethany", "cy"}))
	fmt.Println(Dedup([]ID{3, 1, 3, 2, 1}))
	t := Scale(Temps{10, 20}, 2)
	fmt.Printf("%v %T %v\n", t, t, t.First())
}
