package main

import (
	"fmt"
	"sort"
)

type Track struct {
	Title  string
	Artist string
	Year   int
	Length int
}

type byArtist []*Track

func (x byArtist) Len() int           { return len(x) }
func (x byArtist) Less(i, j int) bool { return x[i].Artist < x[j].Artist }
func (x byArtist) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type customSort struct {
	t    []*Track
	less func(x, y *Track) bool
}

func (x customSort) Len() int           { return len(x.t) }
func (x customSort) Less(i, j int) bool { return x.less(x.t[i], x.t[j]) }
func (x customSort) Swap(i, j int)      { x.t[i], x.t[j] = x.t[j], x.t[i] }

func show(ts []*Track) {
	for _, t := range ts {
		fmt.Printf("%-10s %-8s %4d %3d\n", t.Title, t.Artist, t.Year, t.Length)
	}
	fmt.Println("--")
}

func main() {
	tracks := []*Track{
		{"Go", "Delilah", 2012, 225},
		{"Go", "Moby", 1992, 196},
		{"Forward", "Keys", 2007, 272},
		{"Ready", "Martin", 2011, 253},
	}
	sort.Sort(byArtist(tracks))
	show(tracks)
	sort.Sort(sort.Reverse(byArtist(tracks)))
	show(tracks)
	sort.Sort(customSort{tracks, func(x, y *Track) bool {
		if x.Title != y.Title {
			return x.Title < y.Title
		}
		if x.Year != y.Year {
			return x.Year < y.Year
		}
		return x.Length < y.Length
	}})
	show(tracks)
	fmt.Println(sort.IsSorted(byArtist(tracks)))
	people := []struct {
		Name string
		Age  int
	}{{"A", 30}, {"B", 25}, {"C", 30}, {"D", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	ints := []int{5, 2, 8, 1}
	sort.Ints(ints)
	i := sort.SearchInts(ints, 5)
	fmt.Println(ints, i, sort.SearchInts(ints, 3))
}
