package main

import (
	"crypto/hkdf"
	"crypto/sha256"
	"crypto/sha3"
	"encoding/hex"
	"fmt"
)

func main() {
	sum := sha3.Sum256([]byte("hello"))
	fmt.Println(hex.EncodeToString(sum[:]))

	h := sha3.New512()
	h.Write([]byte("hel"))
	h.Write([]byte("lo"))
	fmt.Println(hex.EncodeToString(h.Sum(nil))[:32])

	out := make([]byte, 16)
	shake := sha3.NewSHAKE128()
	shake.Write([]byte("seed"))
	shake.Read(out)
	fmt.Println(hex.EncodeToString(out))

	secret := []byte("input key material")
	salt := []byte("salt")
	key, err := hkdf.Key(sha256.New, secret, salt, "app v1 encryption", 32)
	if err != nil {
		panic(err)
	}
	fmt.Println(len(key), hex.EncodeToString(key[:8]))
	prk, _ := hkdf.Extract(sha256.New, secret, salt)
	k2, _ := hkdf.Expand(sha256.New, prk, "app v1 encryption", 32)
	fmt.Println("same:", hex.EncodeToString(k2) == hex.EncodeToString(key))
}
