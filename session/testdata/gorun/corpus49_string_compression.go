package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func compress(s string) string {
	if s == "" {
		return ""
	}
	var sb strings.Builder
	runes := []rune(s)
	count := 1
	for i := 1; i <= len(runes); i++ {
		if i < len(runes) && runes[i] == runes[i-1] {
			count++
			continue
		}
		sb.WriteRune(runes[i-1])
		sb.WriteString(strconv.Itoa(count))
		count = 1
	}
	return sb.String()
}

func decompress(s string) (string, error) {
	var sb strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		ch := rs[i]
		i++
		j := i
		for j < len(rs) && unicode.IsDigit(rs[j]) {
			j++
		}
		if j == i {
			return "", fmt.Errorf("missing count after %q at %d", ch, i-1)
		}
		n, _ := strconv.Atoi(string(rs[i:j]))
		sb.WriteString(strings.Repeat(string(ch), n))
		i = j
	}
	return sb.String(), nil
}

func main() {
	for _, s := range []string{"aabccc", "aabcccccaaa", "abc", "", "zzzzzzzzzzzz", "ééé世世"} {
		c := compress(s)
		d, err := decompress(c)
		shorter := len(c) < len(s)
		fmt.Printf("%-14q -> %-16q roundtrip=%t shorter=%t err=%v\n", s, c, d == s, shorter, err)
	}
	_, err := decompress("a2bc3")
	fmt.Println(err)
}
