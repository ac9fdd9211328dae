package main

import "fmt"

// Perm's String method shapes %v of each element, but fmt prints a slice
// or array of any uint8 kind as bytes for %s, %q, %x and %X.
type Perm uint8

func (p Perm) String() string { return fmt.Sprintf("perm(%d)", uint8(p)) }

type Holder struct {
	Ps  []Perm
	Arr [2]Perm
}

func main() {
	ps := []Perm{72, 105}
	arr := [2]Perm{0x4f, 0x4b}
	fmt.Printf("%v|%s|%q|%x|%X|%d\n", ps, ps, ps, ps, ps, ps)
	fmt.Printf("%v|%s|%q|% x\n", arr, arr, arr, arr)
	fmt.Printf("%s|%x\n", &ps, &arr)
	h := Holder{ps, arr}
	fmt.Printf("%v|%s|%+x\n", h, h, h)
	fmt.Println(ps, arr)
}
