package main

import (
	"fmt"
	"strconv"
	"unicode"
	"unicode/utf8"
)

type point struct {
	X, Y int
}

type named struct {
	Name string
	Tags []string
	P    *point
	m    map[string]int
}

func main() {
	p := point{1, 2}
	n := named{"gopher", []string{"a", "b"}, nil, map[string]int{"k": 1}}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v\n%+v\n", n, n)
	fmt.Printf("%#v\n", n.Tags)
	fmt.Printf("%T %T %T %T\n", n, &p, n.m, []any{1})
	fmt.Printf("%t %v %d %b %o %O %x %X %#x\n", true, 42, 42, 42, 42, 42, 255, 255, 255)
	fmt.Printf("%c %q %U %#U\n", 'G', 'G', 0x1F600, '⌘')
	fmt.Printf("%e %E %f %.2f %g %G %08.3f|%-8.2f|%+.1f\n", 123400000.0, 1.5, 3.14159, 3.14159, 1e21, 1e-7, 3.14159, 2.5, 7.0)
	fmt.Printf("%s|%q|%x|% x|%X\n", "hello", "hi\n\"there\"", "hello", "hey", []byte("go"))
	fmt.Printf("|%6d|%-6d|%06d|%+d|\n", 12, 34, -56, 7)
	fmt.Printf("|%10s|%-10s|%.3s|%10.2f|\n", "right", "left", "truncate", 3.14159)
	fmt.Printf("%v %v %v\n", []int{1, 2}, map[string]bool{"b": true, "a": false}, [2]string{"x", "y"})
	fmt.Printf("%q %v %x\n", []string{"a b", "c"}, &p, -255)
	fmt.Printf("%5t|%-5t|%v|%d\n", true, false, nil, []byte{1, 2})
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%!|%d %d\n", 1)
	fmt.Printf("%d\n", "str")
	fmt.Printf("%[2]d %[1]d %v\n", 1, 2, 3.0)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%x %X %o %b\n", 3.5, uint8(200), int64(-8), 5.0)
	fmt.Printf("%v %.3v %10.4v|\n", 1+2i, 3.14159-1i, "abcdefgh")
	s := fmt.Sprintf("%v and %v", p, n.P)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", 3.0, nil), fmt.Sprintln("x", 1))
	var e error
	fmt.Println(fmt.Sprintf("%v", e))

	fmt.Println(strconv.Quote("Hello, 世界\n\x00"), strconv.QuoteToASCII("Hello, 世界"), strconv.QuoteRune('☺'))
	fmt.Println(strconv.QuoteRuneToASCII('☺'), strconv.QuoteToGraphic("\u263a\t"))
	uq, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", uq, err)
	_, err = strconv.Unquote("'ab'")
	fmt.Println(err)
	b := []byte("bool:")
	b = strconv.AppendBool(b, true)
	b = append(b, " int:"...)
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, " hex:"...)
	b = strconv.AppendUint(b, 255, 16)
	b = append(b, " float:"...)
	b = strconv.AppendFloat(b, 3.1415926535, 'E', -1, 64)
	b = append(b, " q:"...)
	b = strconv.AppendQuote(b, `"fish"`)
	b = strconv.AppendQuoteRune(b, '☺')
	fmt.Println(string(b))
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', 4, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatInt(-255, 2), strconv.Itoa(99))
	v, err := strconv.ParseInt("7fffffffffffffff0", 16, 64)
	fmt.Println(v, err)
	bv, err := strconv.ParseBool("maybe")
	fmt.Println(bv, err)
	f, _ := strconv.ParseFloat("1e-3", 64)
	u, _ := strconv.ParseUint("ff", 16, 8)
	i, err := strconv.Atoi("12a")
	fmt.Println(f, u, i, err)
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	}

	for _, c := range "aZ 9\t!é世٣" {
		fmt.Printf("%q: L=%t U=%t Lo=%t D=%t N=%t S=%t P=%t Han=%t\n", c,
			unicode.IsLetter(c), unicode.IsUpper(c), unicode.IsLower(c), unicode.IsDigit(c),
			unicode.IsNumber(c), unicode.IsSpace(c), unicode.IsPunct(c), unicode.Is(unicode.Han, c))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.SimpleFold('A')), unicode.In('ж', unicode.Cyrillic, unicode.Greek))
	str := "Hello, 世界"
	fmt.Println(len(str), utf8.RuneCountInString(str), utf8.ValidString("a\xffb"), utf8.RuneLen('世'))
	r, size := utf8.DecodeRuneInString(str[7:])
	fmt.Printf("%c %d\n", r, size)
	fmt.Println(utf8.AppendRune(nil, '世'))
}
