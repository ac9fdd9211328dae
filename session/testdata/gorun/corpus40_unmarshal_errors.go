package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Profile struct {
	Name    string   `json:"name"`
	Age     int      `json:"age"`
	Email   string   `json:"email"`
	Tags    []string `json:"tags"`
	Address struct {
		Zip int `json:"zip"`
	} `json:"address"`
	Extra map[string]int `json:"extra"`
}

func main() {
	inputs := []string{
		`{"name":"ok","age":30}`,
		`{"name":"Ann","age":"thirty"}`,
		`{"name":"Bob","age":30.5}`,
		`{"name":"Cy","address":{"zip":"12345"}}`,
		`{"name":"Di","tags":"one"}`,
		`{"name":"Ed","extra":{"a":"b"}}`,
		`{"name":"Fay",}`,
		`{"name":"Gus"`,
		`[1,2,3]`,
		``,
		`{"age":99999999999999999999}`,
	}
	for _, in := range inputs {
		var p Profile
		err := json.Unmarshal([]byte(in), &p)
		if err == nil {
			fmt.Printf("ok: %s is %d\n", p.Name, p.Age)
			continue
		}
		fmt.Printf("%-40s -> %v\n", in, err)
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			fmt.Printf("   syntax error at offset %d\n", se.Offset)
		case errors.As(err, &te):
			fmt.Printf("   type error: value %s, field %q, want %v\n", te.Value, te.Field, te.Type)
		}
	}

	var notPtr Profile
	fmt.Println(json.Unmarshal([]byte(`{}`), notPtr))
	fmt.Println(json.Unmarshal([]byte(`{}`), nil))
	var ip *Profile
	fmt.Println(json.Unmarshal([]byte(`{"name":"via nil pointer"}`), &ip), ip.Name)

	_, err := json.Marshal(map[string]any{"f": func() {}})
	fmt.Println(err)
	_, err = json.Marshal(make(chan int))
	fmt.Println(err)
}
