package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Stage interface {
	Name() string
	Process(in []string) ([]string, error)
}

type StageFunc struct {
	name string
	fn   func([]string) ([]string, error)
}

func (s StageFunc) Name() string                          { return s.name }
func (s StageFunc) Process(in []string) ([]string, error) { return s.fn(in) }

type Tokenize struct{}

func (Tokenize) Name() string { return "tokenize" }
func (Tokenize) Process(in []string) ([]string, error) {
	var out []string
	for _, line := range in {
		out = append(out, strings.FieldsFunc(line, func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\''
		})...)
	}
	return out, nil
}

type StopWords map[string]bool

func (StopWords) Name() string { return "stopwords" }
func (s StopWords) Process(in []string) ([]string, error) {
	out := in[:0:0]
	for _, w := range in {
		if !s[strings.ToLower(w)] {
			out = append(out, w)
		}
	}
	return out, nil
}

type Pipeline []Stage

func (p Pipeline) Run(in []string) ([]string, error) {
	cur := in
	for i, s := range p {
		next, err := s.Process(cur)
		if err != nil {
			return nil, fmt.Errorf("stage %d (%s): %w", i, s.Name(), err)
		}
		fmt.Printf("  %-10s %d -> %d\n", s.Name(), len(cur), len(next))
		cur = next
	}
	return cur, nil
}

func main() {
	lower := StageFunc{"lower", func(in []string) ([]string, error) {
		out := make([]string, len(in))
		for i, w := range in {
			out[i] = strings.ToLower(w)
		}
		return out, nil
	}}
	limit := func(n int) Stage {
		return StageFunc{fmt.Sprintf("limit(%d)", n), func(in []string) ([]string, error) {
			if len(in) > n {
				return nil, fmt.Errorf("%d words exceeds limit", len(in))
			}
			return in, nil
		}}
	}
	text := []string{"The quick brown fox", "jumps over the lazy dog!", "It's a dog's life."}
	p := Pipeline{Tokenize{}, StopWords{"the": true, "a": true, "over": true}, lower}
	out, err := p.Run(text)
	fmt.Println(out, err)

	p2 := append(Pipeline{}, Tokenize{}, limit(5), lower)
	out, err = p2.Run(text)
	fmt.Println(out, err)

	names := make([]string, len(p))
	for i, s := range p {
		names[i] = s.Name()
	}
	fmt.Println(strings.Join(names, " -> "))
}
