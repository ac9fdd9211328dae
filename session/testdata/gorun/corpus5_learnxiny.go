package main

import (
	"fmt"
	m "math"
	"strconv"
	"strings"
)

type pair struct {
	x, y int
}

func (p pair) String() string { return fmt.Sprintf("(%d, %d)", p.x, p.y) }

func learnMultiple(x, y int) (sum, prod int) {
	return x + y, x * y
}

func learnTypes() {
	str := "Learn Go!"
	s2 := `A "raw" string literal
can include line breaks.`
	g := 'Σ'
	f := 3.14195
	c := 3 + 4i
	var u uint = 7
	var pi float32 = 22. / 7
	n := byte('\n')
	var a4 [4]int
	a5 := [...]int{3, 1, 5, 10, 100}
	s3 := []int{4, 5, 9}
	s4 := make([]int, 4)
	var d2 [][]float64
	bs := []byte("a slice")
	fmt.Println(str, len(s2), g, f, c, real(c), imag(c), u, pi, n)
	fmt.Println(a4, a5, s3, s4, d2 == nil, bs)
	s := []int{1, 2, 3}
	s = append(s, 4, 5, 6)
	s = append(s, []int{7, 8, 9}...)
	fmt.Println(s)
	p, q := learnMemory()
	fmt.Println(*p, *q)
	mp := map[string]int{"three": 3, "four": 4}
	mp["one"] = 1
	_, _, _ = str, s2, mp
	file := strings.NewReader("x")
	_ = file
}

func learnMemory() (p, q *int) {
	p = new(int)
	s := make([]int, 20)
	s[3] = 7
	r := -2
	return &s[3], &r
}

func learnFlowControl() {
	if true {
		fmt.Println("told ya")
	}
	x := 42.0
	switch x {
	case 0:
	case 1, 2:
	case 42:
		fmt.Println("42!")
	case 43:
	default:
	}
	for x := 0; x < 3; x++ {
		fmt.Println("iteration", x)
	}
	for key, value := range map[string]int{"one": 1} {
		fmt.Printf("key=%s, value=%d\n", key, value)
	}
	for _, name := range []string{"Bob", "Bill", "Joe"} {
		fmt.Printf("Hello, %s\n", name)
	}
	if y := expensiveComputation(); y > x {
		x = y
	}
	xBig := func() bool { return x > 10000 }
	x = 99999
	fmt.Println("xBig:", xBig())
	x = 1.3e3
	fmt.Println("xBig:", xBig())
	fmt.Println("Add + double two numbers:",
		func(a, b int) int {
			return (a + b) * 2
		}(10, 2))
	goto love
love:
	learnFunctionFactory()
	learnDefer()
	learnInterfaces()
}

func expensiveComputation() float64 { return m.Exp(10) }

func learnFunctionFactory() {
	fmt.Println(sentenceFactory("summer")("A beautiful", "day!"))
	d := sentenceFactory("summer")
	fmt.Println(d("A lovely", "evening!"))
}

func sentenceFactory(mystring string) func(before, after string) string {
	return func(before, after string) string {
		return fmt.Sprintf("%s %s %s", before, mystring, after)
	}
}

func learnDefer() (ok bool) {
	defer fmt.Println("deferred statements execute in reverse (LIFO) order.")
	defer fmt.Println("\nThis line is being printed first because")
	return true
}

func learnInterfaces() {
	p := pair{3, 4}
	fmt.Println(p.String())
	var i fmt.Stringer
	i = p
	fmt.Println(i.String())
	fmt.Println(p)
	fmt.Println(i)
	learnVariadicParams("great", "learning", "here!")
}

func learnVariadicParams(myStrings ...interface{}) {
	for _, param := range myStrings {
		fmt.Println("param:", param)
	}
	fmt.Println("params:", fmt.Sprintln(myStrings...))
	learnErrorHandling()
}

func learnErrorHandling() {
	mp := map[int]string{3: "three", 4: "four"}
	if x, ok := mp[1]; !ok {
		fmt.Println("no one there")
	} else {
		fmt.Print(x)
	}
	if _, err := strconv.Atoi("non-int"); err != nil {
		fmt.Println(err)
	}
	learnConcurrency()
}

func inc(i int, c chan int) { c <- i + 1 }

func learnConcurrency() {
	c := make(chan int)
	go inc(0, c)
	go inc(10, c)
	go inc(-805, c)
	a, b, d := <-c, <-c, <-c
	fmt.Println(a + b + d)
	cs := make(chan string)
	ccs := make(chan chan string)
	for i := 0; i < 2; i++ {
		if i == 0 {
			go func() { c <- 84 }()
		} else {
			go func() { cs <- "wordy" }()
		}
		select {
		case i := <-c:
			fmt.Printf("it's a %T\n", i)
		case <-cs:
			fmt.Println("it's a string")
		case <-ccs:
			fmt.Println("didn't happen.")
		}
	}
}

func main() {
	fmt.Println("Hello world!")
	x, y := learnMultiple(3, 4)
	fmt.Println("sum:", x, "prod:", y)
	learnTypes()
	learnFlowControl()
}
