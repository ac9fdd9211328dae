package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name    string
	Age     int
	Addr    *Address
	Home    Address
	Tags    []string
	Scores  map[string]int
	private bool
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Kind int

func main() {
	addr := &Address{"Paris", 75001}
	p := Person{Name: "Zoe", Age: 31, Addr: addr, Home: Address{"Lyon", 69000},
		Tags: []string{"a", "b"}, Scores: map[string]int{"go": 9, "c": 7}}
	fmt.Printf("%v\n", p.Home)
	fmt.Printf("%+v\n", p.Home)
	fmt.Printf("%#v\n", p.Home)
	fmt.Printf("%T %T %T %T\n", p, addr, p.Tags, p.Scores)
	fmt.Printf("%v %+v\n", *addr, *p.Addr)
	fmt.Printf("%#v\n", p.Tags)
	fmt.Printf("%#v\n", p.Scores)
	fmt.Printf("%v\n", p.Scores)
	people := []Person{{Name: "A"}, {Name: "B", Age: 2}}
	fmt.Printf("%v\n", people[1].Home)
	fmt.Printf("%+v\n", []Address{{"X", 1}, {"Y", 2}})
	fmt.Printf("%#v\n", []Address{{"X", 1}})
	fmt.Printf("%v\n", map[string]Address{"k": {"Z", 3}})
	fmt.Printf("%+v\n", map[Address]bool{{"Q", 4}: true})
	fmt.Printf("%#v\n", map[string]*Address{"n": nil})
	fmt.Printf("%q %x %X\n", p.Name, p.Name, "hi")
	fmt.Printf("%q\n", p.Tags)
	fmt.Printf("|%8.3f|%-8.2f|%08.3f|%+d|\n", 3.14159, 2.5, -1.5, 5)
	fmt.Printf("|%-5s|%5s|%.2s|%5.1q|\n", "ab", "cd", "xyz", "hello")
	fmt.Printf("|%6d|%-6d|%06d|%x|\n", 42, 42, -42, -255)
	fmt.Printf("%t %v %5t\n", true, false, true)
	fmt.Printf("%e %g %G %.3e\n", 123456.789, 0.000001234, 1e21, 1.0)
	fmt.Printf("%c %U %#U\n", 'G', 'G', '⌘')
	fmt.Printf("%v %d\n", Kind(3), Kind(3))
	fmt.Printf("%#v %T\n", Kind(3), Kind(3))
	fmt.Printf("%v %+v\n", Pair[string, int]{"a", 1}, Pair[string, []int]{"b", []int{1}})
	fmt.Printf("%T\n", Pair[string, int]{})
	fmt.Printf("%v %+v\n", struct{ A, B int }{1, 2}, struct {
		N string
		P *int
	}{"n", nil})
	fmt.Printf("%d %s\n", []int{1, 2}, []string{"x"})
	fmt.Printf("%v %s\n", [2]bool{true}, fmt.Sprint(3, 4, "x", "y", 5))
	fmt.Printf("%5.2f%%\n", 12.345)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%d\n", "str")
	fmt.Printf("%d %d\n", 1)
	fmt.Println(fmt.Sprintf("%v", nil), fmt.Sprintf("%T", nil))
	fmt.Printf("%v %+v\n", &p.Home, &[]int{1})
	fmt.Printf("%x\n", []byte("go"))
	fmt.Printf("%s\n", []byte("bytes"))
	fmt.Printf("%v\n", []byte("ab"))
	fmt.Printf("%08.3f|%-10v|%10v\n", 3.14159, p.Home, Kind(1))
}
