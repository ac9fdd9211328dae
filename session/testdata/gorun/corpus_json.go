package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Address struct {
	City string `json:"city"`
	Zip  string `json:"zip,omitempty"`
}

type User struct {
	Name    string   `json:"name"`
	Age     int      `json:"age"`
	Email   string   `json:"email,omitempty"`
	Tags    []string `json:"tags"`
	Address Address  `json:"address"`
	secret  string
}

func main() {
	u := User{Name: "Ada", Age: 36, Tags: []string{"math", "code"}, Address: Address{City: "London"}, secret: "x"}
	b, err := json.Marshal(u)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	pretty, _ := json.MarshalIndent(map[string]int{"b": 2, "a": 1}, "", "  ")
	fmt.Println(string(pretty))
	var back User
	if err := json.Unmarshal([]byte(`{"name":"Grace","age":85,"tags":["navy"],"address":{"city":"NYC","zip":"10001"}}`), &back); err != nil {
		panic(err)
	}
	fmt.Printf("%+v\n", back)
	var anything map[string]interface{}
	json.Unmarshal([]byte(`{"n":1.5,"s":"x","l":[1,"two",true],"o":null}`), &anything)
	fmt.Println(anything["n"], anything["s"], anything["l"], anything["o"])
	enc := json.NewEncoder(os.Stdout)
	enc.Encode([]int{1, 2, 3})
	dec := json.NewDecoder(strings.NewReader(`{"name":"a"} {"name":"b"}`))
	for {
		var v struct{ Name string }
		if err := dec.Decode(&v); err != nil {
			break
		}
		fmt.Println(v.Name)
	}
	err = json.Unmarshal([]byte(`{"age":"old"}`), &back)
	fmt.Println(err)
}
