package main

import "fmt"

// Package-level variables are initialized in dependency order,
// not in the order they appear in the file.
var (
	total    = subtotal + tax
	subtotal = price * quantity
	tax      = subtotal / 10
	price    = lookupPrice("widget")
	quantity = 3
)

var log []string

func lookupPrice(item string) int {
	log = append(log, "lookupPrice("+item+")")
	return 40
}

var greeting = makeGreeting()

func makeGreeting() string {
	log = append(log, "makeGreeting")
	return "hello, " + name
}

var name = "gopher"

var registry = map[string]int{}

func init() {
	log = append(log, "first init")
	registry["alpha"] = 1
}

func init() {
	log = append(log, "second init")
	registry["beta"] = len(registry) + 1
}

var ready bool

func init() {
	ready = total > 0
	log = append(log, fmt.Sprint("third init, ready=", ready))
}

func main() {
	for i, entry := range log {
		fmt.Println(i, entry)
	}
	fmt.Println("price", price, "quantity", quantity)
	fmt.Println("subtotal", subtotal, "tax", tax, "total", total)
	fmt.Println(greeting)
	fmt.Println(registry["alpha"], registry["beta"], len(registry))
	fmt.Println("ready:", ready)
}
