// Tic-tac-toe: board printing and winner detection
package main

import (
	"fmt"
	"strings"
)

type Board [3][3]rune

func NewBoard() Board {
	var b Board
	for i := range b {
		for j := range b[i] {
			b[i][j] = ' '
		}
	}
	return b
}

func (b Board) Print() {
	for i, row := range b {
		cells := make([]string, 3)
		for j, c := range row {
			cells[j] = " " + string(c) + " "
		}
		fmt.Println(strings.Join(cells, "|"))
		if i < 2 {
			fmt.Println("---+---+---")
		}
	}
}

func (b *Board) Play(row, col int, player rune) error {
	if row < 0 || row > 2 || col < 0 || col > 2 {
		return fmt.Errorf("position (%d,%d) is off the board", row, col)
	}
	if b[row][col] != ' ' {
		return fmt.Errorf("position (%d,%d) taken by %c", row, col, b[row][col])
	}
	b[row][col] = player
	return nil
}

func (b Board) Winner() rune {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a := b[l[0][0]][l[0][1]]
		if a != ' ' && a == b[l[1][0]][l[1][1]] && a == b[l[2][0]][l[2][1]] {
			return a
		}
	}
	return 0
}

func main() {
	board := NewBoard()
	moves := []struct {
		r, c int
	}{{1, 1}, {0, 0}, {2, 2}, {0, 2}, {0, 1}, {1, 1}, {2, 1}, {3, 0}}
	player := 'X'
	for turn, m := range moves {
		if err := board.Play(m.r, m.c, player); err != nil {
			fmt.Printf("turn %d: %v\n", turn+1, err)
			continue
		}
		if w := board.Winner(); w != 0 {
			board.Print()
			fmt.Printf("Player %c wins after %d moves!\n", w, turn+1)
			break
		}
		if player == 'X' {
			player = 'O'
		} else {
			player = 'X'
		}
	}
	fmt.Printf("%T %q\n", player, player)
	empty := NewBoard()
	fmt.Println(empty.Winner() == 0, len(empty))
}
