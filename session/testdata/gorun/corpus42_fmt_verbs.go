package main

import (
	"fmt"
	"os"
)

type point struct {
	X, Y int
}

type temp float64

func (t temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

func main() {
	p := point{1, 2}
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%T\n", p)
	fmt.Printf("%v %p\n", &p == nil, nil)

	fmt.Printf("%t\n", true)
	fmt.Printf("%d %+d\n", 123, 123)
	fmt.Printf("%b %o %O %x %X %#x\n", 14, 14, 14, 255, 255, 255)
	fmt.Printf("%c %q %U\n", 33, 'x', 0x1F600)
	fmt.Printf("%f %.2f %8.3f|%-8.2f|\n", 78.9, 78.9, 3.14159, 2.5)
	fmt.Printf("%e %E %g %G\n", 123400000.0, 123400000.0, 0.000001234, 1e-10)
	fmt.Printf("%s %q %x % x\n", "string", "quoted\t", "hex", "hex")
	fmt.Printf("|%6d|%-6d|%06d|\n", 12, 345, 42)
	fmt.Printf("|%6s|%-6s|%.2s|\n", "foo", "b", "truncate")
	fmt.Printf("|%*d|%-*d|\n", 5, 7, 4, 8)
	fmt.Printf("%v %v %v\n", []int{1, 2}, map[string]int{"b": 2, "a": 1}, [2]bool{true})
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%x %X\n", []byte("Go"), "Go")
	fmt.Printf("%v %s %d\n", temp(21.55), temp(0), 7)
	fmt.Printf("%5.1f%%\n", 99.5)
	fmt.Printf("%[2]d %[1]d %[2]d\n", 1, 2)
	fmt.Printf("%d %s\n", "wrong", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	var np *point
	var e error
	fmt.Printf("%v %v %+v\n", np, e, []any{nil, 1})
	fmt.Printf("%v %d\n", &p, &[]int{1})

	s := fmt.Sprintf("%03d-%s", 7, "bond")
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, 4))
	fmt.Println(fmt.Sprintln("x", 1) == "x 1\n")
	fmt.Fprintln(os.Stdout, "to stdout", 1, true)
	fmt.Print("no", "space", 1, 2, "\n")
	n, err := fmt.Printf("%s\n", "counted")
	fmt.Println(n, err)
}
