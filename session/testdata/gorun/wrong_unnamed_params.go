package main

import (
	"errors"
	"fmt"
	"strings"
)

// Functions whose parameters have no names, with locals in their bodies,
// called through values of their types.

type Notifier interface{ Notify(string) error }

type NotifierFunc func(string) error

func (f NotifierFunc) Notify(msg string) error { return f(msg) }

type IntFn func(int) int

func (f IntFn) Apply(v int) int { return f(v) }

func seven(int, string) string {
	s := "seven"
	return s
}

type K struct{ tag string }

func (k K) M(int, int) string {
	s := strings.Repeat(k.tag, 2)
	return s
}

func pick(int, int) int {
	x := 3
	y := x * 10
	return y
}

func logf(string, ...any) int {
	n := 42
	return n
}

func main() {
	var n Notifier = NotifierFunc(func(string) error {
		err := errors.New("pager offline")
		return err
	})
	fmt.Println(n.Notify("x"))

	a := IntFn(func(int) int { x := 5; y := x * 2; return y })
	fmt.Println(a.Apply(100))

	var g func(int, string) string = func(int, string) string { s := "ok"; return s }
	fmt.Println(g(1, "z"))

	var f func(int, string) string = seven
	fmt.Println(f(1, "a"), seven(2, "b"))

	var m interface{ M(int, int) string } = K{"ab"}
	fmt.Println(m.M(3, 4))
	mv := K{"c"}.M
	fmt.Println(mv(4, 5))

	var p func(int, int) int = pick
	fmt.Println(p(1, 2), pick(7, 8))

	var l func(string, ...any) int = logf
	fmt.Println(l("x", 1, 2), logf("y"))

	h := func(int, int) (int, string) { q, r := 9, "r"; return q, r }
	fmt.Println(h(1, 2))
}
