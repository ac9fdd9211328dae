package main

import (
	"fmt"
	"strings"
)

type Cell int

const (
	Empty Cell = iota
	X
	O
)

func (c Cell) String() string {
	switch c {
	case X:
		return "X"
	case O:
		return "O"
	}
	return "."
}

type Board [3][3]Cell

func (b *Board) Play(r, c int, p Cell) error {
	if r < 0 || r > 2 || c < 0 || c > 2 {
		return fmt.Errorf("move (%d,%d) is off the board", r, c)
	}
	if b[r][c] != Empty {
		return fmt.Errorf("cell (%d,%d) already taken by %v", r, c, b[r][c])
	}
	b[r][c] = p
	return nil
}

func (b Board) Winner() Cell {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a := b[l[0][0]][l[0][1]]
		if a != Empty && a == b[l[1][0]][l[1][1]] && a == b[l[2][0]][l[2][1]] {
			return a
		}
	}
	return Empty
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for i, c := range row {
			if i > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(c.String())
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	var b Board
	moves := [][2]int{{1, 1}, {0, 0}, {1, 1}, {0, 2}, {0, 1}, {2, 1}, {1, 0}, {1, 2}, {3, 0}, {2, 0}, {2, 2}}
	player := X
	for turn, m := range moves {
		if err := b.Play(m[0], m[1], player); err != nil {
			fmt.Printf("turn %d: %v\n", turn+1, err)
			continue
		}
		if w := b.Winner(); w != Empty {
			fmt.Printf("%v wins after %d moves\n", w, turn+1)
			break
		}
		if player == X {
			player = O
		} else {
			player = X
		}
	}
	fmt.Print(b)
	fmt.Printf("%v %d %T\n", b[1][1], b[0][0], b[0][0])
}
