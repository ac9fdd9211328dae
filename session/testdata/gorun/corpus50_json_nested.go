package main

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
	Zip    string `json:"zip,omitempty"`
}

type Person struct {
	Name     string            `json:"name"`
	Age      int               `json:"age"`
	Email    string            `json:"email,omitempty"`
	Address  Address           `json:"address"`
	Tags     []string          `json:"tags"`
	Meta     map[string]string `json:"meta,omitempty"`
	Password string            `json:"-"`
	Score    float64           `json:"score,string"`
	private  int
}

func main() {
	p := Person{
		Name:     "Alice",
		Age:      30,
		Address:  Address{Street: "1 Main St", City: "Springfield"},
		Tags:     []string{"admin", "dev"},
		Password: "hunter2",
		Score:    9.5,
		private:  7,
	}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)

	var back Person
	err = json.Unmarshal(b, &back)
	fmt.Printf("%+v %v\n", back, err)

	in := `{"name":"Bob","age":41,"address":{"city":"Shelbyville","zip":"12345"},"tags":null,"meta":{"k":"v"},"score":"1.25","unknown":true}`
	var q Person
	if err := json.Unmarshal([]byte(in), &q); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%s %d %s %s %v %v %v\n", q.Name, q.Age, q.Address.City, q.Address.Zip, q.Tags == nil, q.Meta, q.Score)

	var bad Person
	err = json.Unmarshal([]byte(`{"age":"old"}`), &bad)
	fmt.Println("error:", err)
	var te *json.UnmarshalTypeError
	fmt.Printf("%T\n", err)
	_ = te
	err = json.Unmarshal([]byte(`{"name":`), &bad)
	fmt.Println("syntax:", err)
}
