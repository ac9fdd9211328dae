package main

import (
	"fmt"
	"strconv"
)

type Celsius float64
type Fahrenheit float64
type UserID int
type Label string

type Number interface {
	~int | ~int64 | ~float64
}

func Double[T Number](v T) T { return v * 2 }

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case Celsius:
		return fmt.Sprintf("celsius %.1f", float64(x))
	case UserID:
		return "user #" + strconv.Itoa(int(x))
	case int:
		return "plain int " + strconv.Itoa(x)
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func (l Label) String() string { return "<" + string(l) + ">" }

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	t := Celsius(21.5)
	id := UserID(42)
	fmt.Printf("%v %T\n", t, t)
	fmt.Printf("%v %T\n", id, id)
	d := Double(t)
	fmt.Printf("%v %T\n", d, d)
	fmt.Printf("%v %T\n", Double(id), Double(id))
	fmt.Println(Describe(t))
	fmt.Println(Describe(id))
	fmt.Println(Describe(7))
	fmt.Println(Describe(Label("x")))
	fmt.Println(Describe(3.5))
	fmt.Printf("%.1f %T\n", CToF(100), CToF(100))
	fmt.Println(Label("hi"))
	fmt.Printf("%s|%v|%q\n", Label("a"), Label("b"), Label("c"))
}
