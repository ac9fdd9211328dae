package kernelspec

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

func readSpec(t *testing.T, path string) Spec {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var spec Spec
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&spec); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return spec
}

// The repository's kernel.json is a template for packagers; it must say
// exactly what Install writes, but for the program path.
func TestTopLevelTemplateMatchesInstall(t *testing.T) {
	template := readSpec(t, filepath.Join("..", "..", "kernel.json"))
	if !reflect.DeepEqual(template, ForExecutable("gogil")) {
		t.Fatalf("../../kernel.json = %+v\nwant %+v", template, ForExecutable("gogil"))
	}

	t.Setenv("JUPYTER_DATA_DIR", t.TempDir())
	dir, err := Install(Options{Scope: User})
	if err != nil {
		t.Fatal(err)
	}
	installed := readSpec(t, filepath.Join(dir, "kernel.json"))
	if !filepath.IsAbs(installed.Argv[0]) {
		t.Errorf("argv[0] = %q, want an absolute path", installed.Argv[0])
	}
	installed.Argv[0] = "gogil"
	if !reflect.DeepEqual(installed, template) {
		t.Fatalf("installed %+v\ntemplate  %+v", installed, template)
	}
}

func TestInstallScopes(t *testing.T) {
	prefix := t.TempDir()
	dataDir := t.TempDir()
	fakePython := filepath.Join(t.TempDir(), "python3")
	pyPrefix := t.TempDir()
	if runtime.GOOS != "windows" {
		script := "#!/bin/sh\necho '" + pyPrefix + "'\n"
		if err := os.WriteFile(fakePython, []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("JUPYTER_DATA_DIR", dataDir)

	tests := []struct {
		name string
		opts Options
		want string
	}{
		{"user", Options{Scope: User}, filepath.Join(dataDir, "kernels", "gogil")},
		{"prefix", Options{Scope: Prefix, Prefix: prefix}, filepath.Join(prefix, "share", "jupyter", "kernels", "gogil")},
		{"sys-prefix", Options{Scope: SysPrefix, Python: fakePython}, filepath.Join(pyPrefix, "share", "jupyter", "kernels", "gogil")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.opts.Scope == SysPrefix && runtime.GOOS == "windows" {
				t.Skip("fake interpreter is a shell script")
			}
			tt.opts.Executable = "/opt/gogil/bin/gogil"
			dir, err := Install(tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if dir != tt.want {
				t.Fatalf("Install dir = %q, want %q", dir, tt.want)
			}
			for _, name := range []string{"kernel.json", "logo-32x32.png", "logo-64x64.png", "logo-svg.svg"} {
				if info, err := os.Stat(filepath.Join(dir, name)); err != nil || info.Size() == 0 {
					t.Errorf("%s: %v (size %v)", name, err, info)
				}
			}
			spec := readSpec(t, filepath.Join(dir, "kernel.json"))
			want := []string{"/opt/gogil/bin/gogil", "kernel", "{connection_file}"}
			if !reflect.DeepEqual(spec.Argv, want) {
				t.Errorf("argv = %q, want %q", spec.Argv, want)
			}

			// Installing again replaces, never fails on an existing folder.
			if _, err := Install(tt.opts); err != nil {
				t.Fatalf("second install: %v", err)
			}
			removed, err := Uninstall(tt.opts)
			if err != nil || removed != dir {
				t.Fatalf("Uninstall = %q, %v; want %q", removed, err, dir)
			}
			if _, err := os.Stat(dir); !errors.Is(err, fs.ErrNotExist) {
				t.Fatalf("%s still there after Uninstall: %v", dir, err)
			}
			if _, err := Uninstall(tt.opts); !errors.Is(err, fs.ErrNotExist) {
				t.Fatalf("second Uninstall error = %v, want fs.ErrNotExist", err)
			}
		})
	}
}

func TestInstallDefaultsToRunningBinary(t *testing.T) {
	t.Setenv("JUPYTER_DATA_DIR", t.TempDir())
	dir, err := Install(Options{})
	if err != nil {
		t.Fatal(err)
	}
	self, err := Executable()
	if err != nil {
		t.Fatal(err)
	}
	if got := readSpec(t, filepath.Join(dir, "kernel.json")).Argv[0]; got != self {
		t.Fatalf("argv[0] = %q, want the test binary %q", got, self)
	}
}

func TestUserDataDir(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("XDG layout is the Linux one")
	}
	home := t.TempDir()
	tests := []struct {
		name, jupyterDataDir, xdg, want string
	}{
		{"JUPYTER_DATA_DIR wins", "/srv/jupyter", "/xdg", "/srv/jupyter"},
		{"XDG_DATA_HOME", "", "/xdg", "/xdg/jupyter"},
		{"home", "", "", filepath.Join(home, ".local", "share", "jupyter")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("HOME", home)
			t.Setenv("JUPYTER_DATA_DIR", tt.jupyterDataDir)
			t.Setenv("XDG_DATA_HOME", tt.xdg)
			got, err := DataDir(Options{Scope: User})
			if err != nil || !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("DataDir = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestInstallErrorNamesDirectory(t *testing.T) {
	// A file in the way fails even for root, which permission bits don't stop.
	blocker := filepath.Join(t.TempDir(), "not-a-dir")
	if err := os.WriteFile(blocker, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Install(Options{Scope: Prefix, Prefix: blocker, Executable: "/bin/gogil"})
	if err == nil {
		t.Fatal("Install under a regular file succeeded")
	}
	if !strings.Contains(err.Error(), filepath.Join(blocker, "share", "jupyter", "kernels", "gogil")) {
		t.Fatalf("error %q does not name the directory", err)
	}
	if !errors.Is(err, fs.ErrExist) && !errors.Is(err, fs.ErrNotExist) && !strings.Contains(err.Error(), "not a directory") {
		t.Fatalf("error %q does not say why", err)
	}
}

func TestSysPrefixWithoutPython(t *testing.T) {
	_, err := Dir(Options{Scope: SysPrefix, Python: filepath.Join(t.TempDir(), "no-python")})
	if err == nil || !strings.Contains(err.Error(), "sys.prefix") {
		t.Fatalf("error = %v, want one about sys.prefix", err)
	}
}

func TestParseArgs(t *testing.T) {
	tests := []struct {
		args    []string
		want    Options
		wantErr string
	}{
		{nil, Options{Scope: User}, ""},
		{[]string{"--user"}, Options{Scope: User}, ""},
		{[]string{"--sys-prefix"}, Options{Scope: SysPrefix}, ""},
		{[]string{"--prefix", "/tmp/p"}, Options{Scope: Prefix, Prefix: "/tmp/p"}, ""},
		{[]string{"--prefix=/tmp/p"}, Options{Scope: Prefix, Prefix: "/tmp/p"}, ""},
		{[]string{"-prefix", "/tmp/p"}, Options{Scope: Prefix, Prefix: "/tmp/p"}, ""},
		{[]string{"--prefix="}, Options{}, "needs a directory"},
		{[]string{"--prefix"}, Options{}, "prefix"},
		{[]string{"--user", "--sys-prefix"}, Options{}, "exclude each other"},
		{[]string{"--sys-prefix", "--env", "GOFLAGS=-mod=mod", "--env=GOGIL_HISTORY=off", "--env", "EMPTY="},
			Options{Scope: SysPrefix, Env: map[string]string{"GOFLAGS": "-mod=mod", "GOGIL_HISTORY": "off", "EMPTY": ""}}, ""},
		{[]string{"--env", "NOVALUE"}, Options{}, "want KEY=VALUE"},
		{[]string{"--env", "=x"}, Options{}, "want KEY=VALUE"},
		{[]string{"--user", "--prefix", "/x"}, Options{}, "exclude each other"},
		{[]string{"--bogus"}, Options{}, "bogus"},
		{[]string{"extra"}, Options{}, "unexpected argument"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			got, err := ParseArgs("install", tt.args)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("ParseArgs = %+v, %v; want %+v", got, err, tt.want)
			}
		})
	}
}

func TestUninstallTakesNoEnv(t *testing.T) {
	if _, err := ParseArgs("uninstall", []string{"--env", "A=b"}); err == nil || !strings.Contains(err.Error(), "env") {
		t.Fatalf("uninstall --env: err = %v, want one naming the flag", err)
	}
}

// A hub's servers read kernel.json's env; Install writes what --env gave.
func TestInstallWritesEnv(t *testing.T) {
	env := map[string]string{"GOTOOLCHAIN": "local", "GOGIL_HISTORY": "off"}
	dir, err := Install(Options{Scope: Prefix, Prefix: t.TempDir(), Executable: "/usr/local/bin/gogil", Env: env})
	if err != nil {
		t.Fatal(err)
	}
	spec := readSpec(t, filepath.Join(dir, "kernel.json"))
	if !reflect.DeepEqual(spec.Env, env) || spec.InterruptMode != "message" {
		t.Fatalf("kernel.json env %v, interrupt_mode %q; want %v, message", spec.Env, spec.InterruptMode, env)
	}
	// Without --env there is no env key at all, as in the template.
	dir, err = Install(Options{Scope: Prefix, Prefix: t.TempDir(), Executable: "/usr/local/bin/gogil"})
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "kernel.json"))
	if err != nil || strings.Contains(string(data), `"env"`) {
		t.Fatalf("kernel.json without --env: %s, %v", data, err)
	}
}

func TestUnshared(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("POSIX permission bits")
	}
	shared := t.TempDir()
	if err := os.Chmod(shared, 0o755); err != nil {
		t.Fatal(err)
	}
	// t.TempDir's parent is private to this user on some systems; judge
	// only the folders below it by making a chain whose top is checked too.
	top := filepath.Dir(shared)
	private := filepath.Join(shared, "private")
	if err := os.Mkdir(private, 0o700); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{filepath.Join(shared, "gogil"), filepath.Join(private, "gogil"), filepath.Join(shared, "gogil-0700")} {
		mode := os.FileMode(0o755)
		if strings.HasSuffix(p, "0700") {
			mode = 0o700
		}
		if err := os.WriteFile(p, []byte("#!/bin/sh\n"), mode); err != nil {
			t.Fatal(err)
		}
	}
	if err := Unshared(filepath.Join(private, "gogil")); err == nil || !strings.Contains(err.Error(), private) {
		t.Errorf("binary in a 0700 folder: %v, want an error naming %s", err, private)
	}
	if err := Unshared(filepath.Join(shared, "gogil-0700")); err == nil || !strings.Contains(err.Error(), "not executable by other users") {
		t.Errorf("binary of mode 0700: %v, want an error saying so", err)
	}
	if err := Unshared(filepath.Join(shared, "gogil")); err != nil && !strings.Contains(err.Error(), top) {
		t.Errorf("binary of mode 0755 in a 0755 folder: %v", err)
	}
	if err := Unshared(filepath.Join(shared, "missing")); err == nil {
		t.Error("a missing binary is reported shared")
	}
}
