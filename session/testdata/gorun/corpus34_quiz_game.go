package main

import (
	"fmt"
	"strings"
)

type problem struct {
	q string
	a string
}

func parseLines(lines [][]string) []problem {
	ret := make([]problem, len(lines))
	for i, line := range lines {
		ret[i] = problem{
			q: line[0],
			a: strings.TrimSpace(line[1]),
		}
	}
	return ret
}

func main() {
	lines := [][]string{
		{"5+5", "10"},
		{"7+3", "10"},
		{"1+1", "2"},
		{"8+3", "11"},
		{"what 2+2, sir?", " 4 "},
	}
	answers := []string{"10", "9", "2", "11", "4"}
	problems := parseLines(lines)

	correct := 0
	for i, p := range problems {
		fmt.Printf("Problem #%d: %s = ", i+1, p.q)
		answer := answers[i]
		fmt.Println(answer)
		if answer == p.a {
			correct++
		} else {
			fmt.Printf("  wrong! expected %q\n", p.a)
		}
	}
	fmt.Printf("You scored %d out of %d.\n", correct, len(problems))
	pct := float64(correct) / float64(len(problems)) * 100
	fmt.Printf("That's %.1f%%\n", pct)
}
