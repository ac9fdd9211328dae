package main

import (
	"bufio"
	"fmt"
	"strings"
)

// Like bufio.Scanner: the loop checks for an error only once, at the end.
type tokenizer struct {
	words []string
	pos   int
	tok   string
	err   error
}

func (t *tokenizer) Scan() bool {
	if t.err != nil || t.pos >= len(t.words) {
		return false
	}
	w := t.words[t.pos]
	t.pos++
	if w == "!" {
		t.err = fmt.Errorf("bad token at %d", t.pos)
		return false
	}
	t.tok = w
	return true
}

func (t *tokenizer) Text() string { return t.tok }
func (t *tokenizer) Err() error   { return t.err }

func main() {
	sc := bufio.NewScanner(strings.NewReader("alpha beta\ngamma\n\ndelta"))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}

	ws := bufio.NewScanner(strings.NewReader("one two  three\tfour"))
	ws.Split(bufio.ScanWords)
	count := 0
	for ws.Scan() {
		count++
	}
	fmt.Println("words:", count)

	tk := &tokenizer{words: strings.Fields("a b ! c")}
	for tk.Scan() {
		fmt.Println("token", tk.Text())
	}
	if err := tk.Err(); err != nil {
		fmt.Println("error:", err)
	}
}
