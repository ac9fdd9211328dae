package main

import (
	"fmt"
	"strings"
)

type Temp interface {
	C() float64
	fmt.Stringer
}

type C float64
type F float64
type K float64

func (c C) C() float64 { return float64(c) }
func (f F) C() float64 { return (float64(f) - 32) * 5 / 9 }
func (k K) C() float64 { return float64(k) - 273.15 }

func (c C) String() string { return fmt.Sprintf("%gC", float64(c)) }
func (f F) String() string { return fmt.Sprintf("%gF", float64(f)) }
func (k K) String() string { return fmt.Sprintf("%gK", float64(k)) }

func hottest(ts ...Temp) Temp {
	var best Temp
	for _, t := range ts {
		if best == nil || t.C() > best.C() {
			best = t
		}
	}
	return best
}

func main() {
	ts := []Temp{C(21), F(70), K(300), C(-5), F(-40)}
	fmt.Println(ts)
	for _, t := range ts {
		fmt.Printf("%-6v = %7.2f°C  %T\n", t, t.C(), t)
	}
	fmt.Println("hottest:", hottest(ts...))
	fmt.Println("none:", hottest())
	fmt.Println(strings.Repeat("=", 20))
	for f := F(0); f <= 100; f += 25 {
		fmt.Printf("%5v | %6.1f\n", f, f.C())
	}
	var t Temp = C(37.5)
	switch v := t.(type) {
	case C:
		fmt.Println("celsius", float64(v), v)
	case F:
		fmt.Println("fahrenheit", v)
	}
	if c, ok := t.(C); ok {
		fmt.Printf("%v %.1f %T\n", c, c, c)
	}
	_, isF := t.(F)
	fmt.Println("is F:", isF)
}
