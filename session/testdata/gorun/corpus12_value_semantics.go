package main

import "fmt"

type Inner struct{ vals [3]int }

type Outer struct {
	name  string
	inner Inner
	tags  []string
	count *int
}

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ }

func modify(o Outer) {
	o.name = "changed"
	o.inner.vals[0] = 99
	o.tags[0] = "shared"
	*o.count = 7
}

func divmod(a, b int) (q, r int) {
	defer func() { q *= 1; r += 0 }()
	q, r = a/b, a%b
	return
}

func main() {
	n := 1
	o := Outer{name: "orig", inner: Inner{[3]int{1, 2, 3}}, tags: []string{"a", "b"}, count: &n}
	modify(o)
	fmt.Println(o.name, o.inner.vals, o.tags, *o.count)
	o2 := o
	o2.inner.vals[1] = -1
	o2.tags = append(o2.tags, "c")
	fmt.Println(o.inner.vals, o2.inner.vals, len(o.tags), len(o2.tags))

	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range copy:", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("range slice:", v)
		}
	}
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(b[3], c[3], len(a))

	c1 := Counter{}
	inc := c1.Inc
	val := c1.Value
	inc()
	inc()
	fmt.Println(c1.n, val(), c1.Value())

	m := map[string]Counter{"x": {1}}
	tmp := m["x"]
	tmp.Inc()
	m["x"] = tmp
	fmt.Println(m["x"].n)
	ptrs := map[string]*Counter{"y": {5}}
	ptrs["y"].Inc()
	fmt.Println(ptrs["y"].n)

	fmt.Println(divmod(17, 5))
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three (fallthrough)")
	default:
		fmt.Println("default")
	}
	x := 1
	if x := 2; x > 1 {
		x++
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	var i8 int8 = 127
	i8++
	var u uint = 0
	u--
	fmt.Println(i8, u == ^uint(0))
	for i, r := range "a\xffb" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	type point struct{ x, y int }
	seen := map[point]bool{{1, 2}: true}
	fmt.Println(seen[point{1, 2}], seen[point{2, 1}], point{1, 2} == point{1, 2})
	grid := [2][2]int{{1, 2}, {3, 4}}
	g2 := grid
	g2[0][0] = 9
	fmt.Println(grid, g2)
	i := 0
	defer fmt.Println("deferred i =", i)
	i = 10
	for k := range 3 {
		defer fmt.Print(k, " ")
	}
}
