package main

import (
	"encoding/json"
	"fmt"
)

// Fields declared together, some exported and some not: encoding/json
// writes and reads the exported ones only.
type account struct {
	id, Name    string
	Email, hash string
	X, y, Z     int
}

func main() {
	a := account{"u1", "Ann", "ann@example.com", "h4sh", 1, 2, 3}
	b, err := json.Marshal(a)
	fmt.Println(string(b), err)

	var back account
	err = json.Unmarshal([]byte(`{"id":"x","Name":"Bo","hash":"y","y":9,"Z":4}`), &back)
	fmt.Printf("%+v %v\n", back, err)
	fmt.Printf("%#v\n", a)

	pair := struct{ lo, Hi int }{1, 2}
	b, _ = json.Marshal(pair)
	fmt.Println(string(b))
}
