package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type Creature struct {
	Name string
	Type string
	Age  int
}

type User struct {
	Name     string `json:"name"`
	Email    string `json:"email,omitempty"`
	Password string `json:"-"`
	Admin    bool   `json:"is_admin"`
}

type Point struct{ X, Y int }

type Line struct {
	Start, End Point
	label      string
}

func main() {
	c := Creature{Name: "Sammy", Type: "Shark"}
	fmt.Println(c.Name, c.Type, c.Age)
	fmt.Printf("%v\n%+v\n%#v\n", c, c, c)

	c.Age = 5
	fmt.Println(c)

	// Positional literal and pointer to struct.
	c2 := Creature{"Jesse", "Octopus", 2}
	pc := &c2
	pc.Age++
	fmt.Println(c2.Age, (*pc).Name)

	// Structs are copied on assignment.
	c3 := c2
	c3.Name = "Drew"
	fmt.Println(c2.Name, c3.Name)

	// Struct comparison.
	p1 := Point{1, 2}
	p2 := Point{1, 2}
	p3 := Point{2, 1}
	fmt.Println(p1 == p2, p1 == p3)
	l := Line{Start: p1, End: p3, label: "diag"}
	fmt.Printf("%+v\n", l)
	fmt.Println(l == Line{p1, p3, "diag"})

	// Anonymous structs.
	config := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Printf("%+v %T\n", config, config)

	tests := []struct {
		in   int
		want int
	}{
		{1, 2},
		{2, 4},
		{3, 6},
	}
	for _, tt := range tests {
		fmt.Println(tt.in, tt.want, tt.in*2 == tt.want)
	}

	// Empty struct.
	set := map[string]struct{}{"a": {}, "b": {}}
	_, has := set["a"]
	fmt.Println(len(set), has)

	// Struct tags drive encoding/json.
	u := User{Name: "Sammy", Password: "secret", Admin: true}
	out, err := json.Marshal(u)
	fmt.Println(string(out), err)
	var back User
	err = json.Unmarshal([]byte(`{"name":"Jo","email":"jo@example.com","is_admin":false}`), &back)
	fmt.Printf("%+v %v\n", back, err)

	// Reading tags with reflect.
	t := reflect.TypeOf(User{})
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%s: %q\n", f.Name, f.Tag.Get("json"))
	}

	// new returns a pointer to a zero value.
	np := new(Point)
	np.X = 7
	fmt.Println(*np, np.Y)

	// Nested anonymous struct fields.
	order := struct {
		ID    int
		Items []string
		Ship  struct{ City string }
	}{ID: 1, Items: []string{"pen"}}
	order.Ship.City = "Lisbon"
	fmt.Printf("%+v\n", order)
}
