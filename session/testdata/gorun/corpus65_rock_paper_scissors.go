package main

import (
	"fmt"
	"math/rand"
)

type Move int

const (
	Rock Move = iota
	Paper
	Scissors
)

var names = map[Move]string{Rock: "rock", Paper: "paper", Scissors: "scissors"}

func (m Move) String() string { return names[m] }

func winner(a, b Move) int {
	if a == b {
		return 0
	}
	if (a+1)%3 == b {
		return 2
	}
	return 1
}

func main() {
	r := rand.New(rand.NewSource(42))
	score := [3]int{}
	playerMoves := []Move{Rock, Rock, Paper, Scissors, Paper, Scissors, Rock, Paper, Scissors, Rock}
	for round, p := range playerMoves {
		c := Move(r.Intn(3))
		res := winner(p, c)
		score[res]++
		var outcome string
		switch res {
		case 0:
			outcome = "draw"
		case 1:
			outcome = "player wins"
		case 2:
			outcome = "computer wins"
		}
		fmt.Printf("Round %2d: %-8v vs %-8v -> %s\n", round+1, p, c, outcome)
	}
	fmt.Printf("Draws: %d, Player: %d, Computer: %d\n", score[0], score[1], score[2])
	switch {
	case score[1] > score[2]:
		fmt.Println("You win the match!")
	case score[1] < score[2]:
		fmt.Println("Computer wins the match!")
	default:
		fmt.Println("It's a tie!")
	}
	fmt.Println(winner(Rock, Scissors), winner(Scissors, Rock), winner(Paper, Rock))
	r2 := rand.New(rand.NewSource(7))
	perm := r2.Perm(5)
	fmt.Println(perm, r2.Float64() < 1)
}
