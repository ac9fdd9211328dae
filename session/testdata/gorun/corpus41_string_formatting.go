package main

import (
	"fmt"
	"os"
)

type point struct {
	x, y int
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func main() {
	p := point{1, 2}
	fmt.Printf("struct1: %v\n", p)
	fmt.Printf("struct2: %+v\n", p)
	fmt.Printf("struct3: %#v\n", p)
	fmt.Printf("type: %T\n", p)
	fmt.Printf("ptr type: %T\n", &p)

	fmt.Printf("bool: %t\n", true)
	fmt.Printf("int: %d\n", 123)
	fmt.Printf("bin: %b\n", 14)
	fmt.Printf("char: %c\n", 33)
	fmt.Printf("hex: %x\n", 456)
	fmt.Printf("float1: %f\n", 78.9)
	fmt.Printf("float2: %e\n", 123400000.0)
	fmt.Printf("float3: %E\n", 123400000.0)
	fmt.Printf("str1: %s\n", "\"string\"")
	fmt.Printf("str2: %q\n", "\"string\"")
	fmt.Printf("str3: %x\n", "hex this")
	fmt.Printf("width1: |%6d|%6d|\n", 12, 345)
	fmt.Printf("width2: |%6.2f|%6.2f|\n", 1.2, 3.45)
	fmt.Printf("width3: |%-6.2f|%-6.2f|\n", 1.2, 3.45)
	fmt.Printf("width4: |%6s|%6s|\n", "foo", "b")
	fmt.Printf("width5: |%-6s|%-6s|\n", "foo", "b")
	fmt.Printf("pad: %05d %+d %x %X %o %#x\n", 42, 42, 255, 255, 8, 255)
	fmt.Printf("slice: %v %q %#v\n", []string{"a", "b"}, []string{"a", "b"}, []int{1})
	fmt.Printf("map: %v %#v\n", map[string]int{"a": 1}, map[string]bool{"t": true})
	fmt.Printf("rune: %q %U\n", 'x', 'x')
	fmt.Printf("stringer: %v %s %d\n", Temp(21.5), Temp(-3), 7)
	fmt.Printf("nested: %+v\n", struct {
		P    point
		Tags []string
	}{p, []string{"t"}})
	fmt.Printf("%T %T %T %T\n", 1, 2.0, "s", []any{nil})

	s := fmt.Sprintf("sprintf: a %s", "string")
	fmt.Println(s)

	fmt.Fprintf(os.Stdout, "io: an %s\n", "error")
}
