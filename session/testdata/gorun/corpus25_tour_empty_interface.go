package main

import "fmt"

func describe(i interface{}) {
	fmt.Printf("(%v, %T)\n", i, i)
}

func do(i interface{}) {
	switch v := i.(type) {
	case int:
		fmt.Printf("Twice %v is %v\n", v, v*2)
	case string:
		fmt.Printf("%q is %v bytes long\n", v, len(v))
	case nil:
		fmt.Println("nil!")
	case []int, map[string]int:
		fmt.Printf("a collection %T\n", v)
	case error:
		fmt.Println("an error:", v.Error())
	default:
		fmt.Printf("I don't know about type %T!\n", v)
	}
}

func main() {
	var i interface{}
	describe(i)
	i = 42
	describe(i)
	i = "hello"
	describe(i)

	// Type assertions.
	var j interface{} = "hello"
	s := j.(string)
	fmt.Println(s)
	s, ok := j.(string)
	fmt.Println(s, ok)
	f, ok := j.(float64)
	fmt.Println(f, ok)
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		f = j.(float64) // panic
		fmt.Println(f)
	}()

	// Type switches.
	do(21)
	do("hello")
	do(true)
	do(nil)
	do([]int{1})
	do(map[string]int{})
	do(fmt.Errorf("bad %d", 7))
	do(3.5)
	var any_ any = []string{"x"}
	if xs, ok := any_.([]string); ok {
		fmt.Println(len(xs), xs[0])
	}
}
