package main

import "fmt"

type Player struct {
	Name  string
	Score int
}

func main() {
	team := [3]Player{{"ann", 1}, {"bo", 2}, {"cy", 3}}
	for _, p := range team {
		p.Score += 100
	}
	fmt.Println("after value range:", team)
	for i := range team {
		team[i].Score += 100
	}
	fmt.Println("after index range:", team)

	copyArr := team
	copyArr[0].Name = "changed"
	fmt.Println(team[0].Name, copyArr[0].Name)

	slice := team[:]
	slice[1].Name = "BO"
	fmt.Println(team[1].Name)

	ptrs := []*Player{{"x", 1}, {"y", 2}}
	for _, p := range ptrs {
		p.Score *= 10
	}
	fmt.Println(*ptrs[0], *ptrs[1])

	byName := map[string]Player{"ann": {"ann", 5}}
	p := byName["ann"]
	p.Score = 99
	fmt.Println(byName["ann"].Score, p.Score)
	byName["ann"] = p
	fmt.Println(byName["ann"].Score)

	byPtr := map[string]*Player{"bo": {"bo", 1}}
	byPtr["bo"].Score = 77
	fmt.Println(byPtr["bo"].Score)
	fmt.Printf("%v %+v\n", *byPtr["bo"], byPtr["bo"])

	var grid [3][3]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i*3 + j
		}
	}
	g2 := grid
	g2[1][1] = -1
	fmt.Println(grid, g2[1])

	arr := [5]int{1, 2, 3, 4, 5}
	for i, v := range arr {
		arr[len(arr)-1-i] = v
	}
	fmt.Println(arr)

	sl := []int{1, 2, 3, 4, 5}
	for i, v := range sl {
		sl[len(sl)-1-i] = v
	}
	fmt.Println(sl)

	structs := []Player{{"a", 1}, {"b", 2}}
	for i := range structs {
		pp := &structs[i]
		pp.Score = pp.Score * 3
	}
	fmt.Printf("%+v\n", structs)
}
