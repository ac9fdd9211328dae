package main

import (
	"fmt"
	"strings"
)

type Pos struct{ X, Y int }

func (p Pos) Add(q Pos) Pos { return Pos{p.X + q.X, p.Y + q.Y} }

var dirs = map[byte]Pos{'U': {0, -1}, 'D': {0, 1}, 'L': {-1, 0}, 'R': {1, 0}}

type Snake struct {
	body   []Pos
	dir    Pos
	grow   int
	W, H   int
	food   []Pos
	score  int
	dead   bool
	reason string
}

func (s *Snake) head() Pos { return s.body[0] }

func (s *Snake) Step() {
	next := s.head().Add(s.dir)
	if next.X < 0 || next.Y < 0 || next.X >= s.W || next.Y >= s.H {
		s.dead, s.reason = true, fmt.Sprintf("hit wall at %v", next)
		return
	}
	for _, b := range s.body[:len(s.body)-1] {
		if b == next {
			s.dead, s.reason = true, fmt.Sprintf("bit itself at %+v", next)
			return
		}
	}
	s.body = append([]Pos{next}, s.body...)
	if len(s.food) > 0 && s.food[0] == next {
		s.food = s.food[1:]
		s.grow += 2
		s.score++
	}
	if s.grow > 0 {
		s.grow--
	} else {
		s.body = s.body[:len(s.body)-1]
	}
}

func (s *Snake) Draw() string {
	rows := make([][]byte, s.H)
	for y := range rows {
		rows[y] = []byte(strings.Repeat(".", s.W))
	}
	for _, f := range s.food {
		rows[f.Y][f.X] = '*'
	}
	for i, b := range s.body {
		c := byte('o')
		if i == 0 {
			c = '@'
		}
		rows[b.Y][b.X] = c
	}
	var sb strings.Builder
	for _, r := range rows {
		sb.Write(r)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	s := &Snake{body: []Pos{{2, 2}, {1, 2}}, dir: dirs['R'], W: 8, H: 5,
		food: []Pos{{5, 2}, {5, 0}, {1, 0}}}
	input := "RRRUULLLLDDRRUUL"
	for i := 0; i < len(input) && !s.dead; i++ {
		s.dir = dirs[input[i]]
		s.Step()
		if i%5 == 4 {
			fmt.Printf("after %d moves (len %d, score %d):\n%s", i+1, len(s.body), s.score, s.Draw())
		}
	}
	fmt.Println("dead:", s.dead, s.reason)
	fmt.Print(s.Draw())
}
