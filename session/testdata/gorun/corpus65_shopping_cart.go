package main

import (
	"fmt"
	"strings"
)

type Item struct {
	Name     string
	Price    float64
	Quantity int
}

func (i Item) Subtotal() float64 {
	return i.Price * float64(i.Quantity)
}

type Cart struct {
	Items    []Item
	Discount float64
}

func (c *Cart) Add(name string, price float64, qty int) {
	for i := range c.Items {
		if c.Items[i].Name == name {
			c.Items[i].Quantity += qty
			return
		}
	}
	c.Items = append(c.Items, Item{name, price, qty})
}

func (c Cart) Total() float64 {
	var total float64
	for _, it := range c.Items {
		total += it.Subtotal()
	}
	return total * (1 - c.Discount)
}

const taxRate = 0.08

func main() {
	cart := &Cart{}
	cart.Add("Notebook", 3.49, 3)
	cart.Add("Pen", 1.25, 5)
	cart.Add("Backpack", 29.99, 1)
	cart.Add("Pen", 1.25, 2)

	fmt.Println(strings.Repeat("=", 40))
	fmt.Printf("%-12s %8s %4s %12s\n", "Item", "Price", "Qty", "Subtotal")
	fmt.Println(strings.Repeat("-", 40))
	for _, it := range cart.Items {
		fmt.Printf("%-12s %8.2f %4d %12.2f\n", it.Name, it.Price, it.Quantity, it.Subtotal())
	}
	fmt.Println(strings.Repeat("-", 40))
	sub := cart.Total()
	fmt.Printf("%-26s %12.2f\n", "Subtotal:", sub)
	cart.Discount = 0.10
	discounted := cart.Total()
	fmt.Printf("%-26s %12.2f\n", "After 10% discount:", discounted)
	tax := discounted * taxRate
	fmt.Printf("%-26s %12.2f\n", "Tax (8%):", tax)
	fmt.Printf("%-26s %12.2f\n", "TOTAL:", discounted+tax)
	fmt.Println(strings.Repeat("=", 40))
	fmt.Printf("$%.2f|%6.2f|%-8.2f|%08.3f\n", 0.005, 2.675, 1.0, 3.14159)
}
