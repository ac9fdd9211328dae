package main

import (
	"encoding/json"
	"fmt"
)

type Account struct {
	ID       int64    `json:"id,string"`
	Name     string   `json:"name"`
	Nick     string   `json:"nick,omitempty"`
	Balance  float64  `json:"balance"`
	Password string   `json:"-"`
	Dash     string   `json:"-,"`
	Roles    []string `json:"roles,omitempty"`
	Verified bool     `json:"verified,omitempty"`
	Manager  *Account `json:"manager,omitempty"`
	NoTag    int
	hidden   int
}

func main() {
	boss := &Account{ID: 1, Name: "Grace", Balance: 100}
	a := Account{
		ID:       9007199254740993,
		Name:     "Linus",
		Balance:  12.5,
		Password: "hunter2",
		Dash:     "dash",
		Roles:    []string{"dev"},
		Manager:  boss,
		NoTag:    3,
		hidden:   4,
	}
	b, err := json.Marshal(a)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(string(b))

	empty, _ := json.Marshal(Account{})
	fmt.Println(string(empty))

	var back Account
	in := `{"id":"42","name":"Ken","nick":"k","balance":3,"Password":"x","-":"d","NoTag":5,"hidden":6}`
	if err := json.Unmarshal([]byte(in), &back); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%+v\n", back)

	var bad Account
	err = json.Unmarshal([]byte(`{"id":42}`), &bad)
	fmt.Println("unquoted id:", err)
}
