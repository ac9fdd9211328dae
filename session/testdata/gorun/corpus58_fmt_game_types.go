package main

import (
	"errors"
	"fmt"
	"sort"
)

type Color int

const (
	Red Color = iota + 1
	Blue
)

func (c Color) String() string { return [...]string{"?", "red", "blue"}[c] }

type Unit struct {
	Name  string
	Team  Color
	HP    int
	Coord [2]int
}

func (u *Unit) String() string { return fmt.Sprintf("%s(%v,%d)", u.Name, u.Team, u.HP) }

type Army []*Unit

type GameError struct {
	Code int
	Msg  string
}

func (e GameError) Error() string { return fmt.Sprintf("E%03d %s", e.Code, e.Msg) }

type Grid map[[2]int]Color

func main() {
	u := Unit{"knight", Red, 12, [2]int{1, 2}}
	fmt.Println(u)
	fmt.Println(&u)
	fmt.Printf("%v|%+v|%s|%d|%q|%x\n", u.Team, u, u.Team, u.Team, u.Team, u.Team)
	army := Army{&u, {Name: "archer", Team: Blue, HP: 7}}
	fmt.Println(army, len(army))
	fmt.Printf("%v %s\n", army[1], army)
	teams := map[Color][]string{Blue: {"archer"}, Red: {"knight", "mage"}}
	fmt.Println(teams)
	g := Grid{{0, 1}: Red, {0, 0}: Blue, {2, 0}: Red}
	fmt.Println(g)
	keys := make([][2]int, 0, len(g))
	for k := range g {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	fmt.Println(keys)
	var err error = GameError{7, "unit out of range"}
	fmt.Println(err)
	fmt.Printf("%v|%+v|%#v|%T\n", err, err, err, err)
	wrapped := fmt.Errorf("turn 3: %w", err)
	var ge GameError
	fmt.Println(wrapped, errors.As(wrapped, &ge), ge.Code, errors.Unwrap(wrapped) == err)
	var list []fmt.Stringer = []fmt.Stringer{Red, &u, Color(2)}
	fmt.Println(list)
	fmt.Printf("%6.2f|%-6d|%06.1f|%+d|%e\n", 3.14159, 42, 2.5, 5, 1234.5678)
	fmt.Printf("%v %v\n", struct {
		A Color
		B *int
	}{Blue, nil}, []any{Red, nil, "x", 1.0})
	fmt.Printf("%#v %#v\n", u.Coord, Red)
}
