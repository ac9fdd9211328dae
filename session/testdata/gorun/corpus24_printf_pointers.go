package main

import (
	"fmt"
)

type Node struct {
	Val  int
	Next *Node
}

type User struct {
	Name string
	Age  int
	Tags []string
	Meta map[string]int
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func main() {
	u := &User{Name: "Ana", Age: 30, Tags: []string{"a", "b"}, Meta: map[string]int{"k": 1}}
	fmt.Println(u)
	fmt.Printf("%v\n", u)
	fmt.Printf("%+v\n", u)
	fmt.Printf("%+v\n", *u)

	var nilUser *User
	fmt.Println(nilUser)
	fmt.Printf("%v %+v\n", nilUser, nilUser)

	n := &Node{Val: 1}
	fmt.Printf("%v\n", n)
	fmt.Printf("%+v\n", n)

	pp := &u
	fmt.Println((*pp).Name, (**pp).Age)
	fmt.Println(**pp)

	x := 5
	px := &x
	ppx := &px
	**ppx = 6
	fmt.Println(x, *px == 6, *ppx == px)

	t := Temp(21.55)
	pt := &t
	fmt.Println(t, pt)
	fmt.Printf("%v %s %.2f\n", t, pt, float64(t))

	users := []*User{{Name: "B"}, {Name: "C", Age: 2}}
	fmt.Println(len(users), users[0].Name, *users[1])

	var ip *int
	fmt.Println(ip, ip == nil)
	fmt.Printf("%d %v %t\n", []int{1, 2}, []string{"x"}, true)
	fmt.Printf("%5.2f|%-6s|%06d|%x|%X|%o\n", 3.14159, "go", 42, 255, "hi", 8)
	fmt.Printf("%q %v %#v\n", []string{"a b"}, struct{ A, B int }{1, 2}, struct{ A, B int }{1, 2})
	fmt.Printf("%T %T %T\n", u, pp, users)
	fmt.Printf("%!d %z\n", 1)
	fmt.Printf("%d\n", "str")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%s\n", 1, 2)
}
