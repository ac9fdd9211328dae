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
	fmt.Printf("bool: %t\n", true)
	fmt.Printf("int: %d\n", 123)
	fmt.Printf("bin: %b %08b\n", 14, 5)
	fmt.Printf("char: %c\n", 33)
	fmt.Printf("hex: %x %X %#x\n", 456, 456, 255)
	fmt.Printf("oct: %o %O\n", 8, 8)
	fmt.Printf("float1: %f\n", 78.9)
	fmt.Printf("float2: %e\n", 123400000.0)
	fmt.Printf("float3: %E %g %G\n", 123400000.0, 0.000012, 1e21)
	fmt.Printf("str1: %s\n", "\"string\"")
	fmt.Printf("str2: %q\n", "\"string\"")
	fmt.Printf("str3: %x % x\n", "hex this", "hi")
	fmt.Printf("width1: |%6d|%6d|\n", 12, 345)
	fmt.Printf("width2: |%6.2f|%6.2f|\n", 1.2, 3.45)
	fmt.Printf("width3: |%-6.2f|%-6.2f|\n", 1.2, 3.45)
	fmt.Printf("width4: |%6s|%6s|\n", "foo", "b")
	fmt.Printf("width5: |%-6s|%-6s|\n", "foo", "b")
	fmt.Printf("pad: |%05d|%+d|%x|%*d|\n", 42, 42, -255, 5, 7)
	fmt.Printf("unicode: %U %#U\n", 0x1F600, 'ä')
	fmt.Printf("slices: %v %q %#v\n", []int{1, 2}, []string{"a", "b"}, []string{"c"})
	fmt.Printf("maps: %v %#v\n", map[string]int{"b": 2, "a": 1}, map[string]bool{"x": true})
	fmt.Printf("ptr struct: %+v\n", &p)
	fmt.Printf("stringer: %v %s %d\n", Temp(21.55), Temp(-3), 7)
	fmt.Printf("missing: %d %!\n", "str")
	fmt.Printf("extra: %d\n", 1, 2)
	fmt.Printf("%v %v %v\n", nil, []byte("ab"), [2]bool{true})
	fmt.Printf("%6.3v|%.2s|%c%c\n", 3.14159, "golang", 'o', 'k')
	fmt.Printf("%t %v %08.3f %x\n", false, int8(-5), 3.14159, []byte{1, 171})
	s := fmt.Sprintf("sprintf: a %s", "string")
	fmt.Println(s)
	fmt.Fprintf(os.Stdout, "io: an %s\n", "error")
	fmt.Print("a", "b", 1, 2, "c", 3.5, "\n")
	fmt.Println(fmt.Sprint("x", 1, 2, "y"), fmt.Sprintln("end"))
	type inner struct {
		A []int
		B map[string]int
		C *int
	}
	fmt.Printf("%+v\n", inner{A: []int{1}, B: map[string]int{"k": 1}})
	fmt.Printf("%#v\n", inner{A: []int{1}})
}
