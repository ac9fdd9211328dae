package main

import (
	"fmt"
	"net/netip"
	"slices"
)

func main() {
	inputs := []string{"192.168.1.10", "10.0.0.1", "::1", "2001:db8::42", "192.168.1.2", "not-an-ip", "::ffff:1.2.3.4"}
	var addrs []netip.Addr
	for _, s := range inputs {
		a, err := netip.ParseAddr(s)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		addrs = append(addrs, a)
		fmt.Printf("%-16s v4=%-5t v6=%-5t loopback=%-5t private=%t\n", a, a.Is4(), a.Is6(), a.IsLoopback(), a.IsPrivate())
	}

	slices.SortFunc(addrs, func(a, b netip.Addr) int { return a.Compare(b) })
	fmt.Println("sorted:", addrs)

	a := netip.MustParseAddr("10.0.0.255")
	fmt.Println("next:", a.Next(), "prev:", a.Prev())
	fmt.Println("unmapped:", netip.MustParseAddr("::ffff:1.2.3.4").Unmap())
	fmt.Println("bytes:", a.As4())
	fmt.Println("bitlen:", a.BitLen(), netip.IPv6Loopback().BitLen())
	b := netip.AddrFrom4([4]byte{172, 16, 5, 4})
	fmt.Println("from4:", b, b.IsPrivate())
	fmt.Println("zone:", netip.MustParseAddr("fe80::1%eth0").Zone())
	var zero netip.Addr
	fmt.Println("zero valid:", zero.IsValid(), zero)
}
