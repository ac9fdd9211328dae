package main

import (
	"fmt"
	"strings"
)

type LinesOfText [][]byte

func main() {
	text := LinesOfText{
		[]byte("Now is the time"),
		[]byte("for all good gophers"),
		[]byte("to bring some fun to the party."),
	}
	for _, l := range text {
		fmt.Println(len(l), string(l))
	}

	const YSize, XSize = 4, 6
	picture := make([][]uint8, YSize)
	for i := range picture {
		picture[i] = make([]uint8, XSize)
	}
	picture[1][2] = 7

	pic2 := make([][]uint8, YSize)
	pixels := make([]uint8, XSize*YSize)
	for i := range pic2 {
		pic2[i], pixels = pixels[:XSize], pixels[XSize:]
	}
	pic2[3][5] = 9
	for y := range YSize {
		var sb strings.Builder
		for x := 0; x < XSize; x++ {
			fmt.Fprintf(&sb, "%d%d ", picture[y][x], pic2[y][x])
		}
		fmt.Println(strings.TrimSpace(sb.String()))
	}

	var board [3][3]rune
	for i := range board {
		for j := range board[i] {
			board[i][j] = '.'
		}
	}
	board[1][1] = 'X'
	board[0][2] = 'O'
	for _, row := range board {
		fmt.Println(string(row[:]))
	}

	jag := [][]int{{1}, {2, 3}, {4, 5, 6}}
	total := 0
	for _, r := range jag {
		for _, v := range r {
			total += v
		}
	}
	fmt.Println(total, len(jag[2]))
}
