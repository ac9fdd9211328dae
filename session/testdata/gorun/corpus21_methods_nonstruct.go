package main

import (
	"fmt"
	"sort"
	"strings"
)

type MyInt int

func (m MyInt) IsEven() bool  { return m%2 == 0 }
func (m MyInt) Double() MyInt { return m * 2 }
func (m *MyInt) Increment()   { *m++ }

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit   { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius   { return Celsius((f - 32) * 5 / 9) }
func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

type StringList []string

func (s StringList) Join() string       { return strings.Join(s, "|") }
func (s StringList) Len() int           { return len(s) }
func (s StringList) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s StringList) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type Counter map[string]int

func (c Counter) Add(k string) { c[k]++ }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed"}[d]
}

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	var n MyInt = 7
	fmt.Println(n.IsEven(), n.Double(), n.Double().IsEven())
	n.Increment()
	fmt.Println(n, n.IsEven())
	fmt.Printf("%v %d %T\n", n, n, n)

	temp := Celsius(100)
	fmt.Println(temp, temp.ToF(), temp.ToF().ToC())
	fmt.Printf("%v %.2f %s\n", Fahrenheit(-40).ToC(), float64(temp), Celsius(37.5))
	fmt.Println([]Celsius{0, 25})

	words := StringList{"banana", "kiwi", "apple", "fig"}
	sort.Sort(words)
	fmt.Println(words.Join(), words)

	c := Counter{}
	c.Add("a")
	c.Add("a")
	c.Add("b")
	fmt.Println(c, len(c))

	fmt.Println(Monday, Wednesday+0, Weekday(2))
	fmt.Printf("%v %d %s\n", Tuesday, Tuesday, Sunday)
	days := map[Weekday]bool{Monday: true}
	fmt.Println(days)

	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(3, 4))
	f := MyInt.Double
	fmt.Println(f(21))
	g := n.IsEven
	n = 100
	fmt.Println(g())
	pm := (*MyInt).Increment
	pm(&n)
	fmt.Println(n)
}
