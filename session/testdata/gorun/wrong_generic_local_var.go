package main

import "fmt"

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }

func (o Option[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

func Pair[T any](v T) (T, bool) { return v, true }

func Id[T any](v T) T { return v }

func typed() {
	var s fmt.Stringer = Some(2.5)
	var opts []fmt.Stringer = []fmt.Stringer{Some("x"), Some([]int{1, 2})}
	var i int = Id[int](6)
	fmt.Println(s, opts, i)
}

func untyped() {
	var g = Some(uint8(3))
	var p, ok = Pair(5)
	var (
		z    = Id("z")
		n    int
		m, k = Id(1.5), Id('k')
	)
	var _ = Id(0)
	fmt.Println(g, p, ok, z, n, m, k)
}

func shadowing(x int) {
	{
		var x int = Id(x + 1)
		var y, x2 fmt.Stringer = Some(x), Some(x * 2)
		fmt.Println(x, y, x2)
	}
	fmt.Println(x)
	var s fmt.Stringer = Some(x)
	{
		var s, t fmt.Stringer = Id(s), Id[fmt.Stringer](Some(s.String()))
		fmt.Println(s, t)
	}
}

func main() {
	typed()
	untyped()
	shadowing(10)
	f := func() int {
		var v = Id(41)
		return v + 1
	}
	fmt.Println(f())
	for i := range 2 {
		switch {
		case i > 0:
			var q, ok = Pair(i)
			fmt.Println("case", q, ok)
		}
	}
}
