package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
)

func Yacht(dice []int, category string) int {
	counts := map[int]int{}
	sum := 0
	for _, d := range dice {
		counts[d]++
		sum += d
	}
	faces := map[string]int{"ones": 1, "twos": 2, "threes": 3, "fours": 4, "fives": 5, "sixes": 6}
	if f, ok := faces[category]; ok {
		return f * counts[f]
	}
	sorted := slices.Sorted(slices.Values(dice))
	switch category {
	case "full house":
		if len(counts) == 2 && (counts[sorted[0]] == 2 || counts[sorted[0]] == 3) {
			return sum
		}
	case "four of a kind":
		for f, c := range counts {
			if c >= 4 {
				return 4 * f
			}
		}
	case "little straight":
		if slices.Equal(sorted, []int{1, 2, 3, 4, 5}) {
			return 30
		}
	case "big straight":
		if slices.Equal(sorted, []int{2, 3, 4, 5, 6}) {
			return 30
		}
	case "choice":
		return sum
	case "yacht":
		if len(counts) == 1 {
			return 50
		}
	}
	return 0
}

var letterValues = func() map[rune]int {
	m := map[rune]int{}
	for v, letters := range map[int]string{1: "AEIOULNRST", 2: "DG", 3: "BCMP", 4: "FHVWY", 5: "K", 8: "JX", 10: "QZ"} {
		for _, r := range letters {
			m[r] = v
		}
	}
	return m
}()

func Score(word string) int {
	total := 0
	for _, r := range word {
		total += letterValues[unicode.ToUpper(r)]
	}
	return total
}

func Anagrams(subject string, candidates []string) []string {
	key := func(s string) string {
		r := []rune(strings.ToLower(s))
		sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
		return string(r)
	}
	want := key(subject)
	var out []string
	for _, c := range candidates {
		if strings.EqualFold(c, subject) {
			continue
		}
		if key(c) == want {
			out = append(out, c)
		}
	}
	return out
}

func main() {
	rolls := []struct {
		dice []int
		cat  string
	}{
		{[]int{5, 5, 5, 5, 5}, "yacht"}, {[]int{1, 3, 3, 2, 5}, "ones"}, {[]int{2, 2, 4, 4, 4}, "full house"},
		{[]int{3, 3, 3, 3, 3}, "full house"}, {[]int{3, 3, 3, 3, 5}, "four of a kind"}, {[]int{3, 5, 4, 1, 2}, "little straight"},
		{[]int{4, 6, 2, 5, 3}, "big straight"}, {[]int{3, 3, 5, 6, 6}, "choice"}, {[]int{6, 5, 4, 3, 2}, "sixes"},
	}
	for _, r := range rolls {
		fmt.Printf("%v %-16s %2d\n", r.dice, r.cat, Yacht(r.dice, r.cat))
	}
	for _, w := range []string{"", "a", "f", "street", "quirky", "OxyphenButazone", "pinata"} {
		fmt.Printf("%q=%d ", w, Score(w))
	}
	fmt.Println()
	fmt.Println(Anagrams("listen", []string{"enlists", "google", "inlets", "banana", "Silent", "LISTEN", "tinsel"}))
	fmt.Println(Anagrams("ΑΒΓ", []string{"ΒΓΑ", "ΒΓΔ", "γβα", "αβγ"}), len(letterValues))
}
