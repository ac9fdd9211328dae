// Marshal and unmarshal employees to and from JSON
package main

import (
	"encoding/json"
	"fmt"
	"log"
)

type Address struct {
	City    string `json:"city"`
	Country string `json:"country,omitempty"`
}

type Employee struct {
	ID       int      `json:"id"`
	Name     string   `json:"name"`
	Email    string   `json:"email,omitempty"`
	Salary   float64  `json:"salary"`
	Skills   []string `json:"skills"`
	Manager  *int     `json:"manager_id"`
	Address  Address  `json:"address"`
	password string
}

func main() {
	boss := 1
	employees := []Employee{
		{ID: 1, Name: "Grace", Email: "grace@example.com", Salary: 120000, Skills: []string{"go", "k8s"}, Address: Address{"Berlin", "DE"}, password: "secret"},
		{ID: 2, Name: "Linus", Salary: 95000.5, Manager: &boss, Address: Address{City: "Oslo"}},
	}

	data, err := json.Marshal(employees)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(data))

	pretty, _ := json.MarshalIndent(employees[1], "", "  ")
	fmt.Println(string(pretty))

	input := `[{"id":7,"name":"Ada","salary":150000,"skills":["math","engines"],"manager_id":null,"address":{"city":"London","country":"UK"},"extra":true}]`
	var decoded []Employee
	if err := json.Unmarshal([]byte(input), &decoded); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%+v\n", decoded[0])
	fmt.Println(decoded[0].Manager == nil, len(decoded[0].Skills))

	var generic []map[string]interface{}
	json.Unmarshal([]byte(input), &generic)
	fmt.Printf("%v %T\n", generic[0]["salary"], generic[0]["salary"])
	fmt.Printf("%T %v\n", generic[0]["address"], generic[0]["extra"])

	err = json.Unmarshal([]byte(`{"id":"x"}`), &Employee{})
	fmt.Println("error:", err)
	var se *json.SyntaxError
	err = json.Unmarshal([]byte(`{bad`), &decoded)
	fmt.Printf("%v %T\n", err, err)
	_ = se
}
