# golden_format.py: the lit test format for golden-output folders (see
# lit.cfg.py). It lives in a module of its own so that lit can pickle test
# configurations for its worker processes.
import difflib
import os
import shlex
import subprocess

import lit.formats
import lit.Test


class GoldenTest(lit.formats.TestFormat):
    """GoldenTest runs `goescape ARGS X.go` in X.go's folder for every variant
    (suffix, args, stream) whose expected file X<suffix> exists, and compares
    the chosen stream (stdout or stderr) byte for byte with that file.

    For stream "stderr" the expected exit code is 1 when the file is non-empty
    and 0 otherwise; for "stdout" it is 0. An optional X.args file adds
    arguments (shell syntax) to every variant of X.go.
    """

    def __init__(self, variants, xfail=()):
        self.variants = variants
        # Expected files goescape does not match yet, by path relative to the
        # folder of lit.local.cfg ("multi/x.err"). A listed test that passes
        # is reported as an unexpected pass (a failure), so the list can only
        # shrink.
        self.xfail = set(xfail)

    def getTestsInDirectory(self, testSuite, path_in_suite, litConfig, localConfig):
        source_path = testSuite.getSourcePath(path_in_suite)
        for name in sorted(os.listdir(source_path)):
            full = os.path.join(source_path, name)
            if os.path.isdir(full) or not name.endswith(".go"):
                continue
            base = name[:-3]
            for suffix, _args, _stream in self.variants:
                if os.path.exists(os.path.join(source_path, base + suffix)):
                    yield lit.Test.Test(testSuite, path_in_suite + (base + suffix,), localConfig)

    @staticmethod
    def root(test):
        """root returns path_in_suite of the folder whose lit.local.cfg set this format."""
        parts = test.path_in_suite[:-1]
        src = test.suite.source_root
        while parts:
            if os.path.exists(os.path.join(src, *parts, "lit.local.cfg")):
                return parts
            parts = parts[:-1]
        return parts

    def execute(self, test, litConfig):
        if test.config.unsupported:
            return lit.Test.UNSUPPORTED, ""
        expected_path = test.getSourcePath()
        folder = os.path.dirname(expected_path)
        leaf = os.path.basename(expected_path)
        for suffix, args, stream in self.variants:
            if leaf.endswith(suffix):
                break
        else:
            return lit.Test.UNRESOLVED, "no variant for " + leaf
        base = leaf[: -len(suffix)]
        gofile = base + ".go"
        extra = []
        args_file = os.path.join(folder, base + ".args")
        if os.path.exists(args_file):
            with open(args_file) as f:
                extra = shlex.split(f.read())
        cmd = [test.config.goescape] + list(args) + extra + [gofile]
        try:
            proc = subprocess.run(cmd, cwd=folder, capture_output=True, timeout=60)
        except subprocess.TimeoutExpired:
            return lit.Test.FAIL, "timeout: " + " ".join(cmd)
        with open(expected_path, "rb") as f:
            expected = f.read()
        got = proc.stdout if stream == "stdout" else proc.stderr
        want_rc = 1 if (stream == "stderr" and expected) else 0
        problems = []
        if proc.returncode != want_rc:
            problems.append("exit code %d, want %d" % (proc.returncode, want_rc))
        if got != expected:
            diff = difflib.unified_diff(
                expected.decode("utf-8", "replace").splitlines(True),
                got.decode("utf-8", "replace").splitlines(True),
                "expected (go1.19)", "goescape")
            problems.append("".join(diff))
        rel = "/".join(test.path_in_suite[len(self.root(test)):])
        if rel in self.xfail:
            if problems:
                return lit.Test.XFAIL, ""
            return lit.Test.XPASS, "listed as expected to fail, but passes: remove it from xfail"
        if problems:
            return lit.Test.FAIL, "$ cd %s && %s\n%s\nstderr:\n%s" % (
                folder, " ".join(shlex.quote(c) for c in cmd), "\n".join(problems),
                proc.stderr.decode("utf-8", "replace"))
        return lit.Test.PASS, ""
