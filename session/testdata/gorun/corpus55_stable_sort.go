package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

type Card struct {
	Suit string
	Rank int
}

type Score struct {
	Player string
	Points int
}

type byPoints []Score

func (s byPoints) Len() int           { return len(s) }
func (s byPoints) Less(i, j int) bool { return s[i].Points > s[j].Points }
func (s byPoints) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	hand := []Card{
		{"hearts", 10}, {"spades", 3}, {"hearts", 3}, {"clubs", 10},
		{"spades", 12}, {"diamonds", 3}, {"clubs", 1},
	}
	// stable sort by rank keeps the original suit order within equal ranks
	slices.SortStableFunc(hand, func(a, b Card) int { return cmp.Compare(a.Rank, b.Rank) })
	fmt.Println(hand)

	scores := []Score{{"ann", 50}, {"ben", 70}, {"cat", 50}, {"dov", 90}, {"eli", 70}, {"fay", 50}}
	s1 := slices.Clone(scores)
	sort.Stable(byPoints(s1))
	fmt.Println("sort.Stable:", s1)

	s2 := slices.Clone(scores)
	sort.SliceStable(s2, func(i, j int) bool { return s2[i].Points < s2[j].Points })
	fmt.Println("SliceStable asc:", s2)

	s3 := slices.Clone(scores)
	slices.SortStableFunc(s3, func(a, b Score) int { return -cmp.Compare(a.Points, b.Points) })
	fmt.Println("SortStableFunc desc:", s3)
	fmt.Println("equal results:", slices.Equal(s1, s3))

	// ranks with ties
	rank := 0
	for i, s := range s3 {
		if i == 0 || s.Points != s3[i-1].Points {
			rank = i + 1
		}
		fmt.Printf("%d. %s %d\n", rank, s.Player, s.Points)
	}

	words := []string{"banana", "Apple", "cherry", "apple", "Banana"}
	sort.Strings(words)
	fmt.Println(words, sort.StringsAreSorted(words))
	i := sort.SearchStrings(words, "apple")
	fmt.Println("apple at", i)
	fmt.Println(sort.SearchInts([]int{1, 4, 9, 16}, 10))
}
