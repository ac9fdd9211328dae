package main

import (
	"fmt"
	"os"
)

type point struct {
	x, y int
}

func main() {
	p := point{1, 2}
	fmt.Printf("struct1: %v\n", p)
	fmt.Printf("struct2: %+v\n", p)
	fmt.Printf("struct3: %#v\n", p)
	fmt.Printf("type: %T\n", p)
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
	fmt.Printf("pointer is non-nil: %t\n", &p != nil)
	fmt.Printf("width1: |%6d|%6d|\n", 12, 345)
	fmt.Printf("width2: |%6.2f|%6.2f|\n", 1.2, 3.45)
	fmt.Printf("width3: |%-6.2f|%-6.2f|\n", 1.2, 3.45)
	fmt.Printf("width4: |%6s|%6s|\n", "foo", "b")
	fmt.Printf("width5: |%-6s|%-6s|\n", "foo", "b")
	s := fmt.Sprintf("sprintf: a %s", "string")
	fmt.Println(s)
	fmt.Fprintf(os.Stderr, "io: an %s\n", "error")

	fmt.Printf("%#v %#v %#v\n", []int{1, 2}, map[string]int{"a": 1}, "q")
	fmt.Printf("%08.3f|%+d|%X|%o|%#x|%#o\n", 3.14159, 5, 255, 8, 255, 8)
	fmt.Printf("%v %v\n", &p, []*point{} == nil)
	fmt.Printf("%5t|%-5t|\n", true, false)
	fmt.Printf("%3c|%-4q|%U\n", 'A', 'B', 0x1F600)
	fmt.Printf("%g %G %.3g\n", 1e21, 1e-7, 3.14159)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%v %d\n", nil, []byte("hi"))
	fmt.Printf("%x % x %X\n", []byte{1, 171}, []byte{1, 171}, "hi")
	fmt.Printf("%*d|%-*d|\n", 5, 42, 4, 7)
	type inner struct {
		P *point
		S []string
		M map[string]bool
	}
	fmt.Printf("%+v\n", inner{nil, []string{"a"}, map[string]bool{"k": true}})
	fmt.Printf("%#v\n", inner{S: []string{"a"}})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5))
	fmt.Println(fmt.Sprintln("x", 1) == "x 1\n")
}
