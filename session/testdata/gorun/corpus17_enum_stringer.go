package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

var names = [...]string{"Sun", "Mon", "Tue", "Wed"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(names) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return names[d]
}

type Status uint8

const (
	Active Status = iota + 1
	Suspended
)

func (s Status) MarshalText() ([]byte, error) {
	switch s {
	case Active:
		return []byte("active"), nil
	case Suspended:
		return []byte("suspended"), nil
	}
	return nil, fmt.Errorf("bad status %d", s)
}

type Account struct {
	Name   string    `json:"name"`
	Status Status    `json:"status"`
	Days   []Weekday `json:"days,omitempty"`
	Note   string    `json:"-"`
}

func main() {
	fmt.Println(Monday, Wednesday+0, Weekday(9))
	fmt.Printf("%v %d %s %q\n", Tuesday, Tuesday, Tuesday, Tuesday)
	days := []Weekday{Wednesday, Sunday, Tuesday}
	sort.Slice(days, func(i, j int) bool { return days[i] < days[j] })
	fmt.Println(days)
	m := map[Weekday]int{Monday: 2, Sunday: 1}
	fmt.Println(m)
	a := Account{Name: "ann", Status: Active, Days: []Weekday{Monday}, Note: "x"}
	b, err := json.Marshal(a)
	fmt.Println(string(b), err)
	_, err = json.Marshal(Account{Name: "bad", Status: 9})
	fmt.Println(err)
	counts := map[Status]int{Active: 3, Suspended: 1}
	b, _ = json.Marshal(counts)
	fmt.Println(string(b))
}
