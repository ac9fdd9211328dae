package main

import (
	"encoding/json"
	"fmt"
)

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%.1fC"`, float64(c))), nil
}

type Reading struct {
	Where string  `json:"where"`
	Temp  Celsius `json:"temp"`
}

func main() {
	r := Reading{Where: "lab", Temp: 21.55}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)
}
