package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isAnagram(a, b string) bool {
	count := map[rune]int{}
	for _, r := range strings.ToLower(a) {
		if unicode.IsLetter(r) {
			count[r]++
		}
	}
	for _, r := range strings.ToLower(b) {
		if unicode.IsLetter(r) {
			count[r]--
		}
	}
	for _, v := range count {
		if v != 0 {
			return false
		}
	}
	return true
}

func caesar(s string, shift int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(shift)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(shift)+26)%26
		}
		return r
	}, s)
}

func compress(s string) string {
	var sb strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		sb.WriteRune(rs[i])
		if j-i > 1 {
			fmt.Fprint(&sb, j-i)
		}
		i = j
	}
	return sb.String()
}

func main() {
	s := "Hello, 世界! 👋"
	fmt.Println(len(s), utf8.RuneCountInString(s), reverse(s))
	for i, r := range "añb" {
		fmt.Printf("%d:%c(%U) ", i, r, r)
	}
	fmt.Println()
	b := []byte("añb")
	fmt.Println(b, len(b), string(b[1:3]))
	r, size := utf8.DecodeRuneInString("€uro")
	fmt.Println(string(r), size)
	fmt.Println(isAnagram("Dormitory", "Dirty room"), isAnagram("abc", "abd"))
	enc := caesar("Hello, World", 3)
	fmt.Println(enc, caesar(enc, -3))
	fmt.Println(compress("aaabccddddé"), compress("ééé"))
	words := strings.FieldsFunc("one,two;;three four", func(r rune) bool { return r == ',' || r == ';' || r == ' ' })
	fmt.Printf("%q\n", words)
	title := []rune("go is fun")
	title[0] = unicode.ToUpper(title[0])
	fmt.Println(string(title), strings.Title("x"), strings.ToTitle("ß"))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString(strings.Repeat("ab", i))
		sb.WriteByte('|')
	}
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.Count("cheese", "e"), strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.ContainsRune("abc", 'b'), string(rune(65)), fmt.Sprint('a'))
	bad := string([]byte{0xff, 'a'})
	for _, r := range bad {
		fmt.Print(r, " ")
	}
	fmt.Println(utf8.ValidString(bad))
}
