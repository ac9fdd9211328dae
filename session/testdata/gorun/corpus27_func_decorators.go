package main

import (
	"errors"
	"fmt"
	"strings"
)

type BinaryOp func(a, b int) int

func Logged(name string, op BinaryOp) BinaryOp {
	return func(a, b int) int {
		r := op(a, b)
		fmt.Printf("%s(%d, %d) = %d\n", name, a, b, r)
		return r
	}
}

func Memoize[K comparable, V any](f func(K) V) (func(K) V, *int) {
	cache := map[K]V{}
	misses := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		misses++
		v := f(k)
		cache[k] = v
		return v
	}, &misses
}

type Fetch func(key string) (string, error)

func WithRetry(n int, f Fetch) Fetch {
	return func(key string) (string, error) {
		var err error
		for i := 0; i < n; i++ {
			var v string
			if v, err = f(key); err == nil {
				return v, nil
			}
		}
		return "", fmt.Errorf("gave up after %d tries: %w", n, err)
	}
}

func WithPrefix(p string, f Fetch) Fetch {
	return func(key string) (string, error) { return f(p + key) }
}

func main() {
	add := Logged("add", func(a, b int) int { return a + b })
	mul := Logged("mul", func(a, b int) int { return a * b })
	fmt.Println(mul(add(1, 2), add(3, 4)))

	var fib func(int) int
	fib, misses := Memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), *misses)
	fmt.Println(fib(30), *misses)

	upper, m2 := Memoize(strings.ToUpper)
	upper("go")
	upper("go")
	upper("gopher")
	fmt.Println(upper("go"), *m2)

	attempts := 0
	flaky := func(key string) (string, error) {
		attempts++
		if attempts%3 != 0 {
			return "", errors.New("flaky " + key)
		}
		return "value of " + key, nil
	}
	get := WithPrefix("cfg/", WithRetry(3, flaky))
	fmt.Println(get("a"))
	fmt.Println(WithRetry(2, flaky)("b"))
	fmt.Println(attempts)
}
