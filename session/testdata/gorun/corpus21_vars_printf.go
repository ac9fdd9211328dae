package main

import "fmt"

func main() {
	var age int = 25
	var name string = "Alice"
	var height float64 = 1.68
	var isStudent bool = false
	var initial rune = 'A'
	var b byte = 'z'
	var count int
	var ratio float32
	var empty string
	var ptr *int

	fmt.Println("Zero values:", count, ratio, empty == "", ptr == nil)
	fmt.Printf("Name: %s, Age: %d, Height: %.2f, Student: %t\n", name, age, height, isStudent)
	fmt.Printf("%v %+v %#v %T\n", age, age, age, age)
	fmt.Printf("%q %v %T\n", name, name, name)
	fmt.Printf("%c %d %U %T\n", initial, initial, initial, initial)
	fmt.Printf("%c %d %x %T\n", b, b, b, b)
	fmt.Printf("binary %b, octal %o, hex %x, HEX %X, 0x %#x\n", age, age, age, age, age)
	fmt.Printf("|%5d|%-5d|%05d|\n", age, age, age)
	fmt.Printf("|%10s|%-10s|\n", name, name)
	fmt.Printf("%e %E %g\n", height, height, height)
	fmt.Printf("%t %v\n", isStudent, !isStudent)
	fmt.Printf("%%p is a pointer verb, 100%% sure\n")
	fmt.Printf("%T %T %T\n", ratio, ptr, []int{1})

	var (
		x, y int = 10, 20
		z        = x + y
		msg      = fmt.Sprintf("%d+%d=%d", x, y, z)
	)
	fmt.Println(msg)

	const Pi = 3.14159
	const Greeting string = "Hello"
	fmt.Printf("%.3f %s %T\n", Pi, Greeting, Pi)

	a, c := 1, "two"
	a, d := 3, 4.5
	fmt.Println(a, c, d)

	s := fmt.Sprint("a", 1, 2, "b", 3.0, true)
	fmt.Println(s)
	fmt.Println(fmt.Sprintln("end", 1) + "!")
	fmt.Printf("%v %d\n", []string{"x", "y"}, []int{1, 2})
	fmt.Printf("%x %X % x\n", "Go!", []byte("hi"), "abc")
	fmt.Printf("%08.3f|%+d|%+.1f\n", 3.14159, 5, -2.25)
	fmt.Printf("%*d|%-*d|\n", 6, 42, 6, 42)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%d %s\n", "wrong", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
}
