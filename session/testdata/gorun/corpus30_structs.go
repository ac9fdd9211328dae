package main

import "fmt"

type Employee struct {
	firstName string
	lastName  string
	age       int
	salary    int
}

type Address struct {
	city  string
	state string
}

type Person struct {
	name string
	age  int
	Address
}

type name struct {
	firstName string
	lastName  string
}

func main() {
	emp1 := Employee{
		firstName: "Sam",
		age:       25,
		salary:    500,
		lastName:  "Anderson",
	}
	emp2 := Employee{"Thomas", "Paul", 29, 800}
	fmt.Println("Employee 1", emp1)
	fmt.Println("Employee 2", emp2)

	emp3 := struct {
		firstName string
		lastName  string
		age       int
		salary    int
	}{
		firstName: "Andreah",
		lastName:  "Nikola",
		age:       31,
		salary:    5000,
	}
	fmt.Println("Employee 3", emp3)

	var emp4 Employee
	fmt.Println("First Name:", emp4.firstName == "", "Age:", emp4.age)
	emp4.firstName = "Jack"
	fmt.Printf("%+v\n", emp4)

	emp8 := &Employee{firstName: "Sam", lastName: "Anderson", age: 55, salary: 6000}
	fmt.Println("First Name:", (*emp8).firstName)
	fmt.Println("Age:", emp8.age)

	p := Person{name: "Naveen", age: 50, Address: Address{city: "Chicago", state: "Illinois"}}
	fmt.Println("Name:", p.name)
	fmt.Println("City:", p.city)
	fmt.Println("State:", p.Address.state)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%T\n", p)

	name1 := name{"Steve", "Jobs"}
	name2 := name{"Steve", "Jobs"}
	if name1 == name2 {
		fmt.Println("name1 and name2 are equal")
	}
	name3 := name{firstName: "Steve", lastName: "Jobs"}
	name4 := name{firstName: "Steve"}
	fmt.Println("name3 == name4:", name3 == name4)
	fmt.Printf("%v %+v %#v\n", name4, name4, name4)

	anon := struct {
		string
		int
	}{"naveen", 50}
	fmt.Println(anon.string, anon.int)
}
