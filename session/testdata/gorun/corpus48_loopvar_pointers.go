package main

import "fmt"

type User struct {
	Name string
	Age  int
}

func main() {
	users := []User{{"Alice", 30}, {"Bob", 25}, {"Carol", 41}}
	var ptrs []*User
	for _, u := range users {
		ptrs = append(ptrs, &u)
	}
	for _, p := range ptrs {
		fmt.Printf("%s is %d\n", p.Name, p.Age)
	}

	var ints []*int
	for i := 0; i < 3; i++ {
		ints = append(ints, &i)
	}
	for _, p := range ints {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// The body may still change the variable; the next iteration starts from the changed value.
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			i++
		}
		fmt.Print(i, ",")
	}
	fmt.Println()
}
