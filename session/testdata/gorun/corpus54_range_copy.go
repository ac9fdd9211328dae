package main

import "fmt"

type Player struct {
	Name  string
	Score int
}

func main() {
	players := []Player{{"ann", 1}, {"bob", 2}}
	for _, p := range players {
		p.Score += 10
	}
	fmt.Println("after range by value:", players)

	for i := range players {
		players[i].Score += 10
	}
	fmt.Println("after range by index:", players)

	for i, p := range players {
		p.Name = "changed"
		players[i] = p
	}
	fmt.Println(players)

	// Range over an array evaluates a copy up front.
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("array range saw", v)
		}
	}
	// Ranging over a pointer to the array sees the change.
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("pointer range saw", v)
		}
	}

	// Range over a slice uses the length at the start.
	nums := []int{1, 2, 3}
	for i := range nums {
		nums = append(nums, i)
	}
	fmt.Println(nums)

	// Pointers to range variables are distinct per iteration (Go 1.22).
	var ptrs []*Player
	for _, p := range players {
		ptrs = append(ptrs, &p)
	}
	for _, p := range ptrs {
		fmt.Print(p.Name, p.Score, " ")
	}
	fmt.Println()

	// Pointers into the slice instead.
	ptrs = ptrs[:0]
	for i := range players {
		ptrs = append(ptrs, &players[i])
	}
	ptrs[0].Score = -1
	fmt.Println(players[0])

	// Map values are copies too.
	m := map[string]Player{"x": {"x", 1}}
	for k, v := range m {
		v.Score = 99
		_ = k
	}
	fmt.Println(m["x"])
	pm := map[string]*Player{"x": {"x", 1}}
	for _, v := range pm {
		v.Score = 99
	}
	fmt.Println(*pm["x"])
}
