package main

import (
	"fmt"
	"net/netip"
)

type rule struct {
	name   string
	prefix netip.Prefix
}

func classify(rules []rule, a netip.Addr) string {
	best := ""
	bestBits := -1
	for _, r := range rules {
		if r.prefix.Contains(a) && r.prefix.Bits() > bestBits {
			best, bestBits = r.name, r.prefix.Bits()
		}
	}
	if best == "" {
		return "default"
	}
	return best
}

func main() {
	rules := []rule{
		{"lan", netip.MustParsePrefix("192.168.0.0/16")},
		{"office", netip.MustParsePrefix("192.168.10.0/24")},
		{"vpn", netip.MustParsePrefix("10.8.0.0/24")},
		{"v6-doc", netip.MustParsePrefix("2001:db8::/32")},
	}
	for _, s := range []string{"192.168.10.7", "192.168.3.1", "10.8.0.200", "10.9.0.1", "2001:db8:1::1"} {
		a := netip.MustParseAddr(s)
		fmt.Printf("%-14s %s\n", s, classify(rules, a))
	}

	p, err := netip.ParsePrefix("192.168.10.77/22")
	fmt.Println(p, err, "masked:", p.Masked(), "addr:", p.Addr(), "bits:", p.Bits())
	_, err = netip.ParsePrefix("10.0.0.0/33")
	fmt.Println("bad prefix:", err)

	ap, err := netip.ParseAddrPort("[2001:db8::1]:8080")
	fmt.Println(ap.Addr(), ap.Port(), err)
	ap2 := netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), 443)
	fmt.Println(ap2, ap2.IsValid())

	a := netip.MustParsePrefix("10.0.0.0/8")
	b := netip.MustParsePrefix("10.20.0.0/16")
	fmt.Println("overlaps:", a.Overlaps(b), b.Overlaps(netip.MustParsePrefix("11.0.0.0/8")))

	pfx, _ := netip.MustParseAddr("192.0.2.130").Prefix(25)
	fmt.Println("prefix of addr:", pfx)
	count := 0
	for ip := pfx.Addr(); pfx.Contains(ip); ip = ip.Next() {
		count++
	}
	fmt.Println("addresses in", pfx, "=", count)
}
