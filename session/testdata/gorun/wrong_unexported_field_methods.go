package main

import (
	"fmt"
	"time"
)

type level int

func (l level) String() string { return [...]string{"low", "mid", "high"}[l] }

type job struct {
	name    string
	timeout time.Duration
	Timeout time.Duration
	lvl     level
	Lvl     level
	waits   []time.Duration
	byName  map[string]time.Duration
	extra   any
	inner   stage
	Inner   stage
}

type stage struct {
	D   time.Duration
	Lvl level
}

type Named interface{ Name() string }

func (j job) Name() string { return j.name }

func main() {
	j := job{
		name: "build", timeout: time.Second, Timeout: time.Second,
		lvl: 2, Lvl: 2,
		waits:  []time.Duration{time.Millisecond},
		byName: map[string]time.Duration{"a": time.Minute},
		extra:  time.Hour,
		inner:  stage{time.Second, 1},
		Inner:  stage{time.Second, 1},
	}
	fmt.Println(j)
	fmt.Printf("%v\n%+v\n", j, j)
	fmt.Printf("%+v\n", &j)
	fmt.Printf("%s\n", j.inner)
	fmt.Println([]job{j}[0].inner, []stage{j.inner})
	var n Named = j
	fmt.Printf("%+v\n", n)
	s := fmt.Sprint(struct {
		d time.Duration
		l level
	}{time.Second, 1})
	fmt.Println(s)
	in := time.Date(2024, 3, 1, 9, 30, 0, 0, time.UTC)
	fmt.Printf("%+v\n", struct {
		In  time.Time
		out time.Time
		log []time.Time
	}{in, in.Add(time.Hour), []time.Time{in}})
	j.extra = level(0)
	fmt.Printf("%v\n", j.extra)
	fmt.Printf("%+v\n", j)
}
