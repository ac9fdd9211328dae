package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Show() string { return fmt.Sprintf("%s=%d", c.name, c.n) }
func (c *Counter) Inc()        { c.n++ }

func main() {
	c := Counter{name: "c"}

	// A value-receiver method value copies the receiver when it is evaluated.
	show := c.Show
	c.Inc()
	c.Inc()
	fmt.Println("bound earlier:", show())
	fmt.Println("now:", c.Show())

	// A pointer-receiver method value binds &c and sees later changes.
	inc := c.Inc
	inc()
	inc()
	fmt.Println("after inc():", c.Show())

	// Method expressions take the receiver as the first argument.
	showExpr := Counter.Show
	incExpr := (*Counter).Inc
	incExpr(&c)
	fmt.Println(showExpr(c))

	// Binding in a loop: each method value holds its own copy.
	items := []Counter{{"a", 1}, {"b", 2}, {"c", 3}}
	var shows []func() string
	for _, it := range items {
		shows = append(shows, it.Show)
	}
	items[0].n = 100
	for _, f := range shows {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Deferred method values evaluate the receiver at the defer statement.
	func() {
		d := Counter{name: "d", n: 1}
		defer fmt.Println("deferred value method:", d.Show())
		dp := &d
		defer func() { fmt.Println("deferred closure:", dp.Show()) }()
		d.n = 42
	}()

	// Method value via interface.
	var s fmt.Stringer = named("x")
	f := s.String
	s = named("y")
	fmt.Println(f(), s.String())
}

type named string

func (n named) String() string { return "named(" + string(n) + ")" }
