package main

import "fmt"

type counter struct{ n int }

func (c *counter) add(k int) int { c.n += k; return c.n }

func double(n int) int { return 2 * n }

func main() {
	x := 5
	var y = x * 2
	var z, w = double(x), y + 1
	fmt.Println(x, y, z, w)
	c := &counter{}
	var after = c.add(3)
	fmt.Println(after, c.n)
	names := []string{"a", "b"}
	var joined = append(names, "c")
	fmt.Println(joined, len(names))
	var label = fmt.Sprintf("%d-%s", x, names[0])
	fmt.Println(label)
}
