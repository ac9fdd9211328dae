package main

import "fmt"

type Optional[T any] struct {
	value T
	ok    bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{value: v, ok: true} }

func None[T any]() Optional[T] { return Optional[T]{} }

func (o Optional[T]) Get() (T, bool) { return o.value, o.ok }

func (o Optional[T]) OrElse(def T) T {
	if o.ok {
		return o.value
	}
	return def
}

func (o Optional[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.value)
}

func Find[T any](xs []T, pred func(T) bool) Optional[T] {
	for _, x := range xs {
		if pred(x) {
			return Some(x)
		}
	}
	return None[T]()
}

func main() {
	nums := []int{3, 8, 12, 5}
	big := Find(nums, func(n int) bool { return n > 10 })
	huge := Find(nums, func(n int) bool { return n > 100 })
	fmt.Println(big, huge)
	fmt.Println(big.OrElse(-1), huge.OrElse(-1))
	if v, ok := big.Get(); ok {
		fmt.Println("found", v)
	}
	name := None[string]()
	fmt.Printf("%v %q\n", name, name.OrElse("anonymous"))
	fmt.Printf("%s\n", Some("gopher"))
	opts := []Optional[float64]{Some(1.5), None[float64](), Some(2.0)}
	total := 0.0
	for _, o := range opts {
		total += o.OrElse(0)
	}
	fmt.Println(opts, total)
}
