"""Jupyter's kernel conformance suite (jupyter_kernel_test) run against gogil.

Each attribute below feeds one test of jupyter_kernel_test.KernelTests
(0.4.5, Debian bookworm); an empty attribute makes that test skip. The
expectations are the suite's, not ours: for instance test_error wants the
error message to be the only output of a failing cell, and test_completion
compares the set of matches exactly.

Run by conformance_test.go (`go test ./conformance`), which builds gogil
and points JUPYTER_PATH at a kernelspec for it. By hand:

    JUPYTER_PATH=<prefix>/share/jupyter python3 -m unittest -v test_gogil
"""

import unittest

import jupyter_kernel_test


class GogilKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "gogil"

    # test_kernel_info: language_info.name and file_extension
    language_name = "go"
    file_extension = ".go"

    # test_execute_stdout: a stdout stream containing "hello, world"
    code_hello_world = 'fmt.Println("hello, world")'

    # test_execute_stderr: a stderr stream
    code_stderr = 'fmt.Fprintln(os.Stderr, "oops")'

    # test_completion: matches are the names after the dot (cursor_start
    # at the start of "Prin"), compared as a set
    completion_samples = [
        {"text": "fmt.Prin", "matches": {"Print", "Printf", "Println"}},
    ]

    # test_is_complete
    complete_code_samples = [
        "x := 1",
        'fmt.Println("done")',
        "func f() {}",
    ]
    incomplete_code_samples = [
        "func f() {",
        "for i := 0; i < 3; i++ {",
        "x := []int{1,",
    ]
    invalid_code_samples = [
        "x := )",
        "func {",
    ]

    # test_pager: "name?" (or "?name") answers with a "page" payload holding
    # the same help as inspect_request, as IPython does.
    code_page_something = "fmt.Println?"

    # test_error: status "error" and exactly one output, the error message
    code_generate_error = 'panic("boom")'

    # test_execute_result; also the code test_history runs before each query
    code_execute_result = [
        {"code": "6*7", "result": "42"},
    ]

    # test_display_data
    code_display_data = [
        {"code": 'display.HTML("<b>hi</b>")', "mime": "text/html"},
    ]

    # test_history: the pattern is a glob, as in IPython ("?" is any one
    # character), and must match exactly one distinct entry of
    # code_execute_result for the unique=True sub-test
    code_history_pattern = "6?7"
    supported_history_operations = ("tail", "range", "search")

    # test_inspect: found, with at least one MIME type of help
    code_inspect_sample = "fmt.Println"

    # test_clear_output: a clear_output message on iopub
    code_clear_output = "display.ClearOutput()"


if __name__ == "__main__":
    unittest.main()
