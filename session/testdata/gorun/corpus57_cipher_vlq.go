package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

type Cipher interface {
	Encode(string) string
	Decode(string) string
}

type shift struct{ keys []int }

func NewCaesar() Cipher { return NewShift(3) }

func NewShift(d int) Cipher {
	if d == 0 || d < -25 || d > 25 {
		return nil
	}
	return shift{[]int{d}}
}

func NewVigenere(key string) Cipher {
	if key == "" || strings.Trim(key, "a") == "" {
		return nil
	}
	ks := make([]int, len(key))
	for i, r := range key {
		if r < 'a' || r > 'z' {
			return nil
		}
		ks[i] = int(r - 'a')
	}
	return shift{ks}
}

func (s shift) apply(in string, sign int) string {
	var sb strings.Builder
	i := 0
	for _, r := range strings.ToLower(in) {
		if !unicode.IsLower(r) || r > 'z' {
			continue
		}
		k := s.keys[i%len(s.keys)] * sign
		sb.WriteRune('a' + (r-'a'+rune(k)+26)%26)
		i++
	}
	return sb.String()
}

func (s shift) Encode(in string) string { return s.apply(in, 1) }
func (s shift) Decode(in string) string { return s.apply(in, -1) }

func EncodeVarint(in []uint32) []byte {
	var out []byte
	for _, v := range in {
		buf := []byte{byte(v & 0x7f)}
		for v >>= 7; v > 0; v >>= 7 {
			buf = append([]byte{byte(v&0x7f) | 0x80}, buf...)
		}
		out = append(out, buf...)
	}
	return out
}

func DecodeVarint(in []byte) ([]uint32, error) {
	var out []uint32
	var cur uint32
	for i, b := range in {
		cur = cur<<7 | uint32(b&0x7f)
		if b&0x80 == 0 {
			out = append(out, cur)
			cur = 0
		} else if i == len(in)-1 {
			return nil, errors.New("incomplete sequence")
		}
	}
	return out, nil
}

func main() {
	c := NewCaesar()
	fmt.Println(c.Encode("Go, Gophers!"), c.Decode(c.Encode("venividivici")))
	fmt.Println(NewShift(0) == nil, NewShift(26) == nil, NewShift(-1).Encode("abc"))
	v := NewVigenere("lemon")
	fmt.Println(v.Encode("attackatdawn"), v.Decode("lxfopvefrnhr"))
	for _, k := range []string{"", "aaa", "Abc", "ab1"} {
		fmt.Printf("%q nil=%t\n", k, NewVigenere(k) == nil)
	}
	enc := EncodeVarint([]uint32{0, 0x40, 0x7f, 0x80, 0x2000, 0x3fff, 0x4000, 0xffffffff})
	fmt.Printf("% x\n", enc)
	dec, err := DecodeVarint(enc)
	fmt.Printf("%#x %v\n", dec, err)
	_, err = DecodeVarint([]byte{0xff})
	fmt.Println(err)
}
