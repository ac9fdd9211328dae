package main

import "fmt"

type Light int

const (
	Red Light = iota
	Green
	Yellow
)

var names = [...]string{"Red", "Green", "Yellow"}

func (l Light) String() string {
	if int(l) < len(names) {
		return names[l]
	}
	return fmt.Sprintf("Light(%d)", int(l))
}

func (l Light) Duration() int {
	switch l {
	case Red:
		return 4
	case Green:
		return 3
	default:
		return 1
	}
}

func (l Light) Next() Light { return (l + 1) % 3 }

type Intersection struct {
	NS, EW Light
	timer  int
}

func (in *Intersection) Tick() (changed bool) {
	in.timer++
	if in.timer < in.NS.Duration() {
		return false
	}
	in.timer = 0
	in.NS = in.NS.Next()
	switch in.NS {
	case Red:
		in.EW = Green
	case Green, Yellow:
		in.EW = Red
	}
	return true
}

func main() {
	in := Intersection{NS: Green, EW: Red}
	for t := 1; t <= 12; t++ {
		if in.Tick() {
			fmt.Printf("t=%2d change: NS=%v EW=%v\n", t, in.NS, in.EW)
		} else {
			fmt.Printf("t=%2d        NS=%-6s EW=%s\n", t, in.NS, in.EW)
		}
	}
	fmt.Println(Light(7), Yellow, []Light{Red, Green})
	fmt.Printf("%v %d %s %q %x\n", Green, Green, Yellow, Red, Yellow)
	fmt.Printf("%+v\n", in)
	m := map[Light]int{Red: 1, Green: 2, Yellow: 3}
	fmt.Println(m)
}
