package main

import (
	"fmt"
	"sort"
	"strings"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (c Celsius) String() string  { return fmt.Sprintf("%.1f°C", float64(c)) }

type Names []string

func (n Names) Len() int           { return len(n) }
func (n Names) Less(i, j int) bool { return strings.ToLower(n[i]) < strings.ToLower(n[j]) }
func (n Names) Swap(i, j int)      { n[i], n[j] = n[j], n[i] }

type MyCelsius Celsius // defined type: methods not inherited
type AliasCelsius = Celsius

type IntSet map[int]struct{}

func (s IntSet) Add(v int) { s[v] = struct{}{} }
func (s IntSet) Has(v int) bool {
	_, ok := s[v]
	return ok
}

type Handler func(string) string

func (h Handler) Twice(s string) string { return h(h(s)) }

func main() {
	c := Celsius(100)
	fmt.Println(c, c.ToF())
	fmt.Printf("%v %.2f %T\n", c, c, c)

	m := MyCelsius(37)
	fmt.Println(m, Celsius(m))
	fmt.Printf("%T\n", m)
	var a AliasCelsius = 20
	fmt.Printf("%v %T\n", a, a)

	n := Names{"bob", "Alice", "carol", "Dave"}
	sort.Sort(n)
	fmt.Println(n, len(n))
	plain := []string(n)
	fmt.Printf("%T %T\n", n, plain)

	set := IntSet{}
	set.Add(3)
	set.Add(3)
	set.Add(5)
	fmt.Println(len(set), set.Has(3), set.Has(4))

	up := Handler(strings.ToUpper)
	ex := Handler(func(s string) string { return s + "!" })
	fmt.Println(up.Twice("go"), ex.Twice("go"))

	var x interface{} = c
	_, isF := x.(float64)
	_, isC := x.(Celsius)
	fmt.Println(isF, isC)
	_, isStringer := x.(fmt.Stringer)
	var y interface{} = m
	_, mStringer := y.(fmt.Stringer)
	fmt.Println(isStringer, mStringer)

	temps := []Celsius{30, -5, 12.5}
	sort.Slice(temps, func(i, j int) bool { return temps[i] < temps[j] })
	fmt.Println(temps)
	fmt.Printf("%v|%s|%d\n", temps[0], temps[1], []int{int(temps[2])})
}
