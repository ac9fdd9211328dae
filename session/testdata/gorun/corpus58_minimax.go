package main

import (
	"fmt"
	"strings"
	"time"
)

type Board [9]byte

var _ fmt.Stringer = Board{}

func (b Board) String() string {
	var sb strings.Builder
	for i, c := range b {
		if c == 0 {
			c = '.'
		}
		sb.WriteByte(c)
		if i%3 == 2 {
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

func (b Board) Winner() byte {
	for _, l := range [8][3]int{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}} {
		if b[l[0]] != 0 && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return 0
}

func (b Board) Full() bool {
	for _, c := range b {
		if c == 0 {
			return false
		}
	}
	return true
}

var nodes int

func minimax(b Board, player byte, me byte) int {
	nodes++
	if w := b.Winner(); w != 0 {
		if w == me {
			return 1
		}
		return -1
	}
	if b.Full() {
		return 0
	}
	other := map[byte]byte{'X': 'O', 'O': 'X'}[player]
	best := -2
	if player != me {
		best = 2
	}
	for i := range b {
		if b[i] != 0 {
			continue
		}
		next := b
		next[i] = player
		s := minimax(next, other, me)
		if player == me && s > best || player != me && s < best {
			best = s
		}
	}
	return best
}

func bestMove(b Board, me byte) int {
	other := byte('X')
	if me == 'X' {
		other = 'O'
	}
	move, score := -1, -2
	for i := range b {
		if b[i] == 0 {
			next := b
			next[i] = me
			if s := minimax(next, other, me); s > score {
				move, score = i, s
			}
		}
	}
	return move
}

func main() {
	var b Board
	b[0], b[4], b[8] = 'X', 'O', 'X'
	orig := b
	fmt.Print(b)
	player := byte('O')
	for b.Winner() == 0 && !b.Full() {
		m := bestMove(b, player)
		b[m] = player
		fmt.Printf("%c plays %d\n", player, m)
		player = map[byte]byte{'X': 'O', 'O': 'X'}[player]
	}
	fmt.Print(b)
	fmt.Printf("winner %q, nodes %d, original unchanged: %v\n", b.Winner(), nodes, orig != b && orig[1] == 0)
	fmt.Println(orig == Board{'X', 0, 0, 0, 'O', 0, 0, 0, 'X'}, 90*time.Second, time.Duration(1500)*time.Millisecond)
	fmt.Printf("%#v\n", [2]bool{true})
	step := b.Winner
	check := Board.Full
	fmt.Println(step(), check(b))
}
