package main

import (
	"errors"
	"fmt"
)

var (
	ErrOffBoard = errors.New("position off board")
	ErrSame     = errors.New("queens on same square")
)

type Square struct{ File, Rank int }

func ParseSquare(s string) (Square, error) {
	if len(s) != 2 {
		return Square{}, fmt.Errorf("parse %q: %w", s, ErrOffBoard)
	}
	f, r := int(s[0]-'a'), int(s[1]-'1')
	if f < 0 || f > 7 || r < 0 || r > 7 {
		return Square{}, fmt.Errorf("parse %q: %w", s, ErrOffBoard)
	}
	return Square{f, r}, nil
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func CanQueenAttack(w, b string) (bool, error) {
	ws, err := ParseSquare(w)
	if err != nil {
		return false, err
	}
	bs, err := ParseSquare(b)
	if err != nil {
		return false, err
	}
	if ws == bs {
		return false, ErrSame
	}
	df, dr := abs(ws.File-bs.File), abs(ws.Rank-bs.Rank)
	return df == 0 || dr == 0 || df == dr, nil
}

func main() {
	pairs := [][2]string{
		{"b4", "b7"}, {"e4", "b7"}, {"a1", "f6"}, {"a8", "b1"}, {"c3", "e7"},
		{"a0", "b1"}, {"i1", "b1"}, {"a1", "a1"}, {"", "c3"}, {"h8", "a1"},
	}
	for _, p := range pairs {
		ok, err := CanQueenAttack(p[0], p[1])
		switch {
		case errors.Is(err, ErrOffBoard):
			fmt.Printf("%s vs %s: off board (%v)\n", p[0], p[1], err)
		case errors.Is(err, ErrSame):
			fmt.Printf("%s vs %s: %v\n", p[0], p[1], err)
		case err != nil:
			fmt.Println("unexpected", err)
		default:
			fmt.Printf("%s vs %s: attack=%t\n", p[0], p[1], ok)
		}
	}
	sq, _ := ParseSquare("d5")
	fmt.Printf("%v %+v %#v\n", sq, sq, sq)
}
