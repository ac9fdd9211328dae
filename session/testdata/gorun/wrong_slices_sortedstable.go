package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Player struct {
	Name  string
	Score int
}

func main() {
	players := []Player{{"ann", 3}, {"bob", 5}, {"cid", 3}, {"dee", 5}, {"eve", 1}}
	// equal scores keep their order: stable
	byScore := slices.SortedStableFunc(slices.Values(players), func(a, b Player) int {
		return cmp.Compare(b.Score, a.Score)
	})
	fmt.Println(byScore)

	scores := map[string]int{"x": 2, "y": 1, "z": 2}
	names := slices.SortedStableFunc(maps.Keys(scores), strings.Compare)
	fmt.Println(names)

	a := []string{"Go", "is", "fun"}
	b := []string{"go", "IS", "FUN", "!"}
	fold := func(x, y string) int { return strings.Compare(strings.ToLower(x), strings.ToLower(y)) }
	fmt.Println(slices.CompareFunc(a, b, fold), slices.CompareFunc(b, a, fold), slices.CompareFunc(a, a[:3], fold))
	lens := func(x string, n int) int { return cmp.Compare(len(x), n) }
	fmt.Println(slices.CompareFunc(a, []int{2, 2, 4}, lens))
}
