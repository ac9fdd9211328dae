package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Move int

const (
	Rock Move = iota
	Paper
	Scissors
)

func (m Move) String() string { return [...]string{"rock", "paper", "scissors"}[m] }

func (m Move) Beats(o Move) bool { return (m+3-o)%3 == 1 }

type Strategy interface {
	Next(history []Move) Move
	Name() string
}

type Random struct{ r *rand.Rand }

func (s Random) Next([]Move) Move { return Move(s.r.IntN(3)) }
func (Random) Name() string       { return "random" }

type Copycat struct{}

func (Copycat) Next(h []Move) Move {
	if len(h) == 0 {
		return Rock
	}
	return h[len(h)-1]
}
func (Copycat) Name() string { return "copycat" }

type Cycle struct{ i int }

func (c *Cycle) Next([]Move) Move { c.i++; return Move(c.i % 3) }
func (*Cycle) Name() string       { return "cycle" }

func match(a, b Strategy, rounds int) (int, int) {
	var ha, hb []Move
	wa, wb := 0, 0
	for range rounds {
		ma, mb := a.Next(hb), b.Next(ha)
		switch {
		case ma.Beats(mb):
			wa++
		case mb.Beats(ma):
			wb++
		}
		ha, hb = append(ha, ma), append(hb, mb)
	}
	return wa, wb
}

func main() {
	fmt.Println(Rock.Beats(Scissors), Scissors.Beats(Paper), Paper.Beats(Rock), Rock.Beats(Paper))
	players := []Strategy{Random{rand.New(rand.NewPCG(7, 7))}, Copycat{}, &Cycle{}}
	score := map[string]int{}
	for i := 0; i < len(players); i++ {
		for j := i + 1; j < len(players); j++ {
			a, b := players[i], players[j]
			wa, wb := match(a, b, 30)
			fmt.Printf("%-7s vs %-7s %2d-%2d\n", a.Name(), b.Name(), wa, wb)
			score[a.Name()] += wa
			score[b.Name()] += wb
		}
	}
	names := make([]string, 0, len(score))
	for n := range score {
		names = append(names, n)
	}
	slices.SortFunc(names, func(x, y string) int {
		if score[x] != score[y] {
			return score[y] - score[x]
		}
		return strings.Compare(x, y)
	})
	for rank, n := range names {
		fmt.Printf("%d. %s %d\n", rank+1, n, score[n])
	}
}
