package main

import (
	"encoding/json"
	"fmt"
)

type Server struct {
	Host string `json:"host"`
	Port int    `json:"port"`
}

func loadLocal(data string) error {
	type settings struct {
		Name  string `json:"name"`
		Level int    `json:"level"`
	}
	var s settings
	return json.Unmarshal([]byte(data), &s)
}

func main() {
	// A struct literal type: Go names no struct in the error.
	var anon struct {
		A int    `json:"a"`
		B string `json:"b"`
	}
	err := json.Unmarshal([]byte(`{"a":"x","b":"ok"}`), &anon)
	fmt.Println(anon.B, err)

	// A type declared in a function: Go names it.
	fmt.Println(loadLocal(`{"name":"n","level":"high"}`))

	// A type declared in main.
	type point struct {
		X int `json:"x"`
		Y int `json:"y"`
	}
	var p point
	fmt.Println(json.Unmarshal([]byte(`{"x":1,"y":true}`), &p), p.X)

	// A top-level type, and a struct literal type in a variable's
	// type around it.
	var srv Server
	fmt.Println(json.Unmarshal([]byte(`{"host":"h","port":"80"}`), &srv))
	var wrap struct {
		Inner struct {
			N int `json:"n"`
		} `json:"inner"`
	}
	fmt.Println(json.Unmarshal([]byte(`{"inner":{"n":[1]}}`), &wrap))
	var list []struct {
		ID int `json:"id"`
	}
	fmt.Println(json.Unmarshal([]byte(`[{"id":1},{"id":"2"}]`), &list), len(list))
}
