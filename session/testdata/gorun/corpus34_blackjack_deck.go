package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Suit uint8

const (
	Spade Suit = iota
	Diamond
	Club
	Heart
)

var suits = [...]Suit{Spade, Diamond, Club, Heart}

func (s Suit) String() string { return [...]string{"♠", "♦", "♣", "♥"}[s] }

type Rank uint8

const (
	Ace Rank = iota + 1
	Two
	Three
	Four
	Five
	Six
	Seven
	Eight
	Nine
	Ten
	Jack
	Queen
	King
)

func (r Rank) String() string {
	switch r {
	case Ace:
		return "A"
	case Jack:
		return "J"
	case Queen:
		return "Q"
	case King:
		return "K"
	}
	return fmt.Sprint(uint8(r))
}

type Card struct {
	Suit
	Rank
}

func (c Card) String() string { return c.Rank.String() + c.Suit.String() }

func New() []Card {
	var cards []Card
	for _, s := range suits {
		for r := Ace; r <= King; r++ {
			cards = append(cards, Card{Suit: s, Rank: r})
		}
	}
	return cards
}

type Hand []Card

func (h Hand) Score() int {
	score, aces := 0, 0
	for _, c := range h {
		score += min(int(c.Rank), 10)
		if c.Rank == Ace {
			aces++
		}
	}
	if aces > 0 && score+10 <= 21 {
		score += 10
	}
	return score
}

func (h Hand) String() string {
	s := make([]string, len(h))
	for i := range h {
		s[i] = h[i].String()
	}
	return strings.Join(s, ", ")
}

func main() {
	deck := New()
	fmt.Println(len(deck), deck[0], deck[12], deck[51])
	r := rand.New(rand.NewPCG(1, 2))
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	var player, dealer Hand
	draw := func() Card {
		c := deck[0]
		deck = deck[1:]
		return c
	}
	player = append(player, draw(), draw())
	dealer = append(dealer, draw(), draw())
	for player.Score() < 17 {
		player = append(player, draw())
	}
	for dealer.Score() < 17 {
		dealer = append(dealer, draw())
	}
	fmt.Printf("player: %v (%d)\n", player, player.Score())
	fmt.Printf("dealer: %s (%d)\n", dealer, dealer.Score())
	fmt.Println(Hand{{Spade, Ace}, {Heart, King}}.Score(), Hand{{Club, Ace}, {Club, Ace}, {Club, Nine}}.Score())
	fmt.Printf("%v %d %+v\n", Card{Heart, Queen}, Queen, Card{Club, Two})
	fmt.Println("left:", len(deck))
}
