package main

import "fmt"

func main() {
	arr := [4]int{1, 2, 3, 4}
	for i, v := range arr {
		if i == 0 {
			arr[1] = 20
			arr[3] = 40
		}
		fmt.Print(v, " ")
	}
	fmt.Println("| arr:", arr)

	arr = [4]int{1, 2, 3, 4}
	for i, v := range &arr {
		if i == 0 {
			arr[1] = 20
			arr[3] = 40
		}
		fmt.Print(v, " ")
	}
	fmt.Println("| arr:", arr)

	sl := []int{1, 2, 3, 4}
	for i, v := range sl {
		if i == 0 {
			sl[1] = 20
			sl[3] = 40
		}
		fmt.Print(v, " ")
	}
	fmt.Println("| sl:", sl)

	arr = [4]int{1, 2, 3, 4}
	for i, v := range arr[:] {
		if i == 0 {
			arr[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println("| arr:", arr)

	// Only the index: the array is not copied, len is constant.
	count := 0
	for i := range arr {
		count += i
	}
	fmt.Println("index sum:", count)

	type pair struct{ a, b int }
	ps := [2]pair{{1, 2}, {3, 4}}
	for _, p := range ps {
		p.a = 0
	}
	fmt.Println(ps)
	for i := range ps {
		ps[i].a = 0
	}
	fmt.Println(ps)
}
