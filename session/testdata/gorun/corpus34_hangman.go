package main

import (
	"fmt"
	"strings"
)

type Game struct {
	word    string
	guessed map[rune]bool
	misses  int
	maxMiss int
}

func NewGame(word string, maxMiss int) *Game {
	return &Game{word: strings.ToUpper(word), guessed: map[rune]bool{}, maxMiss: maxMiss}
}

func (g *Game) Masked() string {
	var b strings.Builder
	for _, r := range g.word {
		if g.guessed[r] {
			b.WriteRune(r)
		} else {
			b.WriteRune('_')
		}
		b.WriteByte(' ')
	}
	return strings.TrimSpace(b.String())
}

func (g *Game) Guess(r rune) (string, error) {
	r = []rune(strings.ToUpper(string(r)))[0]
	if g.guessed[r] {
		return "", fmt.Errorf("already guessed %c", r)
	}
	g.guessed[r] = true
	if strings.ContainsRune(g.word, r) {
		return fmt.Sprintf("%c is in the word (%d times)", r, strings.Count(g.word, string(r))), nil
	}
	g.misses++
	return fmt.Sprintf("no %c, %d misses left", r, g.maxMiss-g.misses), nil
}

func (g *Game) Won() bool  { return !strings.Contains(g.Masked(), "_") }
func (g *Game) Lost() bool { return g.misses >= g.maxMiss }

func play(word string, guesses string) {
	g := NewGame(word, 4)
	fmt.Println("new game:", g.Masked())
	for _, r := range guesses {
		msg, err := g.Guess(r)
		if err != nil {
			fmt.Println("  !", err)
			continue
		}
		fmt.Printf("  %-28s %s\n", msg, g.Masked())
		if g.Won() {
			fmt.Println("  you win!")
			return
		}
		if g.Lost() {
			fmt.Println("  you lose, the word was", g.word)
			return
		}
	}
}

func main() {
	play("gopher", "eaoxgphrz")
	play("channel", "zqwxy")
}
