package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func Encode(s string) string {
	var b strings.Builder
	runes := []rune(s)
	for i := 0; i < len(runes); {
		j := i
		for j < len(runes) && runes[j] == runes[i] {
			j++
		}
		b.WriteString(strconv.Itoa(j - i))
		b.WriteRune(runes[i])
		i = j
	}
	return b.String()
}

var ErrMalformed = errors.New("malformed input")

func Decode(s string) (string, error) {
	var b strings.Builder
	n := 0
	seen := false
	for _, r := range s {
		if unicode.IsDigit(r) {
			n = n*10 + int(r-'0')
			seen = true
			continue
		}
		if !seen {
			return "", fmt.Errorf("%w: %q has no count", ErrMalformed, r)
		}
		b.WriteString(strings.Repeat(string(r), n))
		n, seen = 0, false
	}
	if seen {
		return "", fmt.Errorf("%w: trailing count %d", ErrMalformed, n)
	}
	return b.String(), nil
}

type Run struct {
	Val   byte
	Count int
}

func EncodeBytes(data []byte) []Run {
	var runs []Run
	for _, c := range data {
		if n := len(runs); n > 0 && runs[n-1].Val == c && runs[n-1].Count < 255 {
			runs[n-1].Count++
		} else {
			runs = append(runs, Run{c, 1})
		}
	}
	return runs
}

func main() {
	inputs := []string{"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "aaabccddd", "", "x", "ééé→→ü"}
	for _, in := range inputs {
		enc := Encode(in)
		dec, err := Decode(enc)
		ratio := 0.0
		if len(in) > 0 {
			ratio = float64(len(enc)) / float64(len(in))
		}
		fmt.Printf("%q -> %q ok=%v ratio=%.2f err=%v\n", in, enc, dec == in, ratio, err)
	}
	for _, bad := range []string{"3a2", "ab", "12"} {
		_, err := Decode(bad)
		fmt.Println(bad, "=>", err, errors.Is(err, ErrMalformed))
	}
	runs := EncodeBytes([]byte{0, 0, 0, 1, 1, 255, 0})
	fmt.Printf("%v %+v\n", runs, runs[0])
	big := make([]byte, 300)
	fmt.Println(EncodeBytes(big))
}
