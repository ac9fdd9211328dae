package main

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

var logLines = `2024-03-01T10:00:01Z INFO  [api] GET /users 200 12ms
2024-03-01T10:00:02Z WARN  [api] GET /users/42 404 3ms
2024-03-01T10:00:05Z ERROR [db] query failed: timeout after 5000ms
2024-03-01T10:00:07Z INFO  [api] POST /orders 201 48ms
garbage line here
2024-03-01T10:00:09Z INFO  [api] GET /users 200 9ms
2024-03-01T10:00:11Z ERROR [api] GET /orders/7 500 120ms`

var lineRE = regexp.MustCompile(`^(?P<ts>\S+)\s+(?P<level>[A-Z]+)\s+\[(?P<comp>\w+)\]\s+(?P<msg>.*)$`)
var reqRE = regexp.MustCompile(`(?P<method>GET|POST|PUT|DELETE) (?P<path>/\S*) (?P<status>\d{3}) (?P<dur>\d+)ms`)

func namedMatch(re *regexp.Regexp, s string) map[string]string {
	m := re.FindStringSubmatch(s)
	if m == nil {
		return nil
	}
	out := make(map[string]string)
	for i, name := range re.SubexpNames() {
		if i > 0 && name != "" {
			out[name] = m[i]
		}
	}
	return out
}

func main() {
	levels := map[string]int{}
	durs := map[string][]int{}
	for n, line := range strings.Split(logLines, "\n") {
		f := namedMatch(lineRE, line)
		if f == nil {
			fmt.Printf("line %d: unparsable: %q\n", n+1, line)
			continue
		}
		levels[f["level"]]++
		if r := namedMatch(reqRE, f["msg"]); r != nil {
			d, _ := strconv.Atoi(r["dur"])
			durs[r["path"]] = append(durs[r["path"]], d)
			if st, _ := strconv.Atoi(r["status"]); st >= 400 {
				fmt.Printf("%s %s -> %d (%s)\n", f["ts"][11:19], r["path"], st, f["comp"])
			}
		} else {
			fmt.Printf("%s %s: %s\n", f["level"], f["comp"], f["msg"])
		}
	}
	idx := lineRE.SubexpIndex("level")
	fmt.Println("level index:", idx, "names:", lineRE.SubexpNames()[1:])
	lv := make([]string, 0)
	for k := range levels {
		lv = append(lv, k)
	}
	sort.Strings(lv)
	for _, k := range lv {
		fmt.Printf("%-5s %d\n", k, levels[k])
	}
	paths := make([]string, 0, len(durs))
	for p := range durs {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		sum := 0
		for _, d := range durs[p] {
			sum += d
		}
		fmt.Printf("%-10s n=%d avg=%.1fms\n", p, len(durs[p]), float64(sum)/float64(len(durs[p])))
	}
	re := regexp.MustCompile(`(\d+)ms`)
	fmt.Println(re.ReplaceAllString("took 12ms and 300ms", "${1} milliseconds"))
}
