package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Record struct {
	Name  string
	Age   int
	Score float64
	OK    bool
}

func parseLine(line string) (Record, error) {
	f := strings.Split(line, ",")
	if len(f) != 4 {
		return Record{}, fmt.Errorf("want 4 fields, got %d", len(f))
	}
	age, err := strconv.Atoi(strings.TrimSpace(f[1]))
	if err != nil {
		return Record{}, fmt.Errorf("age: %w", err)
	}
	score, err := strconv.ParseFloat(strings.TrimSpace(f[2]), 64)
	if err != nil {
		return Record{}, fmt.Errorf("score: %w", err)
	}
	ok, err := strconv.ParseBool(strings.TrimSpace(f[3]))
	if err != nil {
		return Record{}, fmt.Errorf("ok: %w", err)
	}
	return Record{strings.TrimSpace(f[0]), age, score, ok}, nil
}

func main() {
	lines := []string{"ann, 30, 91.5, true", "bob,x,1,false", "cy,20,7e1,1", "dee,1,2", "eve,40,3.25,maybe"}
	for _, l := range lines {
		r, err := parseLine(l)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%+v\n", r)
	}
	n, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(n, err)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	i8, err := strconv.ParseInt("127", 10, 8)
	fmt.Println(i8, err)
	b, _ := strconv.ParseInt("1011", 2, 0)
	fmt.Println(b, strconv.FormatInt(b, 2), strconv.FormatInt(255, 16), strconv.Itoa(-9))
	fmt.Println(strconv.Quote("hi\n\"x\""), strconv.QuoteRune('☺'), strconv.QuoteToASCII("é"))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(0.1+0.2, 'f', -1, 64), 0.1+0.2)
	x := 0.1
	fmt.Println(x+0.2, x+0.2 == 0.3)
	fmt.Println(strconv.AppendInt([]byte("n="), 42, 10), string(strconv.AppendBool(nil, true)))
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
	v, err := strconv.Atoi(" 5")
	fmt.Println(v, err)
}
