package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"log"
)

// encoding/gob encodes and decodes a value by its GobEncode or
// MarshalBinary methods, which native code does not see on a cell type:
// Vector's round trip would still print right, Stamp's would not.
type Vector struct {
	x, y, z int
}

func (v Vector) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintln(&b, v.x, v.y, v.z)
	return b.Bytes(), nil
}

func (v *Vector) UnmarshalBinary(data []byte) error {
	b := bytes.NewBuffer(data)
	_, err := fmt.Fscanln(b, &v.x, &v.y, &v.z)
	return err
}

type Stamp struct{ N int }

func (s Stamp) GobEncode() ([]byte, error) { return []byte(fmt.Sprint(s.N * 10)), nil }
func (s *Stamp) GobDecode(b []byte) error {
	_, err := fmt.Sscan(string(b), &s.N)
	s.N++
	return err
}

type Doc struct {
	Name  string
	Stamp Stamp
}

func main() {
	var network bytes.Buffer
	enc := gob.NewEncoder(&network)
	if err := enc.Encode(Vector{3, 4, 5}); err != nil {
		log.Fatal("encode:", err)
	}
	dec := gob.NewDecoder(&network)
	var v Vector
	if err := dec.Decode(&v); err != nil {
		log.Fatal("decode:", err)
	}
	fmt.Println(v)

	var buf bytes.Buffer
	gob.NewEncoder(&buf).Encode(Doc{"a", Stamp{4}})
	var d Doc
	err := gob.NewDecoder(&buf).Decode(&d)
	fmt.Println(d, err)
}
