package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Curry[A, B, R any](f func(A, B) R) func(A) func(B) R {
	return func(a A) func(B) R {
		return func(b B) R { return f(a, b) }
	}
}

func Flip[A, B, R any](f func(A, B) R) func(B, A) R {
	return func(b B, a A) R { return f(a, b) }
}

func Pipeline[T any](fs ...func(T) T) func(T) T {
	return func(v T) T {
		for _, f := range fs {
			v = f(v)
		}
		return v
	}
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func main() {
	lenOfTrimmed := Compose(strings.TrimSpace, func(s string) int { return len(s) })
	fmt.Println(lenOfTrimmed("  hello  "))

	parseThenDouble := Compose(func(s string) int { return Must(strconv.Atoi(s)) }, func(n int) int { return n * 2 })
	fmt.Println(parseThenDouble("21"))

	add := func(a, b int) int { return a + b }
	add10 := Curry(add)(10)
	fmt.Println(add10(5), Curry(strings.Repeat)("ab")(3))

	sub := func(a, b float64) float64 { return a - b }
	fmt.Println(sub(10, 3), Flip(sub)(10, 3))

	clean := Pipeline(strings.TrimSpace, strings.ToLower, func(s string) string {
		return strings.ReplaceAll(s, " ", "-")
	})
	fmt.Printf("%q\n", clean("  Hello Big World "))

	toStr := Compose(Compose(func(n int) int { return n * n }, strconv.Itoa), func(s string) string { return "[" + s + "]" })
	fmt.Println(toStr(12))

	defer func() {
		if r := recover(); r != nil {
			fmt.Println("panic:", r)
		}
	}()
	fmt.Println(parseThenDouble("x"))
}
