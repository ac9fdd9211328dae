package main

import (
	"fmt"
	"os"
)

type Creature struct {
	Name string
	Age  int
}

func main() {
	c := Creature{"Sammy", 5}
	fmt.Printf("%v\n", c)
	fmt.Printf("%+v\n", c)
	fmt.Printf("%#v\n", c)
	fmt.Printf("%T\n", c)
	fmt.Printf("%v %+v\n", &c, &c)

	fmt.Printf("%d %5d %-5d| %05d\n", 42, 42, 42, 42)
	fmt.Printf("%b %o %O %x %X %#x\n", 10, 10, 10, 255, 255, 255)
	fmt.Printf("%c %U %q\n", 'G', 'G', 'G')
	fmt.Printf("%f %.2f %8.3f %e %g\n", 3.14159, 3.14159, 3.14159, 123456.789, 0.000012)
	fmt.Printf("%s %q %10s|%-10s|\n", "go", "go", "right", "left")
	fmt.Printf("%x % x\n", "hi", "hi")
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%v %v\n", []int{1, 2, 3}, map[string]int{"a": 1, "b": 2})
	fmt.Printf("%q\n", []string{"x", "y"})
	fmt.Printf("%p\n", nil)
	fmt.Printf("%%d is a verb\n")
	fmt.Printf("%*d|%-*d|\n", 6, 7, 6, 7)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%d\n", "oops")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%v\n", nil)
	fmt.Printf("%6.2f%%\n", 99.5)

	s := fmt.Sprintf("%s is %d years old", c.Name, c.Age)
	fmt.Println(s)
	fmt.Print("a", "b", 1, 2, "c\n")
	fmt.Println("a", "b", 1, 2, "c")
	fmt.Fprintln(os.Stdout, "to stdout")
	n, err := fmt.Printf("%s\n", "count me")
	fmt.Println(n, err)
	var e error
	fmt.Printf("%v\n", e)
	fmt.Printf("%v %s\n", struct{}{}, []byte("bytes"))
}
