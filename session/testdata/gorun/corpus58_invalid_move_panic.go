package main

import (
	"fmt"
	"strings"
)

type MoveError struct {
	From, To string
	Reason   string
}

func (e *MoveError) Error() string {
	return fmt.Sprintf("illegal move %s-%s: %s", e.From, e.To, e.Reason)
}

type Piece rune

type ChessBoard map[string]Piece

func (b ChessBoard) Move(from, to string) error {
	p, ok := b[from]
	if !ok {
		return &MoveError{from, to, "no piece there"}
	}
	if len(to) != 2 || to[0] < 'a' || to[0] > 'h' || to[1] < '1' || to[1] > '8' {
		return &MoveError{From: from, To: to, Reason: "off the board"}
	}
	if q, taken := b[to]; taken {
		fmt.Printf("%c captures %c on %s\n", p, q, to)
	}
	delete(b, from)
	b[to] = p
	return nil
}

func mustMove(b ChessBoard, mv string) {
	from, to, _ := strings.Cut(mv, "-")
	if err := b.Move(from, to); err != nil {
		panic(err)
	}
	fmt.Println("ok", mv)
}

func main() {
	b := ChessBoard{"e2": 'P', "d7": 'p', "g1": 'N'}
	defer fmt.Println("deferred in main runs while panicking")
	for _, mv := range []string{"e2-e4", "d7-d5", "e4-d5", "g1-f3", "c3-c4", "f3-e5"} {
		mustMove(b, mv)
	}
	fmt.Println("not reached")
}
