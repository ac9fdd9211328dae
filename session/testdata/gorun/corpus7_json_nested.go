package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
	Zip    string `json:"zip,omitempty"`
}

type Phone struct {
	Kind   string `json:"kind"`
	Number string `json:"number"`
}

type Person struct {
	Name     string            `json:"name"`
	Age      int               `json:"age"`
	Email    string            `json:"email,omitempty"`
	Address  Address           `json:"address"`
	Phones   []Phone           `json:"phones"`
	Tags     map[string]string `json:"tags,omitempty"`
	Password string            `json:"-"`
	Manager  *Person           `json:"manager,omitempty"`
}

func main() {
	boss := &Person{Name: "Grace", Age: 60, Address: Address{"1 Main St", "Arlington", ""}}
	p := Person{
		Name:     "Ada",
		Age:      36,
		Address:  Address{Street: "12 Queen St", City: "London", Zip: "W1"},
		Phones:   []Phone{{"home", "555-0100"}, {"work", "555-0199"}},
		Tags:     map[string]string{"team": "engines", "level": "senior"},
		Password: "secret",
		Manager:  boss,
	}
	data, err := json.Marshal(p)
	if err != nil {
		fmt.Println("marshal:", err)
		return
	}
	fmt.Println(string(data))

	var back Person
	if err := json.Unmarshal(data, &back); err != nil {
		fmt.Println("unmarshal:", err)
		return
	}
	fmt.Printf("%s %d %s %q\n", back.Name, back.Age, back.Address.City, back.Password)
	fmt.Println(back.Phones[1].Number, back.Manager.Name, back.Manager.Manager == nil, back.Tags["team"])

	in := `{"name":"Linus","age":54,"address":{"street":"x","city":"Portland"},"phones":[],"extra":true}`
	var q Person
	dec := json.NewDecoder(strings.NewReader(in))
	if err := dec.Decode(&q); err != nil {
		fmt.Println("decode:", err)
	}
	fmt.Printf("%+v\n", q.Address)
	fmt.Println(len(q.Phones), q.Phones != nil)

	var generic map[string]interface{}
	_ = json.Unmarshal([]byte(in), &generic)
	fmt.Println(generic["age"].(float64)+1, generic["address"].(map[string]interface{})["city"])

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	_ = enc.Encode(struct {
		ID    int      `json:"id"`
		Items []string `json:"items"`
	}{7, []string{"a", "b"}})

	var bad Person
	err = json.Unmarshal([]byte(`{"name": 5}`), &bad)
	fmt.Println("bad:", err)
}
