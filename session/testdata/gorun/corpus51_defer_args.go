package main

import "fmt"

func trace(s string) string {
	fmt.Println("entering:", s)
	return s
}

func un(s string) {
	fmt.Println("leaving:", s)
}

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func b() {
	defer un(trace("b"))
	fmt.Println("in b")
	a()
}

func counting() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
}

func doubled() (result int) {
	defer func() { result *= 2 }()
	return 21
}

type T struct{ v int }

func (t T) show(tag string)   { fmt.Println(tag, "value receiver sees", t.v) }
func (t *T) showP(tag string) { fmt.Println(tag, "pointer receiver sees", t.v) }

func receivers() {
	t := T{1}
	defer t.show("deferred")
	defer t.showP("deferred")
	t.v = 2
	fmt.Println("set to", t.v)
}

func closureVsArg() {
	x := 10
	defer fmt.Println("arg captured:", x)
	defer func() { fmt.Println("closure sees:", x) }()
	x = 20
}

func loopWithFunc() (out []int) {
	for i := 0; i < 3; i++ {
		defer func() { out = append(out, i) }()
	}
	return nil
}

func main() {
	b()
	counting()
	fmt.Println()
	fmt.Println(doubled())
	receivers()
	closureVsArg()
	fmt.Println(loopWithFunc())
}
