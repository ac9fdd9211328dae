package main

import (
	"errors"
	"fmt"
	"strings"
)

type Fn[In, Out any] func(In) (Out, error)

func Memoize[K comparable, V any](f Fn[K, V]) (Fn[K, V], *int) {
	cache := map[K]V{}
	misses := 0
	return func(k K) (V, error) {
		if v, ok := cache[k]; ok {
			return v, nil
		}
		misses++
		v, err := f(k)
		if err == nil {
			cache[k] = v
		}
		return v, err
	}, &misses
}

func Retry[In, Out any](n int, f Fn[In, Out]) Fn[In, Out] {
	return func(in In) (Out, error) {
		var errs []error
		for attempt := 1; attempt <= n; attempt++ {
			out, err := f(in)
			if err == nil {
				return out, nil
			}
			errs = append(errs, fmt.Errorf("attempt %d: %w", attempt, err))
		}
		var zero Out
		return zero, errors.Join(errs...)
	}
}

func Trace[In, Out any](name string, log *[]string, f Fn[In, Out]) Fn[In, Out] {
	return func(in In) (Out, error) {
		out, err := f(in)
		*log = append(*log, fmt.Sprintf("%s(%v)=%v,%v", name, in, out, err))
		return out, err
	}
}

var errFlaky = errors.New("flaky")

func main() {
	calls := 0
	square := func(n int) (int, error) { calls++; return n * n, nil }
	msq, misses := Memoize(Fn[int, int](square))
	for _, n := range []int{2, 3, 2, 2, 4, 3} {
		v, _ := msq(n)
		fmt.Print(v, " ")
	}
	fmt.Println("| calls:", calls, "misses:", *misses)

	tries := 0
	flaky := func(s string) (string, error) {
		tries++
		if tries%3 != 0 {
			return "", errFlaky
		}
		return strings.ToUpper(s), nil
	}
	var log []string
	r := Trace("retry", &log, Retry(3, flaky))
	fmt.Println(r("ok"))
	out, err := Retry(2, flaky)("no")
	fmt.Printf("%q\n%v\n%t\n", out, err, errors.Is(err, errFlaky))
	fmt.Println(strings.Join(log, "; "))
}
