package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }
type Level int

func (l Level) String() string { return "L" }

func main() {
	p := &Point{1, 2}
	s := fmt.Sprintf("%p", p)
	fmt.Println(strings.HasPrefix(s, "0x"), s == fmt.Sprintf("%p", p))
	ps := []Point{{1, 2}}
	fmt.Println(strings.HasPrefix(fmt.Sprintf("%p", ps), "0x"))
	m := map[Level]Point{}
	fmt.Println(strings.HasPrefix(fmt.Sprintf("%p", m), "0x"))
	lv := Level(2)
	fmt.Println(fmt.Sprintf("%p", lv))
	fmt.Println(fmt.Sprintf("%p", Point{}))
	fmt.Printf("%*d|\n", Level(4), 7)
	fmt.Printf("%.*f|\n", Level(2), 3.14159)
	fmt.Printf("%c %U\n", Level(65), Level(66))
	fmt.Printf("%t %e\n", Level(1), Level(1))
}
