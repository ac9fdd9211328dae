package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	type Tile int
	const (
		Floor Tile = iota
		Wall
		Door
	)
	type Room struct {
		Name  string
		Tiles [][]Tile
	}
	glyph := map[Tile]rune{Floor: '.', Wall: '#', Door: '+'}
	render := func(r Room) string {
		var sb strings.Builder
		for _, row := range r.Tiles {
			for _, t := range row {
				sb.WriteRune(glyph[t])
			}
			sb.WriteByte('\n')
		}
		return sb.String()
	}
	var fill func(tiles [][]Tile, x, y int) int
	fill = func(tiles [][]Tile, x, y int) int {
		if y < 0 || y >= len(tiles) || x < 0 || x >= len(tiles[y]) || tiles[y][x] != Floor {
			return 0
		}
		tiles[y][x] = Door
		return 1 + fill(tiles, x+1, y) + fill(tiles, x-1, y) + fill(tiles, x, y+1) + fill(tiles, x, y-1)
	}
	layout := []string{"#####", "#..##", "#.#.#", "#####"}
	room := Room{Name: "cellar"}
	for _, line := range layout {
		var row []Tile
		for _, c := range line {
			if c == '#' {
				row = append(row, Wall)
			} else {
				row = append(row, Floor)
			}
		}
		room.Tiles = append(room.Tiles, row)
	}
	fmt.Print(render(room))
	fmt.Println("filled", fill(room.Tiles, 1, 1))
	fmt.Print(render(room))
	fmt.Printf("%v %+v %T\n", Door, room.Tiles[1], Wall)

	type score struct {
		name string
		pts  int
	}
	scores := []score{{"b", 3}, {"a", 3}, {"c", 9}}
	sort.Slice(scores, func(i, j int) bool {
		if scores[i].pts != scores[j].pts {
			return scores[i].pts > scores[j].pts
		}
		return scores[i].name < scores[j].name
	})
	fmt.Println(scores)

	counter := 0
search:
	for y, row := range room.Tiles {
		for x, t := range row {
			counter++
			if t == Door && y > 1 {
				fmt.Println("first door below row 1 at", x, y, "after", counter)
				break search
			}
		}
	}
	results := make(chan string, 3)
	for i, s := range scores {
		go func() { results <- fmt.Sprint(i, s.name) }()
	}
	got := []string{<-results, <-results, <-results}
	sort.Strings(got)
	fmt.Println(got)
	if counter > 3 {
		fmt.Println("stopping early")
		return
	}
	fmt.Println("not reached")
}
