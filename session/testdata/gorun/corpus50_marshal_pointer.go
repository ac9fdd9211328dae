package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Secret struct {
	Value string
}

func (s *Secret) MarshalJSON() ([]byte, error) {
	return json.Marshal(strings.Repeat("*", len(s.Value)))
}

type Account struct {
	User  string  `json:"user"`
	Pass  Secret  `json:"pass"`
	Token *Secret `json:"token"`
}

func main() {
	a := Account{User: "ann", Pass: Secret{"hunter2"}, Token: &Secret{"abc"}}
	b, _ := json.Marshal(a)
	fmt.Println("value:", string(b))
	b, _ = json.Marshal(&a)
	fmt.Println("pointer:", string(b))
	b, _ = json.Marshal(Secret{"xyz"})
	fmt.Println("bare value:", string(b))
	b, _ = json.Marshal(&Secret{"xyz"})
	fmt.Println("bare pointer:", string(b))
	list := []*Secret{{"a"}, {"bb"}}
	b, _ = json.Marshal(list)
	fmt.Println("slice of pointers:", string(b))
	var nilTok Account
	b, err := json.Marshal(nilTok)
	fmt.Println("nil token:", string(b), err)
}
