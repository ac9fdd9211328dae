package main

import "fmt"

// A []byte inside a value prints under %#v by its reflect type, []uint8;
// only a []byte handed to fmt itself prints as []byte.
type Packet struct {
	ID      int
	Payload []byte
	Empty   []byte
	Hash    [2]byte
}

type Frame struct {
	P    Packet
	Data map[string][]byte
}

func main() {
	p := Packet{ID: 1, Payload: []byte("hi"), Hash: [2]byte{1, 2}}
	fmt.Printf("%#v\n", p)
	fmt.Printf("%#v\n", p.Payload)
	fmt.Printf("%#v\n", p.Empty)
	fmt.Printf("%v %+v %s %x %q\n", p, p, p, p, p)
	fmt.Printf("%#v\n", []Packet{p})
	fmt.Printf("%#v\n", Frame{P: p, Data: map[string][]byte{"k": []byte("v")}})
	fmt.Printf("%#v\n", &p)
}
