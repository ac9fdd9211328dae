package main

import (
	"fmt"
	"os"
)

type pt struct {
	X, Y int
	name string
}

type wrapper struct {
	P     *pt
	Inner pt
}

func main() {
	p := pt{1, 2, "a"}
	fmt.Println(p, &p)
	fmt.Printf("%v|%+v|%#v\n", p, p, p)
	fmt.Printf("%T %T\n", p, &p)

	var np *pt
	fmt.Println(np, np == nil)
	fmt.Printf("%v %+v\n", np, wrapper{Inner: p})

	var e error
	fmt.Println(e)
	fmt.Printf("%v\n", e)

	// Wrong verbs and arg counts are reported in the output.
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s %s\n", "only one")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")

	// Println adds spaces between operands; Print only between non-strings.
	fmt.Print("a", "b", 1, 2, "c", 3.5, "\n")
	fmt.Println("a", "b", 1, 2)

	fmt.Printf("%q %v %x %X\n", []string{"a b", "c"}, []byte("hi"), "hi", []byte{1, 171})
	fmt.Printf("%5s|%-5s|%.2s|%05d|%x\n", "ab", "ab", "abcdef", 42, -255)
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%c %U %#U\n", 0x1F600, 'A', 'é')
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)

	s := fmt.Sprint("x", 1, 2, "y")
	fmt.Println(s, len(s))
	fmt.Fprintln(os.Stdout, []interface{}{1, "a", nil, 2.5})
	fmt.Println(struct{}{}, [0]int{}, map[string]bool{}, [][]int{{1}, nil, {}})
	fmt.Printf("%v %d\n", []*int{nil}, []int8{-1, 2})
	fmt.Printf("%08.3f|%+d|% d|%x\n", 3.14159, 5, 5, 3.5)
	fmt.Printf("%v %v\n", int64(1)<<62, uint64(1)<<63)
}
