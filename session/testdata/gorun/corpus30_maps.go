package main

import (
	"fmt"
	"sort"
)

type employee struct {
	salary  int
	country string
}

func main() {
	employeeSalary := make(map[string]int)
	employeeSalary["steve"] = 12000
	employeeSalary["jamie"] = 15000
	employeeSalary["mike"] = 9000
	fmt.Println("employeeSalary map contents:", employeeSalary)

	newEmp := "joe"
	value, ok := employeeSalary[newEmp]
	if ok {
		fmt.Println("Salary of", newEmp, "is", value)
	} else {
		fmt.Println(newEmp, "not found, zero value", value)
	}

	keys := make([]string, 0, len(employeeSalary))
	for k := range employeeSalary {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("employeeSalary[%s] = %d\n", k, employeeSalary[k])
	}

	delete(employeeSalary, "steve")
	fmt.Println("after deletion", employeeSalary, "length", len(employeeSalary))

	emp1 := employee{salary: 12000, country: "USA"}
	emp2 := employee{salary: 14000, country: "Canada"}
	emp3 := employee{salary: 13000, country: "India"}
	employeeInfo := map[string]employee{
		"Steve": emp1,
		"Jamie": emp2,
		"Mike":  emp3,
	}
	for _, name := range []string{"Jamie", "Mike", "Steve"} {
		info := employeeInfo[name]
		fmt.Printf("Employee: %s Salary:$%d  Country: %s\n", name, info.salary, info.country)
	}

	modified := employeeInfo
	modified["Mike"] = employee{salary: 18000, country: "India"}
	fmt.Println("Mike's salary changed", employeeInfo["Mike"].salary)

	var nilMap map[string]int
	fmt.Println(nilMap == nil, len(nilMap), nilMap["x"])

	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	clear(counts)
	fmt.Println(len(counts))
}
