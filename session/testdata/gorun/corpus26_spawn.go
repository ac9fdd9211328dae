package main

import (
	"errors"
	"fmt"
	"os/exec"
	"strings"
)

func main() {
	dateCmd := exec.Command("echo", "hello", "from", "echo")
	dateOut, err := dateCmd.Output()
	if err != nil {
		panic(err)
	}
	fmt.Print("> echo\n", string(dateOut))

	_, err = exec.Command("sh", "-c", "exit 3").Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			fmt.Println("exit code", ee.ExitCode())
		}
	}

	grepCmd := exec.Command("grep", "hello")
	grepIn, _ := grepCmd.StdinPipe()
	grepOut, _ := grepCmd.StdoutPipe()
	grepCmd.Start()
	grepIn.Write([]byte("hello grep\ngoodbye grep"))
	grepIn.Close()
	buf := new(strings.Builder)
	b := make([]byte, 256)
	for {
		n, err := grepOut.Read(b)
		buf.Write(b[:n])
		if err != nil {
			break
		}
	}
	grepCmd.Wait()
	fmt.Println("> grep hello")
	fmt.Print(buf.String())

	lsCmd := exec.Command("sh", "-c", "printf 'a\\nb\\n' | wc -l")
	lsOut, err := lsCmd.Output()
	if err != nil {
		panic(err)
	}
	fmt.Println("> wc", strings.TrimSpace(string(lsOut)))
	out, err := exec.Command("sh", "-c", "echo out; echo err 1>&2").CombinedOutput()
	fmt.Printf("%q %v\n", out, err)
	_, err = exec.LookPath("corpus26-no-such-binary")
	fmt.Println(err != nil)
	cmd := exec.Command("sh", "-c", "echo $CORPUS26_V")
	cmd.Env = []string{"CORPUS26_V=set"}
	o, _ := cmd.Output()
	fmt.Print(string(o))
}
