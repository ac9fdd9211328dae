package main

import "fmt"

var (
	a = c + b // == 9
	b = f()   // == 4
	c = f()   // == 5
	d = 3     // == 5 after initialization has finished
)

func f() int {
	d++
	trace = append(trace, fmt.Sprintf("f called, d=%d", d))
	return d
}

var trace []string

var total = sum(values...)
var values = []int{first, second, third}

const (
	first  = 1
	second = first * 2
	third  = second * 2
)

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

var greeting = makeGreeting()
var who = "world"

func makeGreeting() string { return "hello, " + who }

var x, y = pair()

func pair() (int, string) { return len(who), who + "!" }

var table = map[string]func() int{
	"d":     func() int { return d },
	"total": func() int { return total },
}

func main() {
	fmt.Println(a, b, c, d)
	for _, t := range trace {
		fmt.Println(t)
	}
	fmt.Println(total, values)
	fmt.Println(greeting)
	fmt.Println(x, y)
	fmt.Println(table["d"](), table["total"]())
}
