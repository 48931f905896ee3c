#!/usr/bin/env python3
"""The layers depend one way (README, Design): fails on a quoted #include against the direction.

    engine/  <-  config/  <-  workflows/, storage/  <-  cli/presentation/  <-  cli/commands/  <-  cli/main.cpp

Each source file under a layer may include only the layers its rule lists, by path from the
top of the repository. A file in no layer, or an include of a path in none, is an error too, so
that a new folder has to be placed in the map before it can be used.

    check_includes.py ROOT     exit 0, or 1 with one line per include against the direction
"""
import os
import posixpath
import re
import sys

# Most specific first: the first prefix a path starts with names its layer.
LAYERS = [
    ("cli/main.cpp", "main"),
    ("cli/commands/", "commands"),
    ("cli/presentation/", "presentation"),
    ("workflows/", "workflows"),
    ("storage/", "storage"),
    ("config/model/", "config-model"),
    ("config/yaml/", "config-yaml"),
    ("engine/", "engine"),
]
# What each layer may include (itself included).
ALLOWED = {
    "engine": {"engine"},
    "config-model": {"engine", "config-model"},
    "config-yaml": {"engine", "config-model", "config-yaml"},
    "workflows": {"engine", "config-model", "config-yaml", "workflows"},
    "storage": {"engine", "config-model", "storage"},
    "presentation": {"engine", "config-model", "workflows", "presentation"},
    "commands": {"engine", "config-model", "config-yaml", "workflows", "storage", "presentation",
                 "commands"},
    "main": {"commands", "presentation", "engine"},
}
SOURCE_DIRS = ("engine", "config", "workflows", "storage", "cli")
# Quoted or angled: the repository's root is on the include path, so <engine/…> works too.
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^">]+)[">]')


def layer_of(path):
    for prefix, layer in LAYERS:
        if path == prefix or path.startswith(prefix):
            return layer
    return None


def check(root):
    problems = []
    for top in SOURCE_DIRS:
        for folder, _, names in os.walk(os.path.join(root, top)):
            for name in sorted(names):
                if not name.endswith((".cpp", ".hpp")):
                    continue
                full = os.path.join(folder, name)
                path = os.path.relpath(full, root).replace(os.sep, "/")
                layer = layer_of(path)
                if layer is None:
                    problems.append(f"{path}: in no layer of tests/layers/check_includes.py")
                    continue
                with open(full, encoding="utf-8") as source:
                    for number, line in enumerate(source, 1):
                        match = INCLUDE.match(line)
                        if not match:
                            continue
                        angled, written = match.group(1) == "<", match.group(2)
                        # "engine/../cli/x.hpp" is cli/x.hpp; a quoted path relative to the
                        # file is the repository's path it names.
                        target = posixpath.normpath(written)
                        relative = posixpath.normpath(
                            posixpath.join(posixpath.dirname(path), written))
                        if not angled and os.path.exists(os.path.join(root, relative)):
                            target = relative
                        # An angled include outside the layers' folders is a library's
                        # (<vector>, <boost/locale.hpp>); a quoted one must be in a layer.
                        if angled and target.split("/")[0] not in SOURCE_DIRS:
                            continue
                        target_layer = layer_of(target)
                        if target_layer is None:
                            problems.append(f"{path}:{number}: includes {target}, in no layer")
                        elif target_layer not in ALLOWED[layer]:
                            problems.append(f"{path}:{number}: {layer} includes {target} "
                                            f"({target_layer}), against the layers' direction")
    return problems


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    problems = check(sys.argv[1])
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
