package main

import (
	"fmt"
	"strings"
)

type T struct{ a int }

func (tv T) Mv(x int) int          { return tv.a + x }
func (tp *T) Mp(f float32) float32 { tp.a++; return f * float32(tp.a) }

type Op func(int, int) int

func apply(op Op, a, b int) int { return op(a, b) }

type Calc struct{ base int }

func (c Calc) Add(a, b int) int { return c.base + a + b }

func main() {
	var t T = T{a: 2}
	f := t.Mv
	t.a = 100
	fmt.Println(f(1), t.Mv(1))

	g := T.Mv
	fmt.Println(g(t, 5))
	h := (*T).Mp
	fmt.Println(h(&t, 2), t.a)
	pm := t.Mp
	fmt.Println(pm(1), pm(1), t.a)
	k := (*T).Mv
	fmt.Println(k(&t, 0))

	fmt.Printf("%T\n%T\n%T\n", g, h, f)

	c := Calc{10}
	fmt.Println(apply(c.Add, 1, 2), Calc.Add(c, 3, 4), apply(Op(func(a, b int) int { return a * b }), 6, 7))
	up := strings.ToUpper
	funcs := []func(string) string{up, strings.TrimSpace, strings.NewReplacer("a", "4").Replace}
	s := "  banana  "
	for _, fn := range funcs {
		s = fn(s)
	}
	fmt.Printf("%q\n", s)
	var iface fmt.Stringer = &strings.Builder{}
	str := iface.String
	fmt.Printf("%q\n", str())
	is := fmt.Stringer.String
	fmt.Println(is(iface) == "")
}
