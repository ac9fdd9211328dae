package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

const logs = `2024-01-15 10:23:45 INFO  user=alice action=login ip=10.0.0.1
2024-01-15 10:24:01 WARN  user=bob action=failed_login ip=10.0.0.7
2024-01-15 10:25:12 ERROR user=bob action=locked ip=10.0.0.7
2024-01-15 10:26:30 INFO  user=carol action=login ip=192.168.1.20`

func main() {
	match, _ := regexp.MatchString("p([a-z]+)ch", "peach")
	fmt.Println(match)
	r := regexp.MustCompile("p([a-z]+)ch")
	fmt.Println(r.MatchString("peach"))
	fmt.Println(r.FindString("peach punch"))
	fmt.Println("idx:", r.FindStringIndex("peach punch"))
	fmt.Println(r.FindStringSubmatch("peach punch"))
	fmt.Println(r.FindStringSubmatchIndex("peach punch"))
	fmt.Println(r.FindAllString("peach punch pinch", -1))
	fmt.Println("all:", r.FindAllStringSubmatchIndex("peach punch pinch", -1))
	fmt.Println(r.FindAllString("peach punch pinch", 2))
	fmt.Println(r.Match([]byte("peach")))
	fmt.Println("regexp:", r)
	fmt.Println(r.ReplaceAllString("a peach", "<fruit>"))
	in := []byte("a peach")
	out := r.ReplaceAllFunc(in, bytes.ToUpper)
	fmt.Println(string(out))

	line := regexp.MustCompile(`^(\S+) (\S+) (\w+)\s+user=(?P<user>\w+) action=(?P<action>\w+) ip=(?P<ip>[\d.]+)$`)
	counts := map[string]int{}
	for _, l := range strings.Split(logs, "\n") {
		m := line.FindStringSubmatch(l)
		if m == nil {
			fmt.Println("no match:", l)
			continue
		}
		user := m[line.SubexpIndex("user")]
		counts[m[3]]++
		fmt.Printf("%-5s %-6s %-13s %s\n", m[3], user, m[line.SubexpIndex("action")], m[6])
	}
	fmt.Println(counts, line.NumSubexp(), line.SubexpNames()[4:])
	ipRe := regexp.MustCompile(`(\d+)\.(\d+)\.(\d+)\.(\d+)`)
	fmt.Println(ipRe.ReplaceAllString("from 10.0.0.7 to 192.168.1.20", "$4.$3.$2.$1"))
	fmt.Println(regexp.MustCompile(`a+b*`).FindAllStringIndex("aab ab b aaa", -1))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	fmt.Printf("%q\n", regexp.MustCompile(`\s*,\s*`).Split("a , b,c ,  d", -1))
}
