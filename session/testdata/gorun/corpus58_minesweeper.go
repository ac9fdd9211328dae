package main

import (
	"fmt"
	"iter"
	"math/rand"
)

type Board struct {
	W, H  int
	mines map[[2]int]bool
	open  map[[2]int]bool
}

func NewBoard(w, h, n int, seed int64) *Board {
	r := rand.New(rand.NewSource(seed))
	b := &Board{W: w, H: h, mines: map[[2]int]bool{}, open: map[[2]int]bool{}}
	for len(b.mines) < n {
		b.mines[[2]int{r.Intn(w), r.Intn(h)}] = true
	}
	return b
}

func (b *Board) Neighbors(x, y int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for dy := -1; dy <= 1; dy++ {
			for dx := -1; dx <= 1; dx++ {
				nx, ny := x+dx, y+dy
				if (dx == 0 && dy == 0) || nx < 0 || ny < 0 || nx >= b.W || ny >= b.H {
					continue
				}
				if !yield(nx, ny) {
					return
				}
			}
		}
	}
}

func (b *Board) Count(x, y int) int {
	n := 0
	for nx, ny := range b.Neighbors(x, y) {
		if b.mines[[2]int{nx, ny}] {
			n++
		}
	}
	return n
}

func (b *Board) Open(x, y int) bool {
	k := [2]int{x, y}
	if b.open[k] {
		return true
	}
	b.open[k] = true
	if b.mines[k] {
		return false
	}
	if b.Count(x, y) == 0 {
		for nx, ny := range b.Neighbors(x, y) {
			b.Open(nx, ny)
		}
	}
	return true
}

func (b *Board) Print(reveal bool) {
	for y := range b.H {
		line := make([]byte, 0, b.W)
		for x := range b.W {
			k := [2]int{x, y}
			switch {
			case (reveal || b.open[k]) && b.mines[k]:
				line = append(line, '*')
			case reveal || b.open[k]:
				c := b.Count(x, y)
				if c == 0 {
					line = append(line, ' ')
				} else {
					line = append(line, byte('0'+c))
				}
			default:
				line = append(line, '#')
			}
		}
		fmt.Printf("|%s|\n", line)
	}
}

func main() {
	b := NewBoard(9, 6, 7, 3)
	b.Print(true)
	fmt.Println("---")
	for _, p := range [][2]int{{8, 3}, {3, 0}, {2, 5}, {0, 0}} {
		ok := b.Open(p[0], p[1])
		fmt.Printf("open %v safe=%v opened=%d\n", p, ok, len(b.open))
		if !ok {
			break
		}
	}
	b.Print(false)
}
