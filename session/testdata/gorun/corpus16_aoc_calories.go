package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const input = `1000
2000
3000

4000

5000
6000

7000
8000
9000

10000`

func main() {
	var totals []int
	cur := 0
	sc := bufio.NewScanner(strings.NewReader(input))
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			totals = append(totals, cur)
			cur = 0
			continue
		}
		n, err := strconv.Atoi(line)
		if err != nil {
			panic(err)
		}
		cur += n
	}
	totals = append(totals, cur)
	fmt.Println("elves:", len(totals), totals)
	sort.Sort(sort.Reverse(sort.IntSlice(totals)))
	fmt.Println("part1:", totals[0])
	top3 := 0
	for _, t := range totals[:3] {
		top3 += t
	}
	fmt.Println("part2:", top3)

	// rock paper scissors
	guide := "A Y\nB X\nC Z"
	score1, score2 := 0, 0
	for _, line := range strings.Split(guide, "\n") {
		var a, b byte
		fmt.Sscanf(line, "%c %c", &a, &b)
		opp, me := int(a-'A'), int(b-'X')
		outcome := (me - opp + 4) % 3
		score1 += me + 1 + outcome*3
		want := me
		mine := (opp + want + 2) % 3
		score2 += mine + 1 + want*3
	}
	fmt.Println("rps:", score1, score2)
}
