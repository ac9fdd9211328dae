package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Show() string { return fmt.Sprintf("%s=%d", c.name, c.n) }
func (c *Counter) Inc()        { c.n++ }
func (c *Counter) ShowPtr() string {
	return fmt.Sprintf("%s=%d", c.name, c.n)
}

func main() {
	c := Counter{name: "c"}

	show := c.Show       // receiver copied now
	showPtr := c.ShowPtr // &c bound now
	inc := c.Inc

	inc()
	inc()
	c.n += 10

	fmt.Println("value method value:", show())
	fmt.Println("pointer method value:", showPtr())
	fmt.Println("current:", c.Show())

	// Method expressions take the receiver as the first argument.
	f := Counter.Show
	g := (*Counter).Inc
	g(&c)
	fmt.Println(f(c))

	// Deferred method values bind at the defer statement.
	d := Counter{name: "d", n: 1}
	defer fmt.Println("deferred value:", d.Show())
	defer func() { fmt.Println("deferred closure:", d.Show()) }()
	deferShow := d.Show
	defer func() { fmt.Println("deferred bound method value:", deferShow()) }()
	d.n = 100

	// Slices of method values.
	counters := []Counter{{name: "a"}, {name: "b"}}
	var shows []func() string
	for i := range counters {
		shows = append(shows, counters[i].Show)
		counters[i].Inc()
	}
	for _, s := range shows {
		fmt.Println(s())
	}
	fmt.Println(counters)
}
