package main

import (
	"fmt"
	"strings"
)

type Board [3][3]rune

func (b Board) String() string {
	var sb strings.Builder
	for i, row := range b {
		for j, c := range row {
			if c == 0 {
				c = '.'
			}
			sb.WriteRune(c)
			if j < 2 {
				sb.WriteByte('|')
			}
		}
		if i < 2 {
			sb.WriteString("\n-+-+-\n")
		}
	}
	return sb.String()
}

func (b Board) Winner() rune {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a := b[l[0][0]][l[0][1]]
		if a != 0 && a == b[l[1][0]][l[1][1]] && a == b[l[2][0]][l[2][1]] {
			return a
		}
	}
	return 0
}

func play(moves [][2]int) {
	var b Board
	player := 'X'
	for n, m := range moves {
		if b[m[0]][m[1]] != 0 {
			fmt.Printf("move %d: cell %v taken\n", n+1, m)
			continue
		}
		b[m[0]][m[1]] = player
		if w := b.Winner(); w != 0 {
			fmt.Println(b)
			fmt.Printf("%c wins after %d moves\n\n", w, n+1)
			return
		}
		if player == 'X' {
			player = 'O'
		} else {
			player = 'X'
		}
	}
	fmt.Println(b)
	fmt.Print("no winner\n\n")
}

func main() {
	play([][2]int{{0, 0}, {1, 1}, {0, 1}, {2, 2}, {0, 2}})
	play([][2]int{{1, 1}, {0, 0}, {2, 2}, {0, 2}, {0, 1}, {2, 1}, {1, 0}, {1, 2}, {2, 0}})
	play([][2]int{{0, 2}, {0, 0}, {1, 1}, {1, 1}, {0, 1}, {2, 0}})
}
