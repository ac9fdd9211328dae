package main

import "fmt"

func longestUnique(s string) (int, string) {
	last := map[rune]int{}
	best, bestStart, start := 0, 0, 0
	runes := []rune(s)
	for i, r := range runes {
		if p, ok := last[r]; ok && p >= start {
			start = p + 1
		}
		last[r] = i
		if i-start+1 > best {
			best, bestStart = i-start+1, start
		}
	}
	return best, string(runes[bestStart : bestStart+best])
}

func maxSumWindow(a []int, k int) (int, int) {
	sum := 0
	for _, v := range a[:k] {
		sum += v
	}
	best, at := sum, 0
	for i := k; i < len(a); i++ {
		sum += a[i] - a[i-k]
		if sum > best {
			best, at = sum, i-k+1
		}
	}
	return best, at
}

func minWindow(s, t string) string {
	need := [128]int{}
	for i := 0; i < len(t); i++ {
		need[t[i]]++
	}
	missing := len(t)
	bestL, bestR := 0, -1
	l := 0
	for r := 0; r < len(s); r++ {
		if need[s[r]] > 0 {
			missing--
		}
		need[s[r]]--
		for missing == 0 {
			if bestR < 0 || r-l < bestR-bestL {
				bestL, bestR = l, r
			}
			need[s[l]]++
			if need[s[l]] > 0 {
				missing++
			}
			l++
		}
	}
	return s[bestL : bestR+1]
}

func slidingMax(a []int, k int) []int {
	var dq, out []int
	for i, v := range a {
		for len(dq) > 0 && a[dq[len(dq)-1]] <= v {
			dq = dq[:len(dq)-1]
		}
		dq = append(dq, i)
		if dq[0] <= i-k {
			dq = dq[1:]
		}
		if i >= k-1 {
			out = append(out, a[dq[0]])
		}
	}
	return out
}

func main() {
	for _, s := range []string{"abcabcbb", "bbbbb", "pwwkew", "héllo wörld"} {
		n, sub := longestUnique(s)
		fmt.Printf("%-12q %d %q\n", s, n, sub)
	}
	fmt.Println(maxSumWindow([]int{2, 1, 5, 1, 3, 2, 9, -1}, 3))
	fmt.Printf("%q\n", minWindow("ADOBECODEBANC", "ABC"))
	fmt.Printf("%q\n", minWindow("a", "aa"))
	fmt.Println(slidingMax([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3))
}
