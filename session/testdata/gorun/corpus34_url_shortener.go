package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var ErrNotFound = errors.New("short link not found")

type Shortener struct {
	next  int
	links map[string]string
	hits  map[string]int
}

func NewShortener() *Shortener {
	return &Shortener{links: make(map[string]string), hits: map[string]int{}}
}

const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

func encode(n int) string {
	if n == 0 {
		return string(alphabet[0])
	}
	var sb strings.Builder
	for n > 0 {
		sb.WriteByte(alphabet[n%len(alphabet)])
		n /= len(alphabet)
	}
	b := []byte(sb.String())
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func (s *Shortener) Shorten(url string) string {
	for k, v := range s.links {
		if v == url {
			return k
		}
	}
	key := encode(s.next + 1000)
	s.next++
	s.links[key] = url
	return key
}

func (s *Shortener) Resolve(key string) (string, error) {
	url, ok := s.links[key]
	if !ok {
		return "", fmt.Errorf("resolve %q: %w", key, ErrNotFound)
	}
	s.hits[key]++
	return url, nil
}

func main() {
	s := NewShortener()
	urls := []string{"https://go.dev", "https://pkg.go.dev/fmt", "https://go.dev/tour", "https://go.dev"}
	for _, u := range urls {
		fmt.Printf("%-25s -> /%s\n", u, s.Shorten(u))
	}
	for _, k := range []string{"q8", "q9", "q8", "zz", "ra"} {
		url, err := s.Resolve(k)
		if errors.Is(err, ErrNotFound) {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("redirect", k, "->", url)
	}
	keys := make([]string, 0, len(s.hits))
	for k := range s.hits {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %d hits\n", k, s.hits[k])
	}
}
