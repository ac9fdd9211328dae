package main

import "fmt"

type Light int

const (
	Red Light = iota
	Green
	Yellow
)

func (l Light) String() string {
	switch l {
	case Red:
		return "RED"
	case Green:
		return "GREEN"
	case Yellow:
		return "YELLOW"
	}
	return fmt.Sprintf("Light(%d)", int(l))
}

func (l Light) Next() Light {
	return (l + 1) % 3
}

func (l Light) Duration() int {
	return [...]int{30, 25, 5}[l]
}

type Intersection struct {
	NS, EW Light
	clock  int
}

func (x *Intersection) Tick() {
	x.clock++
	if x.clock%2 == 0 {
		x.NS = x.NS.Next()
		if x.NS == Red {
			x.EW = Green
		} else {
			x.EW = Red
		}
	}
}

func main() {
	l := Red
	total := 0
	for range 7 {
		fmt.Printf("%-6v for %2ds\n", l, l.Duration())
		total += l.Duration()
		l = l.Next()
	}
	fmt.Println("elapsed:", total)
	fmt.Println(Light(7))
	fmt.Printf("%d %s %q %v\n", Green, Green, Yellow, []Light{Red, Yellow})

	x := &Intersection{NS: Green, EW: Red}
	for i := 0; i < 6; i++ {
		x.Tick()
		fmt.Printf("t=%d NS=%v EW=%v\n", x.clock, x.NS, x.EW)
	}
	fmt.Printf("%+v\n", *x)
}
