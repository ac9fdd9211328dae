package main

import "fmt"

func describe(flavor string) string {
	switch flavor {
	case "strawberry":
		return "strawberry is my favorite!"
	case "vanilla", "chocolate":
		return flavor + " is great!"
	default:
		return "I've never tried " + flavor + " before"
	}
}

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "large"
	}
}

func main() {
	for _, f := range []string{"chocolate", "vanilla", "strawberry", "banana"} {
		fmt.Println(describe(f))
	}
	for _, n := range []int{-3, 0, 7, 42} {
		fmt.Println(n, classify(n))
	}

	// fallthrough continues into the next case without checking it.
	for _, n := range []int{1, 2, 3} {
		fmt.Print(n, ": ")
		switch n {
		case 1:
			fmt.Print("one ")
			fallthrough
		case 2:
			fmt.Print("one-or-two ")
			fallthrough
		case 3:
			fmt.Print("up-to-three ")
		case 4:
			fmt.Print("four ")
		}
		fmt.Println()
	}

	// A switch with an init statement.
	switch x := 5 * 3; {
	case x > 10:
		fmt.Println("x is big:", x)
	default:
		fmt.Println("x is small:", x)
	}

	// break inside a switch leaves only the switch.
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			fmt.Println("breaking switch at", i)
			break
		}
		fmt.Println("loop", i)
	}

	// Switch on types.
	values := []interface{}{42, "hello", 3.14, true, nil, []int{1}, struct{}{}}
	for _, v := range values {
		switch t := v.(type) {
		case int:
			fmt.Println("int", t+1)
		case string:
			fmt.Println("string", len(t))
		case float64, float32:
			fmt.Printf("float %v %T\n", t, t)
		case bool:
			fmt.Println("bool", !t)
		case nil:
			fmt.Println("nil value")
		case []int:
			fmt.Println("slice of int", len(t))
		default:
			fmt.Printf("unknown %T\n", t)
		}
	}

	// Switch with no condition on a char.
	count := map[string]int{}
	for _, r := range "Hello, World 42!" {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			count["letter"]++
		case r >= '0' && r <= '9':
			count["digit"]++
		case r == ' ':
			count["space"]++
		default:
			count["other"]++
		}
	}
	fmt.Println(count)
}
