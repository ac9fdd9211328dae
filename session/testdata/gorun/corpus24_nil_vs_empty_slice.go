package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type Response struct {
	Tags  []string `json:"tags"`
	Other []int    `json:"other,omitempty"`
}

func main() {
	var nilSlice []string
	empty := []string{}
	made := make([]string, 0)

	fmt.Println(nilSlice == nil, empty == nil, made == nil)
	fmt.Println(len(nilSlice), cap(nilSlice), len(empty), cap(empty))
	fmt.Printf("%v %v\n", nilSlice, empty)
	fmt.Printf("%#v %#v\n", nilSlice, empty)

	a, _ := json.Marshal(nilSlice)
	b, _ := json.Marshal(empty)
	fmt.Println(string(a), string(b))

	r1, _ := json.Marshal(Response{})
	r2, _ := json.Marshal(Response{Tags: []string{}, Other: []int{}})
	fmt.Println(string(r1))
	fmt.Println(string(r2))

	fmt.Println("DeepEqual:", reflect.DeepEqual(nilSlice, empty))

	nilSlice = append(nilSlice, "now")
	fmt.Println(nilSlice, nilSlice == nil)

	var back []int
	json.Unmarshal([]byte("null"), &back)
	fmt.Println(back == nil)
	json.Unmarshal([]byte("[]"), &back)
	fmt.Println(back == nil, len(back))

	for range empty {
		fmt.Println("never")
	}
	var s []int
	s = s[:0]
	fmt.Println(s == nil)
	t := []int{1}[:0]
	fmt.Println(t == nil, len(t), cap(t))
}
