package main

import (
	"fmt"
	"strings"
)

type Row struct {
	Name    string
	Qty     int
	Price   float64
	InStock bool
}

func main() {
	rows := []Row{
		{"Apple", 12, 0.5, true},
		{"Banana (ripe)", 150, 0.25, true},
		{"Cherry", 0, 12.125, false},
		{"Durian", 3, 15.999, true},
	}
	header := fmt.Sprintf("%-15s|%6s|%8s|%-5s", "Item", "Qty", "Price", "Stock")
	fmt.Println(header)
	fmt.Println(strings.Repeat("-", len(header)))
	total := 0.0
	for _, r := range rows {
		fmt.Printf("%-15s|%6d|%8.2f|%-5t\n", r.Name, r.Qty, r.Price, r.InStock)
		total += float64(r.Qty) * r.Price
	}
	fmt.Printf("%-15s|%6s|%8.2f|\n", "TOTAL", "", total)

	// Widths from arguments.
	for _, w := range []int{4, 8} {
		fmt.Printf("[%*d] [%-*d] [%.*f]\n", w, 42, w, 42, w/2, 3.14159265)
	}

	fmt.Printf("[%5.1f%%] [%+d] [% d] [%05d] [%x] [%X] [%o] [%b] [%#x] [%#o]\n", 99.5, 5, 5, -42, 255, 255, 8, 5, 255, 8)
	fmt.Printf("[%e] [%E] [%g] [%G] [%.3g]\n", 123456.789, 0.000123, 1e21, 1e-7, 2.0/3)
	fmt.Printf("[%10.3s] [%-10q] [%c] [%U] [%#U]\n", "abcdef", "go", 'G', 0x1F600, 'x')
	fmt.Printf("[%v] [%+v] [%#v]\n", rows[0], rows[0], rows[0])
	fmt.Printf("[%T] [%T] [%T] [%p]\n", rows, total, header, nil)
	fmt.Printf("[%6.2v] [%t] [%v] [%d]\n", 3.14159, false, []string{"a", "b"}, []int{1, 2})
	fmt.Printf("[%x] [% x] [%q]\n", "hi!", []byte("hi!"), []string{"a b", "c"})
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n")
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil))
	fmt.Println(fmt.Sprintln("x", 1) == "x 1\n")
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%08.3f|%-8.3f|%+.1e\n", -3.14159, 2.5, 12345.678)
	var ip *int
	fmt.Printf("%v %d\n", ip, []*int{nil}[0] == nil)
}
