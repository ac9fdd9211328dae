package main

import (
	"fmt"
	"log"
	"os"
	"strings"
)

type Point struct{ X, Y int }
type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Node struct {
	Val  int
	Next *Node
}

func logf(format string, args ...any) {
	fmt.Printf("[log] "+format+"\n", args...)
}

func describeAll(vals ...any) string {
	var parts []string
	for _, v := range vals {
		parts = append(parts, fmt.Sprintf("%v:%T", v, v))
	}
	return strings.Join(parts, " ")
}

func main() {
	format := "%v %T\n"
	p := Point{1, 2}
	fmt.Printf(format, p, p)
	fmt.Printf(strings.Repeat("%v ", 2)+"%[1]T\n", p, Temp(3))
	logf("%v is %[1]T, %+v", p, &Node{Val: 1})
	logf("%T %v %q", Temp(2), Temp(2), Temp(5))
	fmt.Println(describeAll(p, &p, Temp(1), []Point{p}, map[string]*Node{"n": nil}, nil))
	l := log.New(os.Stdout, "app: ", 0)
	l.Printf("%v (%[1]T) %v", p, Temp(4))
	l.Println(p, Temp(6), &Node{Val: 2})
	fmt.Fprintf(os.Stdout, format, Temp(7), Temp(7))
	args := []any{p, Temp(8)}
	fmt.Printf("%[2]v %[1]T %[2]T\n", args...)
	s := fmt.Sprintf("%6.2[1]v|%[1]T|%-8[2]v|", Temp(9.876), p)
	fmt.Println(s)
}
