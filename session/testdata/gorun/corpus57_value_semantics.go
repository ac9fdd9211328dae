package main

import (
	"fmt"
	"strings"
)

type Board [3][3]byte

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		sb.WriteString(string(row[:]))
		sb.WriteByte('/')
	}
	return sb.String()
}

func (b Board) With(r, c int, p byte) Board {
	b[r][c] = p
	return b
}

func (b *Board) Set(r, c int, p byte) { b[r][c] = p }

type Game struct {
	Board
	Moves []string
	Score [2]int
}

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

func main() {
	var b Board
	for i := range b {
		for j := range b[i] {
			b[i][j] = '.'
		}
	}
	b2 := b.With(1, 1, 'X')
	fmt.Println(b, b2)
	b.Set(0, 0, 'O')
	fmt.Println(b)
	g := Game{Board: b}
	g2 := g
	g2.Set(2, 2, 'X')
	g2.Score[0] = 5
	g2.Moves = append(g2.Moves, "e4")
	fmt.Println(g.Board, g2.Board, g.Score, g2.Score, g.Moves, g2.Moves)
	fmt.Printf("%v\n", g)
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range copy:", v)
		}
	}
	sl := arr[:]
	for i, v := range sl {
		sl[2] = 200
		if i == 2 {
			fmt.Println("range slice:", v)
		}
	}
	c := Counter{}
	get := c.Get
	inc := c.Inc
	inc()
	inc()
	fmt.Println(get(), c.Get(), c.n)
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	m := map[[2]int]string{{0, 1}: "a"}
	key := [2]int{0, 1}
	fmt.Println(m[key], b == b2.With(1, 1, '.'), Board{} == Board{})
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	fmt.Println(i8, u8, -7/2, -7%2, 7>>1, -7>>1, 1<<62>>60)
	const huge = 1 << 100
	fmt.Println(huge>>98, float64(huge))
	for i, r := range "a\xffé" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	switch n := 3; {
	case n > 2:
		fmt.Println("big")
		fallthrough
	case n > 100:
		fmt.Println("fell")
	default:
		fmt.Println("no")
	}
}
