package main

import "fmt"

func main() {
	n := 42
	f := 3.14159265
	s := "gopher"
	fmt.Printf("|%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%O|%b|%#x|%#o|\n", n, n, n, n, n, n, n, n, n, n, n, n)
	fmt.Printf("|%f|%.2f|%8.3f|%-8.3f|%08.3f|%e|%E|%g|%G|\n", f, f, f, f, f, f, f, f, f)
	fmt.Printf("|%s|%10s|%-10s|%.3s|%q|%x|% x|%X|\n", s, s, s, s, s, s, s, s)
	fmt.Printf("|%c|%U|%#U|%q|\n", 'G', 'G', '⌘', 'x')
	fmt.Printf("|%t|%v|%p|\n", true, nil, nil)
	fmt.Printf("|%*d|%-*d|%.*f|\n", 6, 7, 6, 7, 2, f)
	fmt.Printf("|%[2]d %[1]d|%[1]d %[1]x|\n", 10, 20)
	fmt.Printf("|%d|\n", "str")
	fmt.Printf("|%d %d|\n", 1)
	fmt.Printf("|%d|\n", 1, 2)
	fmt.Printf("|%!|%z|\n", 3)
	fmt.Printf("|%6.2f%%|\n", 99.5)
	fmt.Printf("|%v|%d|%s|\n", []int{1, 2}, []int{1, 2}, []string{"a", "b"})
	fmt.Printf("|%x|%X|% X|\n", []byte("hi"), []byte{1, 171}, []byte{1, 171})
	fmt.Printf("|%v|%.1f|\n", complex(1, -2), 3+4i)
	fmt.Printf("|%8.3s|%-8q|\n", "abcdef", "a")
	fmt.Printf("|%+q|%#q|\n", "héllo", "back`tick")
	fmt.Printf("|%t|\n", 1)
	fmt.Printf("|%08b|%3c|\n", 5, 'z')
	fmt.Printf("|%x|%.3x|\n", 3.5, "abcdef")
	var ip *int
	fmt.Printf("|%v|%d|\n", ip, []*int{nil})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil))
	fmt.Println(fmt.Sprintln("x", 1), "end")
	fmt.Printf("%v %v\n", int8(-128), uint8(255))
	fmt.Printf("%6.2v|%v|%v\n", 3.14159, float32(0.1), 1e21)
	fmt.Printf("%v %v %v\n", 1e6, 1e-5, 100000000.0)
}
