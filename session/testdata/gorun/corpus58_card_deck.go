package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
)

type Suit int
type Rank int

const (
	Spades Suit = iota
	Hearts
	Diamonds
	Clubs
)

func (s Suit) String() string { return [...]string{"♠", "♥", "♦", "♣"}[s] }

func (r Rank) String() string {
	switch r {
	case 1:
		return "A"
	case 11:
		return "J"
	case 12:
		return "Q"
	case 13:
		return "K"
	}
	return fmt.Sprint(int(r))
}

type Card struct {
	Rank Rank
	Suit Suit
}

func (c Card) String() string { return c.Rank.String() + c.Suit.String() }

type Deck []Card

func NewDeck() Deck {
	var d Deck
	for s := Spades; s <= Clubs; s++ {
		for r := Rank(1); r <= 13; r++ {
			d = append(d, Card{r, s})
		}
	}
	return d
}

func (d Deck) Shuffle(r *rand.Rand) {
	r.Shuffle(len(d), func(i, j int) { d[i], d[j] = d[j], d[i] })
}

func (d *Deck) Deal(n int) []Card {
	hand := (*d)[:n]
	*d = (*d)[n:]
	return hand
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	d := NewDeck()
	fmt.Println(len(d), d[0], d[12], d[51])
	d.Shuffle(r)
	hands := make([][]Card, 4)
	for i := range hands {
		hands[i] = d.Deal(5)
	}
	for i, h := range hands {
		sort.Slice(h, func(a, b int) bool {
			if h[a].Suit != h[b].Suit {
				return h[a].Suit < h[b].Suit
			}
			return h[a].Rank < h[b].Rank
		})
		parts := make([]string, len(h))
		for j, c := range h {
			parts[j] = c.String()
		}
		fmt.Printf("player %d: %s\n", i+1, strings.Join(parts, " "))
	}
	fmt.Println("left in deck:", len(d))
	fmt.Println(hands[0])
	fmt.Printf("%v %+v %s\n", hands[1][0], hands[1][0], Card{13, Hearts})
	fmt.Println(r.IntN(100), r.IntN(100), r.Float64() < 1)
}
