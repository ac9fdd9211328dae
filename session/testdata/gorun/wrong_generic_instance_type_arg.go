package main

import (
	"encoding/json"
	"fmt"
)

// An instance of a generic type of one type parameter, first named as a
// type argument (Zero[Box[int]]) or in the argument a generic call infers
// from (Show(Box[[]int]{...})): yaegi found no type for it.
type Box[T any] struct{ V T }

type User struct {
	Name string `json:"name"`
}

func Show[T any](v T) string { return fmt.Sprintf("%v", v) }

func Zero[T any]() T {
	var z T
	return z
}

func Decode[T any](s string) (T, error) {
	var v T
	err := json.Unmarshal([]byte(s), &v)
	return v, err
}

func main() {
	fmt.Println(Zero[Box[int]]())
	fmt.Println(Show(Box[[]int]{V: []int{1, 2}}))
	fmt.Println(Show(Box[map[string]int]{}))
	fmt.Println(Show[Box[Box[string]]](Box[Box[string]]{V: Box[string]{"in"}}))
	u, err := Decode[Box[User]](`{"V":{"name":"ann"}}`)
	fmt.Println(u.V.Name, err)
	us, err := Decode[[]Box[User]](`[{"V":{"name":"bo"}},{"V":{"name":"cy"}}]`)
	fmt.Println(len(us), us[1].V.Name, err)
}
