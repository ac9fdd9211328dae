package main

import (
	"fmt"
	"math/big"
	"math/rand"
)

func PrivateKey(r *rand.Rand, p *big.Int) *big.Int {
	limit := new(big.Int).Sub(p, big.NewInt(2))
	k := new(big.Int).Rand(r, limit)
	return k.Add(k, big.NewInt(2))
}

func PublicKey(priv, p *big.Int, g int64) *big.Int {
	return new(big.Int).Exp(big.NewInt(g), priv, p)
}

func SecretKey(priv, pub, p *big.Int) *big.Int {
	return new(big.Int).Exp(pub, priv, p)
}

func main() {
	p := big.NewInt(23)
	a, b := big.NewInt(6), big.NewInt(15)
	A, B := PublicKey(a, p, 5), PublicKey(b, p, 5)
	fmt.Println(A, B, SecretKey(a, B, p), SecretKey(b, A, p))
	bigP, ok := new(big.Int).SetString("ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd1", 16)
	fmt.Println(ok, bigP.BitLen())
	r := rand.New(rand.NewSource(42))
	pa, pb := PrivateKey(r, bigP), PrivateKey(r, bigP)
	s1 := SecretKey(pa, PublicKey(pb, bigP, 2), bigP)
	s2 := SecretKey(pb, PublicKey(pa, bigP, 2), bigP)
	fmt.Println(s1.Cmp(s2) == 0, pa.Cmp(big.NewInt(1)) > 0)
	f := new(big.Int)
	f.MulRange(1, 30)
	fmt.Println(f, f.String()[:5], len(f.Text(2)))
	x := new(big.Rat).SetFrac64(1, 3)
	x.Add(x, big.NewRat(1, 6))
	fmt.Println(x, x.FloatString(4))
	names := map[string]bool{}
	for len(names) < 5 {
		n := fmt.Sprintf("%c%c%03d", 'A'+r.Intn(26), 'A'+r.Intn(26), r.Intn(1000))
		names[n] = true
	}
	fmt.Println(len(names))
}
