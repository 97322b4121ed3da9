# gc_tests_format.py: the lit test format for tests/gc-escape (see
# lit.cfg.py): Go's own escape-analysis test files, from the golang-1.19-src
# package, checked two ways.
#  * passlist.txt names the files (relative to the Go test directory) that
#    `goescape test` must pass with run.go's errorcheck rules. One lit test
#    per file; the list may only grow.
#  * golden/F.m1.txt and F.m2.txt hold go1.19's exact output for escape*.go
#    with its header's flags and with one more -m (see regen.sh). goescape's
#    stdout must equal them byte for byte when run on a copy of the file in a
#    temporary folder (so positions print as the bare file name).
import os
import shlex
import shutil
import subprocess
import tempfile

import lit.formats
import lit.Test

GO_TEST_DIR = "/usr/share/go-1.19/test"


class GcTests(lit.formats.TestFormat):
    def getTestsInDirectory(self, testSuite, path_in_suite, litConfig, localConfig):
        source_path = testSuite.getSourcePath(path_in_suite)
        with open(os.path.join(source_path, "passlist.txt")) as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#"):
                    yield lit.Test.Test(testSuite, path_in_suite + ("errorcheck", line), localConfig)
        golden = os.path.join(source_path, "golden")
        for name in sorted(os.listdir(golden)):
            if name.endswith(".txt"):
                yield lit.Test.Test(testSuite, path_in_suite + ("golden", name), localConfig)

    def execute(self, test, litConfig):
        if not os.path.isdir(GO_TEST_DIR):
            return lit.Test.UNSUPPORTED, GO_TEST_DIR + " missing (package golang-1.19-src)"
        kind = test.path_in_suite[-2] if test.path_in_suite[-2] in ("errorcheck", "golden") else None
        goescape = test.config.goescape
        if test.path_in_suite[-2] != "golden":
            rel = test.path_in_suite[-1]
            # errorcheck: the test path is errorcheck/<rel> where rel may
            # contain slashes; recover it from the suite-relative path.
            parts = test.path_in_suite
            i = parts.index("errorcheck")
            rel = "/".join(parts[i + 1:])
            cmd = [goescape, "test", rel]
            proc = subprocess.run(cmd, cwd=GO_TEST_DIR, capture_output=True, timeout=120)
            out = proc.stdout.decode("utf-8", "replace") + proc.stderr.decode("utf-8", "replace")
            if proc.returncode == 0 and "1 passed, 0 failed" in out:
                return lit.Test.PASS, ""
            return lit.Test.FAIL, " ".join(cmd) + "\n" + out
        name = test.path_in_suite[-1]
        base, level = name[: -len(".m1.txt")], name[-len("m1.txt"):-len(".txt")]
        src = os.path.join(GO_TEST_DIR, base + ".go")
        with open(src) as f:
            header = f.readline()
        flags = shlex.split(header.replace("// errorcheck -0", "", 1))
        if level == "m2":
            flags.append("-m")
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copy(src, os.path.join(tmp, base + ".go"))
            cmd = [goescape, "-p=p"] + flags + [base + ".go"]
            proc = subprocess.run(cmd, cwd=tmp, capture_output=True, timeout=120)
        with open(test.getSourcePath(), "rb") as f:
            want = f.read()
        if proc.stdout == want and proc.returncode == 0:
            return lit.Test.PASS, ""
        import difflib
        diff = "".join(difflib.unified_diff(
            want.decode("utf-8", "replace").splitlines(True),
            proc.stdout.decode("utf-8", "replace").splitlines(True),
            "go1.19", "goescape"))
        return lit.Test.FAIL, " ".join(cmd) + "\n" + proc.stderr.decode("utf-8", "replace") + diff[:20000]
