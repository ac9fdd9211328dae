package main

import (
	"errors"
	"fmt"
)

type Suit int

const (
	Spades Suit = iota
	Hearts
)

func (s Suit) String() string { return [...]string{"♠", "♥"}[s] }

type Card struct {
	Rank int
	Suit Suit
}

func (c Card) String() string { return fmt.Sprintf("%d%v", c.Rank, c.Suit) }

type Hand struct {
	Owner string
	Cards []Card
	Err   error
	Meta  map[Suit]int
	Next  *Hand
}

type Pair[K comparable, V any] struct {
	K K
	V V
}

type ID string

type Temp float64

func (t Temp) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, "T(%c:%.1f)", verb, float64(t))
}

type Grid [2][2]Suit

func main() {
	h := Hand{Owner: "al", Cards: []Card{{10, Hearts}, {1, Spades}}, Err: errors.New("bad"), Meta: map[Suit]int{Hearts: 2, Spades: 1}}
	h2 := &Hand{Owner: "bo", Next: &h}
	fmt.Printf("%v\n%+v\n", h, h)
	fmt.Printf("%v %+v %v\n", h2.Next.Cards, h2.Next.Meta, h2.Next.Next == nil)
	fmt.Printf("%T %T %T %T\n", h, h2, h.Cards, h.Meta)
	fmt.Printf("%d %s %q %x\n", Hearts, Hearts, Hearts, Hearts)
	fmt.Printf("%v %d\n", Card{3, Hearts}, Card{3, Hearts})
	p := Pair[ID, []Card]{"x", h.Cards}
	fmt.Printf("%v %+v %T\n", p, p, p)
	var id ID = "abc"
	fmt.Printf("%v %q %x %T %5s|\n", id, id, id, id, id)
	fmt.Println(Temp(21.55), []Temp{1, 2})
	fmt.Printf("%v %s %d\n", Temp(3), Temp(4), Temp(5))
	fmt.Println(Grid{{Spades, Hearts}, {Hearts, Hearts}})
	var anys = []any{Hearts, Card{2, Spades}, id, &Card{5, Hearts}, nil, Pair[int, bool]{1, true}}
	for _, a := range anys {
		fmt.Printf("[%v|%T] ", a, a)
	}
	fmt.Println()
	fmt.Printf("%#v\n", Card{7, Hearts})
	fmt.Printf("%#v %#v\n", id, []Suit{Spades})
	fmt.Println(fmt.Sprint(Hearts, Spades, 3, 4, "x", Card{1, 1}))
}
