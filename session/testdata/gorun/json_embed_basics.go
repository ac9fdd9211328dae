package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"sync"
)

type Person struct {
	Name string `json:"name"`
	Age  int    `json:"age,omitempty"`
}

type Audit struct {
	CreatedBy string `json:"created_by"`
	Rev       int    `json:"rev"`
}

type meta struct {
	Source string
	note   string
}

type Employee struct {
	Person
	*Audit
	meta
	Salary int    `json:"salary"`
	secret string `json:"secret"`
	mu     sync.Mutex
}

type Team struct {
	sync.Mutex
	Lead    Employee    `json:"lead"`
	Members []*Employee `json:"members"`
	ByRole  map[string]Employee
}

func main() {
	e := Employee{Person: Person{Name: "Ada", Age: 36}, Salary: 100, secret: "x"}
	e.Source = "hr"
	b, err := json.Marshal(e)
	fmt.Println(string(b), err)

	e.Audit = &Audit{CreatedBy: "ops", Rev: 2}
	b, _ = json.MarshalIndent(&e, "", "  ")
	fmt.Println(string(b))

	var back Employee
	err = json.Unmarshal([]byte(`{"name":"Bob","age":41,"created_by":"dev","rev":7,"Source":"import","salary":5,"secret":"no"}`), &back)
	fmt.Println(err, back.Name, back.Age, back.Audit != nil, back.CreatedBy, back.Rev, back.Source, back.Salary, back.secret == "")

	// Decoding into a value that already holds data keeps what the input
	// does not mention, and fills the pointer that is already there.
	keep := &Audit{CreatedBy: "kept", Rev: 1}
	old := Employee{Person: Person{Name: "Old", Age: 9}, Audit: keep, Salary: 3}
	json.Unmarshal([]byte(`{"rev":8,"name":"New"}`), &old)
	fmt.Println(old.Name, old.Age, old.Audit == keep, keep.CreatedBy, keep.Rev, old.Salary)

	t := Team{
		Lead:    e,
		Members: []*Employee{{Person: Person{Name: "Cy"}}, nil},
		ByRole:  map[string]Employee{"qa": {Person: Person{Name: "Di", Age: 2}}},
	}
	b, _ = json.Marshal(t)
	fmt.Println(string(b))

	var t2 Team
	err = json.Unmarshal(b, &t2)
	fmt.Println(err, t2.Lead.Name, t2.Lead.CreatedBy, len(t2.Members), t2.Members[0].Name, t2.Members[0].Audit == nil, t2.Members[1] == nil, t2.ByRole["qa"].Age)

	// Values held as any go the same way.
	doc := map[string]any{"who": e, "list": []any{Person{Name: "P"}, &Employee{Salary: 1}}}
	b, _ = json.Marshal(doc)
	fmt.Println(string(b))

	enc := json.NewEncoder(os.Stdout)
	enc.Encode(Employee{Person: Person{Name: "Enc"}})
	enc.SetIndent("", " ")
	enc.Encode([]Employee{{Salary: 2}})

	dec := json.NewDecoder(strings.NewReader(`{"name":"S1","rev":1} {"name":"S2"}`))
	for dec.More() {
		var s Employee
		if err := dec.Decode(&s); err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Println(s.Name, s.Audit != nil)
	}

	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode(map[string]*Employee{"a": {Person: Person{Name: "A"}}})
	fmt.Print(buf.String())

	var bad Employee
	err = json.Unmarshal([]byte(`{"age":"old"}`), &bad)
	fmt.Println(err)
}
