package main

import "fmt"

type Pair [2]int
type Point struct{ X, Y int }
type Grid struct {
	Rows []*[3]byte
	Tags map[string]*[]string
}

func main() {
	pairs := []*[2]int{{1, 2}, {3, 4}}
	named := []*Pair{{5, 6}}
	slices := []*[]string{{"a", "b"}, {}}
	maps := map[string]*map[string]int{"m": {"k": 1}}
	keys := map[*Point]string{{1, 2}: "p"}
	nested := [][]*[2]int{{{7, 8}}, {{9, 10}, {11, 12}}}
	g := Grid{
		Rows: []*[3]byte{{'a', 'b', 'c'}},
		Tags: map[string]*[]string{"t": {"x"}},
	}
	points := [...]*Point{{1.0, -3.0}, {}}
	fmt.Println(*pairs[1], *named[0], *slices[0], len(*slices[1]), *maps["m"])
	for k, v := range keys {
		fmt.Println(*k, v)
	}
	fmt.Println(*nested[1][1], len(nested), string(g.Rows[0][:]), *g.Tags["t"])
	fmt.Println(*points[0], *points[1], len(points))
	fmt.Printf("%T %T\n", pairs, named)
}
