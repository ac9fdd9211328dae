package main

import (
	"fmt"
	"strings"
)

// tokenize splits on spaces and understands "quoted strings", using goto
// between states the way a hand-written lexer sometimes does.
func tokenize(s string) []string {
	var toks []string
	var cur strings.Builder
	i := 0

start:
	if i >= len(s) {
		goto done
	}
	switch s[i] {
	case ' ':
		i++
		goto start
	case '"':
		i++
		goto quoted
	}
	goto word

word:
	for i < len(s) && s[i] != ' ' {
		cur.WriteByte(s[i])
		i++
	}
	toks = append(toks, cur.String())
	cur.Reset()
	goto start

quoted:
	for i < len(s) && s[i] != '"' {
		cur.WriteByte(s[i])
		i++
	}
	i++ // closing quote
	toks = append(toks, "«"+cur.String()+"»")
	cur.Reset()
	goto start

done:
	return toks
}

func gcd(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func main() {
	fmt.Printf("%q\n", tokenize(`say "hello world" to  everyone`))
	fmt.Printf("%q\n", tokenize(""))
	fmt.Printf("%q\n", tokenize(`"only quoted"`))
	fmt.Println(gcd(84, 36), gcd(17, 5))

	i := 0
	var out []int
retry:
	i++
	if i%2 == 0 {
		out = append(out, i)
	}
	if i < 10 {
		goto retry
	}
	fmt.Println(out)
}
