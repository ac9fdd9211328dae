package main

import "fmt"

type Creature struct {
	Name     string
	Greeting string
}

func (c Creature) Greet() string {
	return fmt.Sprintf("%s says %s", c.Name, c.Greeting)
}

func (c Creature) Rename(name string) {
	c.Name = name // changes only the copy
}

func (c *Creature) SetName(name string) {
	c.Name = name
}

type Counter struct {
	n int
}

func (c *Counter) Inc() *Counter {
	c.n++
	return c
}

func (c Counter) Value() int { return c.n }

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r *Rect) Scale(f float64) {
	r.W *= f
	r.H *= f
}

func main() {
	sammy := Creature{Name: "Sammy", Greeting: "Hello!"}
	fmt.Println(sammy.Greet())
	sammy.Rename("Jamie")
	fmt.Println("after Rename:", sammy.Name)
	sammy.SetName("Jamie")
	fmt.Println("after SetName:", sammy.Name)

	// Pointer receivers through a pointer, value receivers through a pointer too.
	p := &sammy
	fmt.Println(p.Greet())

	var c Counter
	c.Inc().Inc().Inc()
	fmt.Println("counter:", c.Value())

	temp := Celsius(100)
	fmt.Printf("%.1f°F\n", temp.ToF())
	fmt.Printf("%.1f°C\n", Fahrenheit(212).ToC())

	var list IntList
	list.Push(3)
	list.Push(4)
	list.Push(5)
	fmt.Println(list, list.Sum())

	// Method values bind the receiver.
	r := Rect{2, 3}
	area := r.Area
	r.Scale(2)
	fmt.Println(area(), r.Area())

	// Method expressions take the receiver as the first argument.
	areaOf := Rect.Area
	scale := (*Rect).Scale
	scale(&r, 0.5)
	fmt.Println(areaOf(r))

	// Methods on slice elements and map values.
	rects := []Rect{{1, 1}, {2, 2}}
	for i := range rects {
		rects[i].Scale(3)
	}
	fmt.Println(rects)
	for _, rr := range rects {
		rr.Scale(100)
	}
	fmt.Println(rects)

	m := map[string]*Counter{"a": {}}
	m["a"].Inc()
	fmt.Println(m["a"].Value())
	fmt.Printf("%v %+v\n", c, sammy)
}
