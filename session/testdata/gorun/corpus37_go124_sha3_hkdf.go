package main

import (
	"crypto/hkdf"
	"crypto/sha256"
	"crypto/sha3"
	"encoding/hex"
	"fmt"
)

type KeySet struct {
	Encrypt []byte
	MAC     []byte
}

func derive(secret, salt []byte) (KeySet, error) {
	enc, err := hkdf.Key(sha256.New, secret, salt, "encryption", 32)
	if err != nil {
		return KeySet{}, err
	}
	mac, err := hkdf.Key(sha256.New, secret, salt, "authentication", 16)
	if err != nil {
		return KeySet{}, err
	}
	return KeySet{enc, mac}, nil
}

func main() {
	sum := sha3.Sum256([]byte("hello, gophers"))
	fmt.Println("sha3-256:", hex.EncodeToString(sum[:]))

	h := sha3.New512()
	h.Write([]byte("streamed "))
	h.Write([]byte("input"))
	fmt.Println("sha3-512 prefix:", hex.EncodeToString(h.Sum(nil))[:32])

	shake := sha3.NewSHAKE128()
	shake.Write([]byte("xof"))
	out := make([]byte, 12)
	shake.Read(out)
	fmt.Println("shake128:", hex.EncodeToString(out))

	ks, err := derive([]byte("master-secret"), []byte("per-session-salt"))
	if err != nil {
		panic(err)
	}
	fmt.Println("enc:", hex.EncodeToString(ks.Encrypt))
	fmt.Println("mac:", hex.EncodeToString(ks.MAC))

	prk, _ := hkdf.Extract(sha256.New, []byte("ikm"), nil)
	okm, _ := hkdf.Expand(sha256.New, prk, "ctx", 8)
	fmt.Println(len(prk), hex.EncodeToString(okm))

	_, err = hkdf.Key(sha256.New, []byte("s"), nil, "", 255*32+1)
	fmt.Println("too long:", err != nil)
}
