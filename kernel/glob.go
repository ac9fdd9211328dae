package kernel

import "unicode/utf8"

// glob is a pattern as SQLite's GLOB (which IPython's history search
// uses) reads it: * any run of characters, ? one character, [...] a class
// ([^...] negated, a-z ranges, a ] first is literal), an unterminated [ a
// literal [; case-sensitive, across newlines. Every token but * matches
// exactly one rune, so a match needs no backtracking beyond the last *:
// time is at most the pattern's length times the input's, never
// exponential as a recursive matcher is on `*a*a*a*a*b`.
type glob []globToken

type globKind uint8

const (
	globLiteral globKind = iota
	globAny              // ?
	globClass            // [...]
	globStar             // *
)

type globToken struct {
	kind    globKind
	literal rune
	negate  bool
	ranges  [][2]rune // of a class: inclusive
}

func compileGlob(pattern string) glob {
	p := []rune(pattern)
	var g glob
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '*':
			if len(g) == 0 || g[len(g)-1].kind != globStar {
				g = append(g, globToken{kind: globStar})
			}
		case '?':
			g = append(g, globToken{kind: globAny})
		case '[':
			if class, end, ok := compileClass(p, i); ok {
				g = append(g, class)
				i = end
				continue
			}
			g = append(g, globToken{kind: globLiteral, literal: '['})
		default:
			g = append(g, globToken{kind: globLiteral, literal: p[i]})
		}
	}
	return g
}

// compileClass reads the class that starts at p[start] == '['; end is the
// index of its closing ']', and ok false when there is none.
func compileClass(p []rune, start int) (class globToken, end int, ok bool) {
	class.kind = globClass
	i := start + 1
	if i < len(p) && p[i] == '^' {
		class.negate = true
		i++
	}
	for first := true; i < len(p); i, first = i+1, false {
		if p[i] == ']' && !first {
			return class, i, true
		}
		if i+2 < len(p) && p[i+1] == '-' && p[i+2] != ']' {
			class.ranges = append(class.ranges, [2]rune{p[i], p[i+2]})
			i += 2
			continue
		}
		class.ranges = append(class.ranges, [2]rune{p[i], p[i]})
	}
	return globToken{}, 0, false
}

func (t *globToken) matches(r rune) bool {
	switch t.kind {
	case globLiteral:
		return t.literal == r
	case globAny:
		return true
	case globClass:
		for _, rg := range t.ranges {
			if rg[0] <= r && r <= rg[1] {
				return !t.negate
			}
		}
		return t.negate
	}
	return false
}

// match reports whether s matches g, and how many steps it took; it gives
// up (false) after budget steps. Runes are decoded as []rune(s) would:
// an invalid byte is one U+FFFD.
func (g glob) match(s string, budget int) (matched bool, steps int) {
	pi, si := 0, 0
	// After a *, resume is the token following it and from the input
	// position that star's run ends at; a mismatch grows that run by one.
	resume, from := -1, 0
	for ; steps < budget; steps++ {
		if pi < len(g) && g[pi].kind == globStar {
			pi++
			if pi == len(g) {
				return true, steps + 1 // a trailing * takes the rest
			}
			resume, from = pi, si
			continue
		}
		if si == len(s) {
			for pi < len(g) && g[pi].kind == globStar {
				pi++
			}
			return pi == len(g), steps + 1
		}
		r, width := utf8.DecodeRuneInString(s[si:])
		if pi < len(g) && g[pi].matches(r) {
			pi++
			si += width
			continue
		}
		if resume < 0 {
			return false, steps + 1
		}
		_, width = utf8.DecodeRuneInString(s[from:])
		from += width
		pi, si = resume, from
	}
	return false, steps
}
