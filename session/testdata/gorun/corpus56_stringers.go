package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Counter struct{ n int }

func (c *Counter) String() string { return fmt.Sprintf("Counter(%d)", c.n) }

type Pair struct {
	Key   string
	Value Celsius
}

type Holder struct {
	C  Counter
	PC *Counter
}

func main() {
	t := Celsius(21.5)
	fmt.Println(t)
	fmt.Printf("%v %s %+v %#v %T\n", t, t, t, t, t)
	fmt.Printf("%.2f %g\n", t, t)

	c := Counter{3}
	fmt.Println(c)
	fmt.Println(&c)
	fmt.Printf("%v %+v\n", c, &c)
	fmt.Printf("%s\n", &c)

	p := Pair{"room", 19}
	fmt.Println(p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p)

	h := Holder{C: Counter{1}, PC: &Counter{2}}
	fmt.Printf("%v\n", h.C)
	fmt.Printf("%v\n", h.PC)
	fmt.Println(h.PC, h.C)

	temps := []Celsius{1, 2.25, -3}
	fmt.Println(temps)
	fmt.Printf("%v\n", temps)
	m := map[string]Celsius{"a": 10, "b": 20}
	fmt.Println(m)
	counters := []*Counter{{1}, {2}}
	fmt.Println(counters[0], counters[1])
	fmt.Println(len(counters))
	var s fmt.Stringer = t
	fmt.Println(s)
	s = &c
	fmt.Println(s)
	fmt.Printf("%T %T\n", s, t)
}
