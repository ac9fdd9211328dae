package main

import "fmt"

func ZeroOf[T any]() T {
	var zero T
	return zero
}

func IsZero[T comparable](v T) bool {
	var zero T
	return v == zero
}

func FirstNonZero[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}

func PtrTo[T any](v T) *T { return &v }

func Deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

type Config struct {
	Host string
	Port int
}

func main() {
	fmt.Printf("%v|%q|%v|%v\n", ZeroOf[int](), ZeroOf[string](), ZeroOf[bool](), ZeroOf[[]int]())
	fmt.Printf("%+v\n", ZeroOf[Config]())
	fmt.Println(ZeroOf[map[string]int]() == nil, ZeroOf[error]() == nil)
	fmt.Println(IsZero(0), IsZero(""), IsZero(Config{}), IsZero(Config{Port: 1}))
	fmt.Println(FirstNonZero("", "", "fallback", "other"))
	fmt.Println(FirstNonZero(0, 0, 0))
	fmt.Printf("%+v\n", FirstNonZero(Config{}, Config{Host: "localhost"}))
	p := PtrTo(42)
	*p++
	fmt.Println(*p, Deref(p, 0), Deref[int](nil, -1))
	s := PtrTo("x")
	fmt.Printf("%T %s\n", s, *s)
	var cfg *Config
	fmt.Printf("%+v\n", Deref(cfg, Config{Host: "default", Port: 80}))
}
