package main

import (
	"fmt"
	"strconv"
)

type Optional[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }

func (o Optional[T]) String() string {
	if !o.ok {
		return "None"
	}
	return "Some(" + fmt.Sprint(o.v) + ")"
}

type Pair[K comparable, V any] struct {
	K K
	V V
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	opts := []Optional[int]{Some(1), {}, Some(3)}
	fmt.Println(opts)
	fmt.Println(opts[0], opts[1])
	m := map[string]Optional[string]{"a": Some("x"), "b": {}}
	fmt.Println(m)
	fmt.Printf("%v %s\n", opts[2], opts[2])

	var ps Stack[Pair[string, int]]
	ps.Push(Pair[string, int]{"a", 1})
	ps.Push(Pair[string, int]{"b", 2})
	fmt.Println(ps, ps.items[1])
	fmt.Printf("%+v\n", ps)
	fmt.Printf("%v\n", &ps)

	temps := []Celsius{20.5, 31}
	fmt.Println(temps, max(temps[0], temps[1]), min(temps[0], 10))
	strs := Map(temps, Celsius.String)
	fmt.Println(strs, len(strs[0]))
	asInts := Map([]string{"1", "22", "x"}, func(s string) Optional[int] {
		n, err := strconv.Atoi(s)
		if err != nil {
			return Optional[int]{}
		}
		return Some(n)
	})
	fmt.Println(asInts)
	fmt.Println(Map([]int{7, 8}, strconv.Itoa), Map(temps, func(c Celsius) Celsius { return c * 2 }))
	pc := Pair[string, Celsius]{"oslo", -4}
	fmt.Println(pc.V, pc.K)
}
