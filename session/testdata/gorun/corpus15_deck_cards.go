package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Suit int

const (
	Spades Suit = iota
	Hearts
	Diamonds
	Clubs
)

func (s Suit) String() string { return [...]string{"♠", "♥", "♦", "♣"}[s] }

type Rank int

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
	d := make(Deck, 0, 52)
	for s := Spades; s <= Clubs; s++ {
		for r := Rank(1); r <= 13; r++ {
			d = append(d, Card{r, s})
		}
	}
	return d
}

func (d *Deck) Deal(n int) Deck {
	hand := (*d)[:n:n]
	*d = (*d)[n:]
	return hand
}

func score(h Deck) int {
	total, aces := 0, 0
	for _, c := range h {
		switch {
		case c.Rank == 1:
			aces++
			total += 11
		case c.Rank > 10:
			total += 10
		default:
			total += int(c.Rank)
		}
	}
	for total > 21 && aces > 0 {
		total -= 10
		aces--
	}
	return total
}

func main() {
	d := NewDeck()
	fmt.Println(len(d), d[:5], d[51])
	r := rand.New(rand.NewPCG(1, 2))
	r.Shuffle(len(d), func(i, j int) { d[i], d[j] = d[j], d[i] })
	fmt.Println(d[:6])
	h1 := d.Deal(2)
	h2 := d.Deal(3)
	h1 = append(h1, Card{1, Hearts})
	fmt.Println(h1, score(h1), h2, score(h2), len(d), d[0])
	slices.SortFunc(h2, func(a, b Card) int {
		if a.Suit != b.Suit {
			return int(a.Suit - b.Suit)
		}
		return int(a.Rank - b.Rank)
	})
	fmt.Println(h2)
	fmt.Println(score(Deck{{1, Spades}, {1, Hearts}, {13, Clubs}}), score(Deck{{10, Spades}, {12, Hearts}, {5, Clubs}}))
	var sb strings.Builder
	for _, c := range NewDeck()[:13] {
		fmt.Fprintf(&sb, "%v ", c)
	}
	fmt.Println(sb.String())
	fmt.Printf("%v %d %s %+v\n", Card{12, Diamonds}, Card{12, Diamonds}, Hearts, Card{2, Clubs})
	fmt.Println(r.IntN(100), r.IntN(100), rand.N(1) == 0)
}
