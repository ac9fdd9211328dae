package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Hangman struct {
	word    string
	guessed map[rune]bool
	misses  []rune
	maxMiss int
}

type Outcome int

const (
	Playing Outcome = iota
	Won
	Lost
)

func (o Outcome) String() string {
	return [...]string{"playing", "won", "lost"}[o]
}

func New(word string, maxMiss int) *Hangman {
	return &Hangman{word: strings.ToUpper(word), guessed: make(map[rune]bool), maxMiss: maxMiss}
}

func (h *Hangman) Guess(r rune) (string, error) {
	r = unicode.ToUpper(r)
	if !unicode.IsLetter(r) {
		return "", fmt.Errorf("%q is not a letter", r)
	}
	if h.guessed[r] {
		return "", fmt.Errorf("already guessed %c", r)
	}
	h.guessed[r] = true
	if strings.ContainsRune(h.word, r) {
		return fmt.Sprintf("yes, %d x %c", strings.Count(h.word, string(r)), r), nil
	}
	h.misses = append(h.misses, r)
	return fmt.Sprintf("no %c (%d/%d)", r, len(h.misses), h.maxMiss), nil
}

func (h *Hangman) Masked() string {
	return strings.Map(func(r rune) rune {
		if h.guessed[r] || !unicode.IsLetter(r) {
			return r
		}
		return '_'
	}, h.word)
}

func (h *Hangman) State() Outcome {
	switch {
	case len(h.misses) >= h.maxMiss:
		return Lost
	case !strings.Contains(h.Masked(), "_"):
		return Won
	}
	return Playing
}

func play(word string, guesses string) {
	h := New(word, 4)
	fmt.Println("word:", h.Masked())
	for _, g := range guesses {
		msg, err := h.Guess(g)
		if err != nil {
			fmt.Println("  !", err)
			continue
		}
		fmt.Printf("  %c: %-14s %s\n", g, msg, h.Masked())
		if s := h.State(); s != Playing {
			fmt.Printf("  => %v with misses %q\n", s, string(h.misses))
			return
		}
	}
	fmt.Println("  => out of guesses:", h.State())
}

func main() {
	play("gopher-go", "eo1gzphEr")
	play("channel", "xyzaqw")
	play("range", "ra")
}
