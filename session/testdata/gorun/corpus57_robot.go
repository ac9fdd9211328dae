package main

import (
	"fmt"
	"strings"
)

type Dir int

const (
	N Dir = iota
	E
	S
	W
)

func (d Dir) String() string {
	switch d {
	case N:
		return "north"
	case E:
		return "east"
	case S:
		return "south"
	case W:
		return "west"
	}
	return fmt.Sprintf("Dir(%d)", int(d))
}

func (d Dir) Right() Dir { return (d + 1) % 4 }
func (d Dir) Left() Dir  { return (d + 3) % 4 }

type Pos struct{ X, Y int }

type Robot struct {
	Pos
	Dir
}

func (r *Robot) Advance() {
	switch r.Dir {
	case N:
		r.Y++
	case E:
		r.X++
	case S:
		r.Y--
	case W:
		r.X--
	}
}

func (r *Robot) Run(cmds string) error {
	for i, c := range cmds {
		switch c {
		case 'R':
			r.Dir = r.Right()
		case 'L':
			r.Dir = r.Left()
		case 'A':
			r.Advance()
		default:
			return fmt.Errorf("bad command %q at %d", c, i)
		}
	}
	return nil
}

func main() {
	for _, d := range []Dir{N, E, S, W, Dir(7)} {
		fmt.Printf("%v right=%v left=%v %d\n", d, d.Right(), d.Left(), d)
	}
	progs := []string{"RAALAL", "LAAARALA", "RRAAAAALA", "AAXA", strings.Repeat("AR", 4)}
	for _, p := range progs {
		r := &Robot{Pos{7, 3}, N}
		err := r.Run(p)
		fmt.Printf("%-10s -> %+v facing %s err=%v\n", p, r.Pos, r.Dir, err)
	}
	r := Robot{Dir: W}
	fmt.Println(r.Dir, r.X, r.Y)
	fmt.Printf("%v\n", r)
}
