package main

import (
	"fmt"
	"strings"
)

func best(a, b int) int { return max(a, b) }

func score(cards []int) int {
	s := 0
	for _, c := range cards {
		s += c
	}
	return s
}

func deal(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = (i*7)%10 + 1
	}
	return out
}

func label(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func main() {
	scores := []int{4, 9, 2, 7}
	max := scores[0]
	min := scores[0]
	for _, v := range scores {
		if v > max {
			max = v
		}
		if v < min {
			min = v
		}
	}
	fmt.Println(max, min, best(2, 3))
	hand := deal(4)
	score := score(hand)
	fmt.Println(hand, score)
	label := label("winner")
	fmt.Println(label)
	words := strings.Fields("a b c")
	strings := len(words)
	fmt.Println(strings, words)
	len := 10
	fmt.Println(len * 2)
}
