package main

import "fmt"

func main() {
	s := "héllo\n\"world\""
	fmt.Printf("%s\n", s)
	fmt.Printf("%q\n", s)
	fmt.Printf("%+q\n", s)
	fmt.Printf("%#q\n", "back`tick")
	fmt.Printf("%#q\n", "plain")
	fmt.Printf("%x\n", s)
	fmt.Printf("% x\n", "hi!")
	fmt.Printf("%X\n", "hi!")
	fmt.Printf("% X\n", []byte{1, 171, 255})
	fmt.Printf("%#x\n", []byte("go"))

	fmt.Printf("%q %q %q\n", 'a', '\n', '世')
	fmt.Printf("%+q %#U\n", '世', '世')
	fmt.Printf("%q\n", []string{"a b", "c\td", ""})
	fmt.Printf("%q\n", []rune("hé"))
	fmt.Printf("%x %X %#x %#X %#o %O %b\n", 255, 255, 255, 255, 8, 8, 5)
	fmt.Printf("%x %x\n", -255, int8(-1))
	fmt.Printf("%08x|%-8x|%8X|\n", 0xbeef, 0xbeef, 0xbeef)
	fmt.Printf("%x %X\n", 3.5, 1.0)
	fmt.Printf("%x\n", []int{10, 11, 12})
	fmt.Printf("%x\n", [3]uint8{1, 2, 3})
	fmt.Printf("%s %v %d\n", []byte("bytes"), []byte("ab"), []byte("ab"))
	fmt.Printf("%c %c %c\n", 72, 0x1F600, 'é')
	fmt.Printf("%v %d %q %U\n", 'A', 'A', 'A', 'A')
	fmt.Printf("%6.2q|\n", "abcdef")
	fmt.Printf("%q\n", string([]byte{0xff, 'x'}))
	fmt.Printf("%+q\n", "日本")
	type key string
	fmt.Printf("%q %v %x\n", key("k1"), key("k2"), key("k3"))
}
