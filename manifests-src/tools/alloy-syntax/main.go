// Command alloy-syntax reads an Alloy configuration with Alloy's own parser
// (github.com/grafana/alloy/syntax, whose parser and scanner are those of Alloy v1.10.0) and
// prints its blocks as JSON, so the suite can check the shipped pipeline without running Alloy.
// With -re2 PATTERN it prints, for each line of standard input, whether Go's regexp (RE2, the
// engine loki.process stage.drop compiles its expression with) matches it.
//
//	alloy-syntax < config.alloy
//	alloy-syntax -re2 '^/(healthz|health)$' < lines.txt
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/grafana/alloy/syntax/ast"
	"github.com/grafana/alloy/syntax/parser"
	"github.com/grafana/alloy/syntax/token"
)

type block struct {
	Name       string           `json:"name"`
	Label      string           `json:"label,omitempty"`
	Line       int              `json:"line"`
	Attributes map[string]*expr `json:"attributes"`
	Blocks     []*block         `json:"blocks"`
}

type expr struct {
	Text string `json:"text"`
	Kind string `json:"kind"`
	// The value of a string literal, unquoted.
	Value *string `json:"value,omitempty"`
	// The fields of an object literal, the elements of an array.
	Fields   map[string]*expr `json:"fields,omitempty"`
	Elements []*expr          `json:"elements,omitempty"`
	// Dotted names read (component exports such as loki.write.default.receiver), and functions called.
	References []string `json:"references"`
	Calls      []string `json:"calls"`
}

func main() {
	re2 := flag.String("re2", "", "print which stdin lines this RE2 expression matches")
	flag.Parse()
	input, err := io.ReadAll(os.Stdin)
	if err != nil {
		fail(err)
	}
	if *re2 != "" {
		matchLines(*re2, string(input))
		return
	}
	file, err := parser.ParseFile("config.alloy", input)
	if err != nil {
		fail(err)
	}
	out := []*block{}
	for _, stmt := range file.Body {
		b, ok := stmt.(*ast.BlockStmt)
		if !ok {
			fail(fmt.Errorf("config.alloy: an attribute outside any block"))
		}
		out = append(out, toBlock(input, b))
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}

func matchLines(pattern, input string) {
	re, err := regexp.Compile(pattern)
	if err != nil {
		fail(err)
	}
	matches := []bool{}
	scanner := bufio.NewScanner(strings.NewReader(input))
	scanner.Buffer(make([]byte, 1<<20), 1<<24)
	for scanner.Scan() {
		matches = append(matches, re.MatchString(scanner.Text()))
	}
	if err := json.NewEncoder(os.Stdout).Encode(matches); err != nil {
		fail(err)
	}
}

func toBlock(src []byte, b *ast.BlockStmt) *block {
	out := &block{
		Name:       strings.Join(b.Name, "."),
		Label:      b.Label,
		Line:       b.NamePos.Position().Line,
		Attributes: map[string]*expr{},
		Blocks:     []*block{},
	}
	for _, stmt := range b.Body {
		switch s := stmt.(type) {
		case *ast.AttributeStmt:
			out.Attributes[s.Name.Name] = toExpr(src, s.Value)
		case *ast.BlockStmt:
			out.Blocks = append(out.Blocks, toBlock(src, s))
		}
	}
	return out
}

func toExpr(src []byte, e ast.Expr) *expr {
	start, end := ast.StartPos(e).Offset(), ast.EndPos(e).Offset()
	out := &expr{Text: string(src[start : end+1]), Kind: fmt.Sprintf("%T", e)[len("*ast."):], References: []string{}, Calls: []string{}}
	switch v := e.(type) {
	case *ast.LiteralExpr:
		if v.Kind == token.STRING {
			s, err := strconv.Unquote(v.Value)
			if err != nil {
				fail(fmt.Errorf("string %s: %w", v.Value, err))
			}
			out.Value = &s
		}
	case *ast.ObjectExpr:
		out.Fields = map[string]*expr{}
		for _, f := range v.Fields {
			out.Fields[f.Name.Name] = toExpr(src, f.Value)
		}
	case *ast.ArrayExpr:
		for _, el := range v.Elements {
			out.Elements = append(out.Elements, toExpr(src, el))
		}
	}
	walk(e, out)
	return out
}

// walk collects the dotted names an expression reads and the functions it calls.
func walk(e ast.Expr, out *expr) {
	switch v := e.(type) {
	case *ast.IdentifierExpr, *ast.AccessExpr:
		out.References = append(out.References, dotted(v))
	case *ast.CallExpr:
		out.Calls = append(out.Calls, dotted(v.Value))
		for _, a := range v.Args {
			walk(a, out)
		}
	case *ast.ArrayExpr:
		for _, el := range v.Elements {
			walk(el, out)
		}
	case *ast.ObjectExpr:
		for _, f := range v.Fields {
			walk(f.Value, out)
		}
	case *ast.BinaryExpr:
		walk(v.Left, out)
		walk(v.Right, out)
	case *ast.UnaryExpr:
		walk(v.Value, out)
	case *ast.ParenExpr:
		walk(v.Inner, out)
	case *ast.IndexExpr:
		walk(v.Value, out)
		walk(v.Index, out)
	}
}

func dotted(e ast.Expr) string {
	switch v := e.(type) {
	case *ast.IdentifierExpr:
		return v.Ident.Name
	case *ast.AccessExpr:
		return dotted(v.Value) + "." + v.Name.Name
	default:
		return "(" + fmt.Sprintf("%T", e) + ")"
	}
}
