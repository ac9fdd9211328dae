package main

import "fmt"

var total int

var moves = []string{"init"}

func add(n int) { total += n }

func record(m string) { moves = append(moves, m) }

func main() {
	add(3)
	total := 10
	add(2)
	total++
	record("a")
	moves := []string{"local"}
	record("b")
	fmt.Println(total, len(moves), moves)
	report()
}

func report() { fmt.Println(total, moves) }
