package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Response[T any] struct {
	Status string `json:"status"`
	Data   T      `json:"data"`
	Error  string `json:"error,omitempty"`
}

type User struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

func Decode[T any](s string) (T, error) {
	var v T
	dec := json.NewDecoder(strings.NewReader(s))
	dec.DisallowUnknownFields()
	err := dec.Decode(&v)
	return v, err
}

func Encode[T any](v T) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "error: " + err.Error()
	}
	return string(b)
}

func main() {
	u, err := Decode[Response[User]](`{"status":"ok","data":{"id":1,"name":"Ann"}}`)
	fmt.Printf("%+v %v\n", u, err)

	list, err := Decode[Response[[]User]](`{"status":"ok","data":[{"id":2,"name":"Bo"},{"id":3,"name":"Cy"}]}`)
	fmt.Println(len(list.Data), list.Data[1].Name, err)

	n, err := Decode[map[string]int](`{"a":1,"b":2}`)
	fmt.Println(n["a"]+n["b"], err)

	_, err = Decode[Response[User]](`{"status":"ok","data":{"id":1,"nick":"x"}}`)
	fmt.Println(err)

	fmt.Println(Encode(Response[[]int]{Status: "ok", Data: []int{1, 2, 3}}))
	fmt.Println(Encode(Response[*User]{Status: "missing", Error: "not found"}))
	fmt.Println(Encode(map[string]Response[bool]{"z": {Status: "ok", Data: true}, "a": {Status: "no"}}))
}
