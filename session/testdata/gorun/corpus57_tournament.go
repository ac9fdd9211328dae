package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

type team struct {
	name                string
	played, w, d, l, pt int
}

func Tally(r io.Reader, w io.Writer) error {
	teams := map[string]*team{}
	get := func(n string) *team {
		t, ok := teams[n]
		if !ok {
			t = &team{name: n}
			teams[n] = t
		}
		return t
	}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, ";")
		if len(f) != 3 {
			return fmt.Errorf("bad line %q", line)
		}
		a, b := get(f[0]), get(f[1])
		switch f[2] {
		case "win":
			a.w, a.pt, b.l = a.w+1, a.pt+3, b.l+1
		case "loss":
			b.w, b.pt, a.l = b.w+1, b.pt+3, a.l+1
		case "draw":
			a.d, b.d = a.d+1, b.d+1
			a.pt++
			b.pt++
		default:
			return errors.New("unknown result: " + f[2])
		}
		a.played++
		b.played++
	}
	list := make([]*team, 0, len(teams))
	for _, t := range teams {
		list = append(list, t)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].pt != list[j].pt {
			return list[i].pt > list[j].pt
		}
		return list[i].name < list[j].name
	})
	fmt.Fprintf(w, "%-31s| MP |  W |  D |  L |  P\n", "Team")
	for _, t := range list {
		fmt.Fprintf(w, "%-31s| %2d | %2d | %2d | %2d | %2d\n", t.name, t.played, t.w, t.d, t.l, t.pt)
	}
	return nil
}

func main() {
	input := `
Allegoric Alaskans;Blithering Badgers;win
Devastating Donkeys;Courageous Californians;draw
# comment
Devastating Donkeys;Allegoric Alaskans;win
Courageous Californians;Blithering Badgers;loss
Blithering Badgers;Devastating Donkeys;loss
Allegoric Alaskans;Courageous Californians;win
`
	if err := Tally(strings.NewReader(input), os.Stdout); err != nil {
		fmt.Println("error:", err)
	}
	var sb strings.Builder
	err := Tally(strings.NewReader("a;b;maybe\n"), &sb)
	fmt.Printf("err=%v out=%q\n", err, sb.String())
	err = Tally(strings.NewReader("a;b\n"), &sb)
	fmt.Println("err:", err)
}
