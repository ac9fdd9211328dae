package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func fall(n int) {
	fmt.Print(n, ": ")
	switch n {
	case 0:
		fmt.Print("zero ")
		fallthrough
	case 1:
		fmt.Print("one-or-fell ")
		fallthrough
	case 2:
		fmt.Print("two-or-fell ")
	case 3:
		fmt.Print("three ")
		fallthrough
	default:
		fmt.Print("default ")
	}
	fmt.Println()
}

func where() int {
	fmt.Print("[eval] ")
	return 2
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	for n := 0; n <= 4; n++ {
		fall(n)
	}

	switch where() {
	case 1, 2, 3:
		fmt.Println("small")
	case 4:
		fmt.Println("four")
	}

	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			continue
		case 4:
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	switch x := 5; {
	case x > 3:
		fmt.Println("x>3")
		if x == 5 {
			break
		}
		fmt.Println("not reached")
	}

	var v interface{} = 3.5
	switch t := v.(type) {
	case int, int64:
		fmt.Printf("integer %T\n", t)
	case float64:
		fmt.Println("float", t*2)
	case nil:
		fmt.Println("nil")
	}
	v = nil
	switch v.(type) {
	case nil:
		fmt.Println("nil case")
	default:
		fmt.Println("default case")
	}

	switch c := 'b'; c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant", string(c))
	}
	switch {
	}
	fmt.Println("done")
}
