package main

import (
	"fmt"
	"os"
)

type Inventory struct {
	items map[string]int
}

type StockError struct {
	Item      string
	Have, Ask int
}

func (e StockError) Error() string {
	return fmt.Sprintf("not enough %s: have %d, asked %d", e.Item, e.Have, e.Ask)
}

func (inv *Inventory) Take(item string, n int) (left int, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("take: %w", err)
		}
	}()
	have, ok := inv.items[item]
	if !ok {
		return 0, fmt.Errorf("unknown item %q", item)
	}
	if have < n {
		return have, StockError{item, have, n}
	}
	inv.items[item] = have - n
	return have - n, nil
}

func main() {
	defer fmt.Println("this deferred line is not printed by os.Exit")
	inv := &Inventory{items: map[string]int{"apple": 5, "pear": 1}}
	fmt.Println(inv.Take("apple", 2))
	fmt.Println(inv.Take("pear", 3))
	fmt.Println(inv.Take("kiwi", 1))
	fmt.Println(inv.Take("apple", 3))
	if _, err := inv.Take("apple", 1); err != nil {
		fmt.Println("fatal:", err)
		os.Exit(3)
	}
	fmt.Println("unreachable")
}
