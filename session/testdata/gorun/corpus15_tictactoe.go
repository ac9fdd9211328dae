package main

import (
	"fmt"
	"strings"
)

type Cell byte

const (
	Empty Cell = ' '
	X     Cell = 'X'
	O     Cell = 'O'
)

type Board [3][3]Cell

func NewBoard() Board {
	var b Board
	for r := range b {
		for c := range b[r] {
			b[r][c] = Empty
		}
	}
	return b
}

func (b Board) String() string {
	var sb strings.Builder
	for r, row := range b {
		cells := make([]string, 3)
		for c, v := range row {
			cells[c] = string(rune(v))
		}
		sb.WriteString(" " + strings.Join(cells, " | ") + "\n")
		if r < 2 {
			sb.WriteString("---+---+---\n")
		}
	}
	return sb.String()
}

func (b *Board) Play(r, c int, p Cell) error {
	if r < 0 || r > 2 || c < 0 || c > 2 {
		return fmt.Errorf("(%d,%d) off the board", r, c)
	}
	if b[r][c] != Empty {
		return fmt.Errorf("(%d,%d) taken by %c", r, c, b[r][c])
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
		a, bb, c := b[l[0][0]][l[0][1]], b[l[1][0]][l[1][1]], b[l[2][0]][l[2][1]]
		if a != Empty && a == bb && bb == c {
			return a
		}
	}
	return Empty
}

func main() {
	b := NewBoard()
	moves := [][2]int{{1, 1}, {0, 0}, {0, 2}, {2, 0}, {1, 0}, {1, 2}, {2, 1}, {0, 1}, {2, 2}}
	player := X
	snapshot := b
	for i, m := range moves {
		if err := b.Play(m[0], m[1], player); err != nil {
			fmt.Println(err)
			continue
		}
		if i == 3 {
			snapshot = b
		}
		if w := b.Winner(); w != Empty {
			fmt.Printf("%c wins after %d moves\n", w, i+1)
			break
		}
		if player == X {
			player = O
		} else {
			player = X
		}
	}
	fmt.Print(b)
	fmt.Println(b.Play(1, 1, O))
	fmt.Println(b.Play(3, 0, O))
	fmt.Print(snapshot.String())
	fmt.Printf("%q %v\n", b[0][0], b[2][2] == X)
	fmt.Println(b.Winner() == Empty, string(rune(b.Winner())))
}
