package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type User struct {
	Name    string `json:"name" db:"user_name"`
	Email   string `json:"email,omitempty"`
	Age     int    `json:"age,string"`
	private int
}

func main() {
	cfg := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Printf("%v %+v\n", cfg, cfg)

	points := []struct{ X, Y int }{{1, 2}, {3, 4}}
	for _, p := range points {
		fmt.Print(p.X+p.Y, " ")
	}
	fmt.Println()

	t := reflect.TypeOf(User{})
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%s json=%q db=%q exported=%v\n", f.Name, f.Tag.Get("json"), f.Tag.Get("db"), f.IsExported())
	}
	b, _ := json.Marshal(User{Name: "Ann", Age: 30, private: 1})
	fmt.Println(string(b))
	var u User
	err := json.Unmarshal([]byte(`{"name":"Bob","email":"b@x.org","age":"41"}`), &u)
	fmt.Printf("%+v %v\n", u, err)

	var resp struct {
		Items []struct {
			ID   int      `json:"id"`
			Tags []string `json:"tags"`
		} `json:"items"`
	}
	json.Unmarshal([]byte(`{"items":[{"id":1,"tags":["a"]},{"id":2}]}`), &resp)
	fmt.Printf("%+v\n", resp)
	type local struct{ A, B int }
	fmt.Println(local{1, 2} == local{1, 2})
	fmt.Printf("%T\n", struct{ A int }{})
}
