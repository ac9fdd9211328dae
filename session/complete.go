package session

import (
	"go/scanner"
	"go/token"
	"sort"
	"strings"
	"unicode"

	"github.com/gogil/gogil/session/cellsrc"
)

var keywords = []string{
	"break", "case", "chan", "const", "continue", "default", "defer", "else",
	"fallthrough", "for", "func", "go", "goto", "if", "import", "interface",
	"map", "package", "range", "return", "select", "struct", "switch", "type", "var",
}

// predeclared are the universe names yaegi v0.16.1 knows (no min, max or
// clear: it lacks them).
var predeclared = []string{
	"any", "append", "bool", "byte", "cap", "close", "comparable", "complex",
	"complex128", "complex64", "copy", "delete", "error", "false", "float32",
	"float64", "imag", "int", "int16", "int32", "int64", "int8", "iota", "len",
	"make", "new", "nil", "panic", "print", "println", "real", "recover", "rune",
	"string", "true", "uint", "uint16", "uint32", "uint64", "uint8", "uintptr",
}

func isIdentRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// Complete lists completions for the identifier that ends at cursor (a rune
// offset): members of a package after "pkg.", otherwise names from earlier
// cells, imported packages, keywords and predeclared names. start and end
// are rune offsets of the text the matches replace.
func (s *Session) Complete(code string, cursor int) (matches []string, start, end int) {
	runes := []rune(code)
	cursor = max(0, min(cursor, len(runes)))
	start = cursor
	for start > 0 && isIdentRune(runes[start-1]) {
		start--
	}
	prefix := string(runes[start:cursor])
	matches = []string{}
	if start > 0 && runes[start-1] == '.' {
		q := start - 1
		for q > 0 && isIdentRune(runes[q-1]) {
			q--
		}
		qualifier := string(runes[q : start-1])
		if syms := s.packageSymbols(qualifier); syms != nil {
			for name := range syms {
				if strings.HasPrefix(name, prefix) && !strings.HasPrefix(name, "_") {
					matches = append(matches, name)
				}
			}
		}
		sort.Strings(matches)
		return matches, start, cursor
	}
	seen := map[string]bool{}
	add := func(name string) {
		if strings.HasPrefix(name, prefix) && !seen[name] && !strings.HasPrefix(name, "__gogil") {
			seen[name] = true
			matches = append(matches, name)
		}
	}
	s.mu.Lock()
	for name := range s.declared.user {
		add(name)
	}
	for name := range s.declared.imported {
		add(name)
	}
	s.mu.Unlock()
	// Names declared earlier in the code being typed count too.
	for _, name := range declaredIn(code) {
		add(name)
	}
	for _, k := range keywords {
		add(k)
	}
	for _, p := range predeclared {
		add(p)
	}
	sort.Strings(matches)
	return matches, start, cursor
}

// packageSymbols is the symbol table of the package a cell knows as name.
func (s *Session) packageSymbols(name string) map[string]bool {
	s.mu.Lock()
	importPath, ok := s.declared.imported[name]
	s.mu.Unlock()
	if !ok {
		return nil
	}
	syms := s.symbols[importPath]
	if syms == nil {
		return nil
	}
	out := make(map[string]bool, len(syms))
	for n := range syms {
		out[n] = true
	}
	return out
}

// declaredIn collects identifiers the code itself defines, whether or not
// it parses (the user is in the middle of typing it).
func declaredIn(code string) []string {
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(code))
	var sc scanner.Scanner
	sc.Init(file, []byte(code), func(token.Position, string) {}, 0)
	var names, pending []string
	var prev token.Token
	for {
		_, tok, lit := sc.Scan()
		if tok == token.EOF {
			break
		}
		switch tok {
		case token.IDENT:
			if prev == token.FUNC || prev == token.TYPE || prev == token.VAR || prev == token.CONST {
				names = append(names, lit)
			}
			if prev != token.IDENT {
				pending = append(pending, lit)
			} else {
				pending = pending[:0]
			}
		case token.COMMA:
		case token.DEFINE:
			names = append(names, pending...)
			pending = pending[:0]
		default:
			pending = pending[:0]
		}
		prev = tok
	}
	return names
}

// IsComplete tells a console whether code can run as it is: "complete",
// "incomplete" (with the indent for the next line) or "invalid"; see
// cellsrc.IsComplete.
func (s *Session) IsComplete(code string) (status, indent string) {
	// Code Execute would refuse is answered at once, whatever its size,
	// and running it says why.
	if cellsrc.Check(code, MaxCodeBytes, MaxCodeTokens) != nil {
		return "invalid", ""
	}
	return cellsrc.IsComplete(code)
}
