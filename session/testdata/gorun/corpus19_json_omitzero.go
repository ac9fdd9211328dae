package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Address struct {
	City string `json:"city,omitempty"`
	Zip  string `json:"zip,omitempty"`
}

type Money struct{ Cents int64 }

func (m Money) IsZero() bool { return m.Cents == 0 }

type Profile struct {
	Name     string    `json:"name"`
	Nick     string    `json:"nick,omitempty"`
	Born     time.Time `json:"born,omitzero"`
	Home     Address   `json:"home,omitzero"`
	Work     Address   `json:"work,omitempty"`
	Balance  Money     `json:"balance,omitzero"`
	Tags     []string  `json:"tags,omitempty"`
	Scores   []int     `json:"scores,omitzero"`
	Verified bool      `json:"verified,omitzero"`
}

func main() {
	empty := Profile{Name: "anon"}
	out, _ := json.Marshal(empty)
	fmt.Println(string(out))

	full := Profile{
		Name:     "Gopher",
		Nick:     "gg",
		Born:     time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC),
		Home:     Address{City: "Zurich"},
		Balance:  Money{150},
		Tags:     []string{},
		Scores:   []int{},
		Verified: true,
	}
	out, _ = json.MarshalIndent(full, "", "  ")
	fmt.Println(string(out))

	var back Profile
	if err := json.Unmarshal(out, &back); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(back.Born.Year(), back.Home.City, back.Balance.Cents, back.Scores != nil)
}
