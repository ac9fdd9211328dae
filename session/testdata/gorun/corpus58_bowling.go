package main

import (
	"errors"
	"fmt"
)

type Game struct {
	rolls []int
}

var ErrGameOver = errors.New("game is over")

type PinError struct{ Pins int }

func (e PinError) Error() string { return fmt.Sprintf("invalid roll of %d pins", e.Pins) }

func (g *Game) Roll(pins int) error {
	if pins < 0 || pins > 10 {
		return PinError{pins}
	}
	if g.done() {
		return ErrGameOver
	}
	g.rolls = append(g.rolls, pins)
	return nil
}

func (g *Game) done() bool {
	i := 0
	for frame := 0; frame < 10; frame++ {
		switch {
		case i >= len(g.rolls):
			return false
		case g.rolls[i] == 10:
			if frame == 9 {
				return len(g.rolls) >= i+3
			}
			i++
		default:
			if i+1 >= len(g.rolls) {
				return false
			}
			if frame == 9 && g.rolls[i]+g.rolls[i+1] == 10 {
				return len(g.rolls) >= i+3
			}
			i += 2
		}
	}
	return true
}

func (g *Game) Score() (frames [10]int) {
	total, i := 0, 0
	for f := range frames {
		if i >= len(g.rolls) {
			break
		}
		r := g.rolls
		at := func(k int) int {
			if k < len(r) {
				return r[k]
			}
			return 0
		}
		switch {
		case r[i] == 10:
			total += 10 + at(i+1) + at(i+2)
			i++
		case at(i)+at(i+1) == 10:
			total += 10 + at(i+2)
			i += 2
		default:
			total += at(i) + at(i+1)
			i += 2
		}
		frames[f] = total
	}
	return
}

func main() {
	games := map[string][]int{
		"perfect": {10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10},
		"spares":  {5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5},
		"mixed":   {10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1},
		"bad":     {3, 11, 4},
	}
	for _, name := range []string{"perfect", "spares", "mixed", "bad"} {
		g := &Game{}
		for _, p := range games[name] {
			if err := g.Roll(p); err != nil {
				var pe PinError
				fmt.Printf("%s: %v (pin error %t, over %t)\n", name, err, errors.As(err, &pe), errors.Is(err, ErrGameOver))
			}
		}
		fmt.Printf("%-8s %v done=%v\n", name, g.Score(), g.done())
	}
	g := &Game{}
	for range 20 {
		g.Roll(1)
	}
	fmt.Println(g.Roll(1), g.Score()[9])
}
