package main

import (
	"crypto/sha256"
	b64 "encoding/base64"
	"fmt"
	"net"
	"net/url"
)

func main() {
	s := "postgres://user:pass@host.com:5432/path?k=v#f"
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	fmt.Println(u.Scheme)
	fmt.Println(u.User)
	fmt.Println(u.User.Username())
	p, _ := u.User.Password()
	fmt.Println(p)
	fmt.Println(u.Host)
	host, port, _ := net.SplitHostPort(u.Host)
	fmt.Println(host)
	fmt.Println(port)
	fmt.Println(u.Hostname(), u.Port())
	fmt.Println(u.Path)
	fmt.Println(u.Fragment)
	fmt.Println(u.RawQuery)
	m, _ := url.ParseQuery(u.RawQuery)
	fmt.Println(m)
	fmt.Println(m["k"][0])
	q := url.Values{}
	q.Set("name", "Ava Smith")
	q.Add("tag", "a&b")
	fmt.Println(q.Encode())
	fmt.Println(url.QueryEscape("a b/c"), url.PathEscape("a b/c"))
	_, err = url.Parse("http://[::1")
	fmt.Println(err)

	str := "sha256 this string"
	h := sha256.New()
	h.Write([]byte(str))
	bs := h.Sum(nil)
	fmt.Printf("%x\n", bs)
	fmt.Printf("%x\n", sha256.Sum256([]byte("abc")))

	data := "abc123!?$*&()'-=@~"
	sEnc := b64.StdEncoding.EncodeToString([]byte(data))
	fmt.Println(sEnc)
	sDec, _ := b64.StdEncoding.DecodeString(sEnc)
	fmt.Println(string(sDec))
	fmt.Println()
	uEnc := b64.URLEncoding.EncodeToString([]byte(data))
	fmt.Println(uEnc)
	uDec, _ := b64.URLEncoding.DecodeString(uEnc)
	fmt.Println(string(uDec))
	fmt.Println(b64.RawStdEncoding.EncodeToString([]byte("ab")))
	_, err = b64.StdEncoding.DecodeString("!!!")
	fmt.Println(err)
}
