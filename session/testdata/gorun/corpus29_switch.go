package main

import "fmt"

func describe(i interface{}) string {
	switch v := i.(type) {
	case int:
		return fmt.Sprintf("int %d", v)
	case string:
		return fmt.Sprintf("string %q", v)
	case []int:
		return fmt.Sprintf("slice of %d ints", len(v))
	case nil:
		return "nil"
	case error:
		return "error " + v.Error()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	flavors := []string{"chocolate", "vanilla", "strawberry", "banana"}
	for _, flav := range flavors {
		switch flav {
		case "strawberry":
			fmt.Println(flav, "is my favorite!")
		case "vanilla", "chocolate":
			fmt.Println(flav, "is great!")
		default:
			fmt.Println("I've never tried", flav, "before")
		}
	}

	target := 42
	for _, guess := range []int{10, 50, 42} {
		switch {
		case guess > target:
			fmt.Println("Too high!")
		case guess < target:
			fmt.Println("Too low!")
		default:
			fmt.Println("You win!")
		}
	}

	for i := 0; i < 3; i++ {
		switch i {
		case 0:
			fmt.Println("zero")
			fallthrough
		case 1:
			fmt.Println("zero or one")
		case 2:
			fmt.Println("two")
			if i == 2 {
				break
			}
			fmt.Println("never")
		}
	}

	fmt.Println(describe(3))
	fmt.Println(describe("hi"))
	fmt.Println(describe([]int{1, 2}))
	fmt.Println(describe(nil))
	fmt.Println(describe(fmt.Errorf("bad")))
	fmt.Println(describe(2.5))

	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
	}
}
