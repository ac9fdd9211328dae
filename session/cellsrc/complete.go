package cellsrc

import (
	"go/parser"
	"go/scanner"
	"go/token"
	"strings"
)

// IsComplete tells a console whether code can run as it is: "complete",
// "incomplete" (with the indent for the next line after an unclosed
// bracket) or "invalid", following yaegi's REPL: an error at the end of
// input, an unterminated raw string and "expected operand, found '}'" mean
// the user is not done.
func IsComplete(code string) (status, indent string) {
	if strings.TrimSpace(code) == "" {
		return "complete", ""
	}
	depth := 0
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(code))
	var sc scanner.Scanner
	incomplete := false
	sc.Init(file, []byte(code), func(_ token.Position, msg string) {
		if strings.Contains(msg, "raw string literal not terminated") || strings.Contains(msg, "comment not terminated") {
			incomplete = true
		}
	}, 0)
	for {
		_, tok, _ := sc.Scan()
		if tok == token.EOF {
			break
		}
		switch tok {
		case token.LBRACE, token.LPAREN, token.LBRACK:
			depth++
		case token.RBRACE, token.RPAREN, token.RBRACK:
			depth--
		}
	}
	if incomplete {
		return "incomplete", ""
	}
	for _, p := range Split(code) {
		src := "package main\n" + p.Text + "\n"
		if p.Kind == Stmts {
			src = "package main\nfunc main() {\n" + p.Text + "\n}\n"
		}
		_, err := parser.ParseFile(token.NewFileSet(), "", src, parser.AllErrors)
		if err == nil {
			continue
		}
		var list scanner.ErrorList
		msg := err.Error()
		if el, ok := err.(scanner.ErrorList); ok && len(el) > 0 {
			list = el
			msg = list[0].Msg
		}
		if strings.Contains(msg, "found 'EOF'") || strings.Contains(msg, "expected operand, found '}'") ||
			strings.Contains(msg, "raw string literal not terminated") || (depth > 0 && strings.Contains(msg, "found '}'")) {
			return "incomplete", strings.Repeat("\t", max(depth, 0))
		}
		return "invalid", ""
	}
	if depth > 0 {
		return "incomplete", strings.Repeat("\t", depth)
	}
	return "complete", ""
}
