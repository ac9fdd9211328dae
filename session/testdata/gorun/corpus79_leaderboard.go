package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Entry struct {
	Player string
	Score  int
}

type Board struct {
	entries []Entry // sorted by score desc, then name
}

func compareEntries(a, b Entry) int {
	return cmp.Or(cmp.Compare(b.Score, a.Score), strings.Compare(a.Player, b.Player))
}

func (b *Board) Add(e Entry) int {
	i, _ := slices.BinarySearchFunc(b.entries, e, compareEntries)
	b.entries = slices.Insert(b.entries, i, e)
	return i
}

func (b *Board) Remove(player string) bool {
	i := slices.IndexFunc(b.entries, func(e Entry) bool { return e.Player == player })
	if i < 0 {
		return false
	}
	b.entries = slices.Delete(b.entries, i, i+1)
	return true
}

// Ranks gives tied scores the same rank (1, 2, 2, 4).
func (b *Board) Ranks() []int {
	ranks := make([]int, len(b.entries))
	for i, e := range b.entries {
		if i > 0 && e.Score == b.entries[i-1].Score {
			ranks[i] = ranks[i-1]
		} else {
			ranks[i] = i + 1
		}
	}
	return ranks
}

func (b *Board) String() string {
	var sb strings.Builder
	for i, r := range b.Ranks() {
		e := b.entries[i]
		fmt.Fprintf(&sb, "%2d. %-8s %5d\n", r, e.Player, e.Score)
	}
	return sb.String()
}

func main() {
	b := &Board{}
	for _, e := range []Entry{{"zed", 120}, {"amy", 300}, {"bob", 120}, {"cy", 450}, {"dee", 300}} {
		at := b.Add(e)
		fmt.Printf("added %-4s at %d\n", e.Player, at)
	}
	fmt.Print(b)
	fmt.Println(b.Ranks())

	fmt.Println("remove bob:", b.Remove("bob"), "remove bob:", b.Remove("bob"))
	b.Add(Entry{"eve", 300})
	fmt.Print(b.String())

	top := slices.Clone(b.entries[:3])
	fmt.Printf("%v\n%+v\n", top, top[0])

	scores := make([]int, 0, len(b.entries))
	for _, e := range b.entries {
		scores = append(scores, e.Score)
	}
	slices.Reverse(scores)
	fmt.Println(scores, slices.IsSorted(scores))
	pos, found := slices.BinarySearch(scores, 300)
	fmt.Println(pos, found)
	scores = slices.Compact(scores)
	fmt.Println(scores, len(scores))
	groups := map[int][]string{}
	for _, e := range b.entries {
		groups[e.Score] = append(groups[e.Score], e.Player)
	}
	fmt.Println(groups)
}
