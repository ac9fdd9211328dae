package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Base struct {
	ID      int       `json:"id"`
	Created time.Time `json:"created"`
}

type User struct {
	Base
	Name  string `json:"name"`
	email string
}

type Stamp struct {
	time.Time
	Label string
}

type Color string

type Palette struct {
	Colors map[Color]int `json:"colors"`
	Main   Color         `json:"main,omitempty"`
}

func main() {
	u := User{Base: Base{ID: 7, Created: time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)}, Name: "kim", email: "k@x"}
	b, _ := json.Marshal(u)
	fmt.Println(string(b))
	var u2 User
	json.Unmarshal([]byte(`{"id":9,"name":"lee","created":"2021-05-06T00:00:00Z"}`), &u2)
	fmt.Println(u2.ID, u2.Name, u2.Created.Year())
	fmt.Printf("%+v\n", u2.Base.ID)
	s := Stamp{time.Date(2022, 3, 4, 5, 6, 7, 0, time.UTC), "x"}
	fmt.Println(s.Year(), s.Label)
	p := Palette{Colors: map[Color]int{"red": 1, "blue": 2}, Main: "red"}
	b, _ = json.Marshal(p)
	fmt.Println(string(b))
	var p2 Palette
	fmt.Println(json.Unmarshal(b, &p2), p2.Colors["blue"], p2.Main)
	fmt.Printf("%T %T %T\n", p.Main, []User{}, map[string]*User{})
	fmt.Printf("%q %v %s\n", p.Main, p.Main, p.Main)
	pu := &u
	fmt.Printf("%v\n", pu.Name)
}
