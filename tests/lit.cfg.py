# lit configuration for goescape.
#
# The lit suite root is tests/; suites are tests/lit/<name> and tests/escape.
# Two kinds of tests:
#  * ShTest files (*.test) with RUN: lines, using %goescape and FileCheck.
#  * Golden tests: a folder whose lit.local.cfg sets
#      config.test_format = GoldenTest(variants)
#    where every X.go with an expected-output file is a test. The expected
#    files were produced by go1.19 (see the folder's regen script) and are
#    compared byte for byte with what goescape prints.
import os

import sys

import lit.formats

sys.path.insert(0, os.path.dirname(__file__))
from golden_format import GoldenTest  # noqa: E402

# The build-tree paths come from the CMake-configured site file, passed as
# --param goescape_site_config=BUILD/tests/lit.site.cfg.py (ctest does).
site = lit_config.params.get("goescape_site_config")
if site is None:
    lit_config.fatal("run lit through ctest, or pass "
                     "--param goescape_site_config=BUILD/tests/lit.site.cfg.py")
lit_config.load_config(config, site)

config.name = "goescape"
config.test_format = lit.formats.ShTest(True)
config.suffixes = [".test"]
config.excludes = ["Inputs", "unit", "regen.sh", "README.md", "golden", "passlist.txt"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.goescape_obj_root, "tests")

goescape = os.path.join(config.goescape_bin, "goescape")
config.substitutions.append(("%goescape", goescape))
config.substitutions.append(("%srcroot", config.goescape_src_root))
config.environment["PATH"] = os.pathsep.join(
    [config.goescape_bin, config.llvm_tools_dir, config.environment.get("PATH", os.environ["PATH"])])
config.available_features.add("go-src" if os.path.isdir("/usr/share/go-1.19/test") else "no-go-src")


config.goescape = goescape
config.GoldenTest = GoldenTest
