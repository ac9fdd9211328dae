package main

import "fmt"

func lastN(s []string, n int) []string {
	return s[len(s)-n:]
}

func main() {
	names := []string{"a", "b", "c"}
	fmt.Println(lastN(names, 2))
	for i := 0; i <= len(names); i++ {
		fmt.Println(i, names[i])
	}
}
