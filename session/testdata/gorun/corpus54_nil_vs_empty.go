package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type payload struct {
	Items []string       `json:"items"`
	Tags  map[string]int `json:"tags"`
	Opt   []int          `json:"opt,omitempty"`
	Ptr   *int           `json:"ptr"`
	Any   interface{}    `json:"any"`
}

func main() {
	var nilSlice []int
	empty := []int{}
	made := make([]int, 0)

	fmt.Println(nilSlice == nil, empty == nil, made == nil)
	fmt.Println(len(nilSlice), cap(nilSlice), len(empty))
	fmt.Println(nilSlice, empty)
	fmt.Printf("%v %v %#v %#v\n", nilSlice, empty, nilSlice, empty)
	fmt.Println(reflect.DeepEqual(nilSlice, empty))

	for range nilSlice {
		fmt.Println("never")
	}
	nilSlice = append(nilSlice, 1)
	fmt.Println(nilSlice)

	var nilMap map[string]int
	emptyMap := map[string]int{}
	fmt.Println(nilMap == nil, emptyMap == nil, len(nilMap), nilMap["missing"])
	fmt.Printf("%v %#v %#v\n", nilMap, nilMap, emptyMap)
	delete(nilMap, "x")
	_, ok := nilMap["x"]
	fmt.Println("lookup ok:", ok)

	j1, _ := json.Marshal([]int(nil))
	j2, _ := json.Marshal([]int{})
	j3, _ := json.Marshal(map[string]int(nil))
	j4, _ := json.Marshal(map[string]int{})
	fmt.Println(string(j1), string(j2), string(j3), string(j4))

	out, _ := json.Marshal(payload{})
	fmt.Println(string(out))
	out, _ = json.Marshal(payload{Items: []string{}, Tags: map[string]int{}, Opt: []int{}})
	fmt.Println(string(out))

	var back payload
	_ = json.Unmarshal([]byte(`{"items":null,"tags":{}}`), &back)
	fmt.Println(back.Items == nil, back.Tags == nil, len(back.Tags))
}
