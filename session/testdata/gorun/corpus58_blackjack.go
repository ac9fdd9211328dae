package main

import (
	"fmt"
	"math/rand"
	"strings"
)

type Card struct {
	Rank string
	Suit byte
}

func (c Card) String() string { return c.Rank + string(c.Suit) }

func (c Card) Value() int {
	switch c.Rank {
	case "A":
		return 11
	case "K", "Q", "J", "10":
		return 10
	}
	return int(c.Rank[0] - '0')
}

type Hand []Card

func (h Hand) Score() (total int, soft bool) {
	aces := 0
	for _, c := range h {
		total += c.Value()
		if c.Rank == "A" {
			aces++
		}
	}
	for total > 21 && aces > 0 {
		total -= 10
		aces--
	}
	return total, aces > 0
}

func (h Hand) String() string {
	s := make([]string, len(h))
	for i, c := range h {
		s[i] = c.String()
	}
	t, soft := h.Score()
	kind := ""
	if soft {
		kind = " soft"
	}
	return fmt.Sprintf("[%s] = %d%s", strings.Join(s, " "), t, kind)
}

func deck(r *rand.Rand) []Card {
	var d []Card
	for _, s := range []byte("SHDC") {
		for _, rk := range strings.Fields("A 2 3 4 5 6 7 8 9 10 J Q K") {
			d = append(d, Card{rk, s})
		}
	}
	r.Shuffle(len(d), func(i, j int) { d[i], d[j] = d[j], d[i] })
	return d
}

func playRound(d *[]Card) string {
	draw := func() Card { c := (*d)[0]; *d = (*d)[1:]; return c }
	player := Hand{draw(), draw()}
	dealer := Hand{draw(), draw()}
	for {
		t, _ := player.Score()
		if t >= 17 {
			break
		}
		player = append(player, draw())
	}
	pt, _ := player.Score()
	if pt > 21 {
		return fmt.Sprintf("player %v busts; dealer wins", player)
	}
	for {
		t, soft := dealer.Score()
		if t > 17 || (t == 17 && !soft) {
			break
		}
		dealer = append(dealer, draw())
	}
	dt, _ := dealer.Score()
	result := "push"
	switch {
	case dt > 21 || pt > dt:
		result = "player wins"
	case dt > pt:
		result = "dealer wins"
	}
	return fmt.Sprintf("player %v, dealer %v: %s", player, dealer, result)
}

func main() {
	r := rand.New(rand.NewSource(2024))
	d := deck(r)
	fmt.Println(len(d), d[:5])
	for round := 1; len(d) >= 12; round++ {
		fmt.Printf("round %d: %s\n", round, playRound(&d))
	}
	fmt.Println(Hand{{"A", 'S'}, {"A", 'H'}, {"9", 'D'}})
}
