package main

import "fmt"

func main() {
	myBool := 5 > 8
	fmt.Println(myBool)

	x, y := 5, 8
	fmt.Println("x == y:", x == y)
	fmt.Println("x != y:", x != y)
	fmt.Println("x < y:", x < y)
	fmt.Println("x > y:", x > y)
	fmt.Println("x <= y:", x <= y)
	fmt.Println("x >= y:", x >= y)

	Sammy := "Sammy"
	sammy := "sammy"
	fmt.Println("Sammy == sammy:", Sammy == sammy)

	fmt.Println(true && true, true && false, false || true, !true)
	fmt.Println((9 > 7) && (2 < 4))
	fmt.Println((8 == 8) || (6 != 6))
	fmt.Println(!(3 <= 1))

	grade := 83
	passed := grade >= 65
	if passed {
		fmt.Println("Passing grade")
	}

	calls := 0
	check := func(v bool) bool {
		calls++
		return v
	}
	_ = check(false) && check(true)
	fmt.Println("calls after short circuit:", calls)
	_ = check(true) || check(true)
	fmt.Println("calls:", calls)

	truth := map[bool]string{true: "yes", false: "no"}
	fmt.Println(truth[3 > 2], truth[3 < 2])

	var zero bool
	fmt.Printf("%v %t %T\n", zero, !zero, zero)
	bools := []bool{true, false, true}
	count := 0
	for _, b := range bools {
		if b {
			count++
		}
	}
	fmt.Println("true values:", count)
}
