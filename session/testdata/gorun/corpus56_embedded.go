package main

import "fmt"

type Address struct {
	Street string
	City   string
}

type Contact struct {
	Email string
	Phone *string
}

type Person struct {
	Name string
	Age  int
	Address
	*Contact
	Tags []string
}

func main() {
	phone := "555-1234"
	p := Person{
		Name:    "Alice",
		Age:     30,
		Address: Address{Street: "1 Main St", City: "Springfield"},
		Contact: &Contact{Email: "alice@example.com", Phone: &phone},
		Tags:    []string{"admin", "dev"},
	}
	fmt.Printf("%v\n", p.Address)
	fmt.Printf("%+v\n", p.Address)
	fmt.Printf("%#v\n", p.Address)
	fmt.Printf("%T\n", p)
	fmt.Printf("%T\n", p.Contact)
	fmt.Println(p.City, p.Email, *p.Phone)
	fmt.Printf("%+v\n", *p.Contact == Contact{Email: "alice@example.com", Phone: &phone})

	q := Person{Name: "Bob"}
	fmt.Printf("%v\n", q)
	fmt.Printf("%+v\n", q)
	fmt.Printf("%#v\n", q)
	fmt.Println(q.Contact == nil, q.Tags == nil, len(q.Tags))

	people := []Person{{Name: "C", Age: 1}, {Name: "D", Age: 2, Address: Address{City: "X"}}}
	for i, pp := range people {
		fmt.Printf("%d: %s %d %q\n", i, pp.Name, pp.Age, pp.City)
	}
	fmt.Printf("%v\n", people[1].Address)
	fmt.Printf("%+v\n", []Address{{"a", "b"}, {"c", "d"}})
	fmt.Printf("%#v\n", []Address{{"a", "b"}})
	fmt.Printf("%#v\n", map[string]Address{"home": {"s", "c"}})
}
