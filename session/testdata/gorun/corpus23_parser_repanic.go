package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Error string

func (e Error) Error() string { return string(e) }

type parser struct {
	toks []string
	pos  int
}

func (p *parser) error(msg string) {
	panic(Error(fmt.Sprintf("pos %d: %s", p.pos, msg)))
}

func (p *parser) next() string {
	if p.pos >= len(p.toks) {
		p.error("unexpected end")
	}
	t := p.toks[p.pos]
	p.pos++
	return t
}

func (p *parser) expr() int {
	v := p.term()
	for p.pos < len(p.toks) && p.toks[p.pos] == "+" {
		p.pos++
		v += p.term()
	}
	return v
}

func (p *parser) term() int {
	t := p.next()
	if t == "boom" {
		var arr []int
		return arr[3]
	}
	n, err := strconv.Atoi(t)
	if err != nil {
		p.error("bad number " + strconv.Quote(t))
	}
	return n
}

func tokenize(s string) []string {
	return strings.FieldsFunc(s, unicode.IsSpace)
}

func Compile(str string) (result int, err error) {
	p := &parser{toks: tokenize(str)}
	defer func() {
		if e := recover(); e != nil {
			result = 0
			err = e.(Error)
		}
	}()
	return p.expr(), nil
}

func main() {
	for _, s := range []string{"1 + 2 + 39", "1 + x", "4 +", ""} {
		v, err := Compile(s)
		fmt.Printf("%q => %d, %v\n", s, v, err)
	}
	defer func() {
		r := recover()
		fmt.Printf("re-panicked: %T %v\n", r, r)
	}()
	Compile("1 + boom")
	fmt.Println("not reached")
}
