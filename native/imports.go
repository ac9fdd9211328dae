package native

import (
	"bytes"
	"context"
	"fmt"
	"go/build"
	"os"
	"path/filepath"
	"plugin"
	"reflect"
	"sync"

	"github.com/traefik/yaegi/extract"
)

// Import compiles the exported API of a module's package once, for
// interpreted cells that import it: a plugin holding the package and the
// symbol table github.com/traefik/yaegi/extract generates for it, in the
// shape of interp.Exports. Modules follow the same rules as in %%native
// cells (one version a process, the kernel's own where it has it).
func (c *Compiler) Import(ctx context.Context, path string, progress func(step string)) (pkgs map[string]map[string]reflect.Value, notes []string, err error) {
	if err := c.checkToolchain(ctx); err != nil {
		return nil, nil, err
	}
	ext := external([]string{path})
	if len(ext) != 1 {
		return nil, nil, fmt.Errorf("%w: %q is not a module's package", ErrModule, path)
	}
	if err := c.mods.ownPackage(path); err != nil {
		return nil, nil, err
	}
	dir, err := c.cacheDir()
	if err != nil {
		return nil, nil, err
	}
	for _, all := range []bool{false, true} {
		key := c.key("import " + path + "\n" + fmt.Sprint(c.mods.requirements(ext, all)))
		modPath := "gogil.native/p" + key
		so := filepath.Join(dir, key, "cell.so")
		cached := true
		if _, err := os.Stat(so); err == nil {
			touch(filepath.Join(dir, key))
		} else {
			cached = false
			files := map[string]string{"main.go": fmt.Sprintf("package main\n\nimport _ %q\n", path)}
			notes, err = c.build(ctx, dir, key, modPath, files, ext, progress, func(work string) error {
				return extractSymbols(work, path)
			})
			if err != nil {
				return nil, nil, err
			}
		}
		linked, err := readModules(filepath.Join(dir, key))
		if err != nil {
			return nil, nil, err
		}
		if err := c.mods.conflicts(linked); err != nil {
			if cached && !all {
				continue
			}
			return nil, nil, err
		}
		p, err := plugin.Open(so)
		if err != nil {
			return nil, nil, fmt.Errorf("%%%%native: loading the compiled package %s failed: %w", path, err)
		}
		sym, err := p.Lookup("Gogil_Symbols")
		if err != nil {
			return nil, nil, fmt.Errorf("%%%%native: %w", err)
		}
		c.mods.settle(linked)
		table := sym.(func() map[string]map[string]reflect.Value)()
		releaseLoaded(so)
		return table, notes, nil
	}
	return nil, nil, fmt.Errorf("%w: %s: unreachable", ErrModule, path)
}

// extracting serializes extract's use of go/build's Default context,
// whose Dir must be the module being built while it type-checks.
var extracting sync.Mutex

// extractSymbols writes the package's symbol table into work, beside a
// main.go that hands it over; the go.mod there is already resolved.
func extractSymbols(work, path string) error {
	extracting.Lock()
	defer extracting.Unlock()
	saved := build.Default.Dir
	build.Default.Dir = work
	defer func() { build.Default.Dir = saved }()
	var table bytes.Buffer
	e := extract.Extractor{Dest: "main"}
	if _, err := e.Extract(path, "", &table); err != nil {
		return fmt.Errorf("%w: the symbols of %s: %v", ErrModule, path, err)
	}
	main := "package main\n\nimport \"reflect\"\n\n" +
		"// Symbols is filled by the extracted table's init.\n" +
		"var Symbols = map[string]map[string]reflect.Value{}\n\n" +
		"func Gogil_Symbols() map[string]map[string]reflect.Value { return Symbols }\n"
	if err := os.WriteFile(filepath.Join(work, "main.go"), []byte(main), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(work, "symbols.go"), table.Bytes(), 0o644)
}
