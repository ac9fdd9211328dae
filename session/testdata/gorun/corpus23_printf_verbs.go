package main

import (
	"fmt"
	"os"
)

type T struct {
	a int
	b float64
	c string
}

type Celsius float64

func main() {
	var x uint64 = 1<<64 - 1
	fmt.Printf("%d %x; %d %x\n", x, x, int64(x), int64(x))
	t := &T{7, -2.35, "abc\tdef"}
	fmt.Printf("%v\n", t)
	fmt.Printf("%+v\n", t)
	fmt.Printf("%#v\n", t)
	fmt.Printf("%T %T\n", t, *t)
	fmt.Printf("%v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%q %q\n", "hi\n", 'x')
	fmt.Printf("%x % x %X\n", "hello", []byte("hi"), "go")
	fmt.Printf("%8.3f|%-8d|%08b\n", 3.14159, 42, 5)
	fmt.Printf("%#v %#v\n", []string{"a"}, Celsius(3))
	fmt.Printf("%T %T %T\n", Celsius(1), []any{1}, struct{ X int }{1})
	fmt.Printf("%v %d\n", []int{1, 2}, []int{3, 4})
	fmt.Printf("%t %p\n", true, nil)
	fmt.Printf("%c %U\n", 0x65E5, 0x65E5)
	fmt.Printf("%e %g %G\n", 123456.789, 1e21, 1e-7)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%d\n", "oops")
	fmt.Printf("%d %d\n", 1)
	fmt.Fprint(os.Stdout, "Hello ", 23, "\n")
	fmt.Println(fmt.Sprint("a", 1, 2, "b"), fmt.Sprintln("x", 3))
	var e error
	fmt.Printf("%v %T\n", e, e)
}
