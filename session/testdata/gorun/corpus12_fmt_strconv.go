package main

import (
	"fmt"
	"math"
	"strconv"
)

type Point struct {
	X, Y int
	Tag  string
}

func main() {
	p := Point{1, -2, "origin"}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v %+v\n", &p, []Point{p})
	fmt.Printf("[%5d][%-5d][%05d][%x][%X][%o][%b][%#x]\n", 42, 42, 42, 255, 255, 8, 5, 255)
	fmt.Printf("[%8.3f][%-8.2f][%e][%g][%.0f]\n", math.Pi, math.E, 123456.789, 1e21, 2.5)
	fmt.Printf("[%s][%10s][%-10s][%q][%.3s]\n", "go", "right", "left", "quo\"te", "truncate")
	fmt.Printf("[%c][%U][%q][%d]\n", 'G', 'G', 'G', 'G')
	fmt.Printf("[%t][%v][%p]\n", true, nil, nil)
	fmt.Printf("[%x][% x][%s]\n", "hi", []byte("hi"), []byte("bytes"))
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%*d|%-*d|\n", 6, 7, 4, 8)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5), fmt.Sprintln("x", 1))

	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.ParseInt("999999999999999999999", 10, 64)
	fmt.Println(err)
	i, _ := strconv.ParseInt("-ff", 16, 32)
	u, _ := strconv.ParseUint("1010", 2, 8)
	f, _ := strconv.ParseFloat("3.25e2", 64)
	b, _ := strconv.ParseBool("TRUE")
	fmt.Println(i, u, f, b)
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 36))
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', 4, 64), strconv.FormatFloat(1e6, 'e', -1, 64), strconv.FormatFloat(0.1, 'g', -1, 32))
	fmt.Println(strconv.Quote("tab\there \"q\" é"), strconv.QuoteToASCII("é世"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\nb"`)
	fmt.Printf("%q %v\n", s, err)
	fmt.Println(strconv.AppendInt([]byte("n="), 42, 10), string(strconv.AppendQuote(nil, "x")))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.Inf(1), -math.Inf(1), math.NaN())
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2, 1<<10, 0x1F, 0o17, 0b101, 1_000_000)
	var x uint8 = 250
	x += 10
	var y int8 = -128
	y--
	fmt.Println(x, y)
}
