package main

import "fmt"

type myString string
type myRunes []rune
type Bytes []byte

// reflect names byte and rune uint8 and int32, which is what %T prints,
// beside cell types made of []rune and []byte.
func main() {
	fmt.Printf("%T %T\n", []rune(myString("白鵬翔")), []rune("x"))
	fmt.Printf("%T %T %T\n", []byte("x"), 'a', byte(1))
	fmt.Printf("%T %T\n", map[rune][]byte{}, struct{ R rune }{})
	fmt.Printf("%T %T %v\n", myRunes{}, Bytes{}, myRunes("hé"))
	r := []rune("ab")
	var b []byte
	fmt.Printf("%T %T %#v %#v\n", r, b, r, []byte("A"))
}
