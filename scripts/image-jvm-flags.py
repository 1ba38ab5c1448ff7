#!/usr/bin/env python3
"""The JVM flags of the Dockerfile's ENTRYPOINT (everything between "java" and "-jar"), one a line, so that the
scripts that start the jar as the image does read them from the one place they are written.

  scripts/image-jvm-flags.py          all of them (scripts/smoke-jar.sh)
  scripts/image-jvm-flags.py --bare   only those that shape the JVM itself (heap, collector, code, object headers):
                                      without the AOT cache, system properties and logging (bench/run.sh)
"""
import json
import pathlib
import sys

dockerfile = pathlib.Path(__file__).resolve().parent.parent / "Dockerfile"
line = next(l for l in dockerfile.read_text().splitlines() if l.startswith("ENTRYPOINT"))
command = json.loads(line[len("ENTRYPOINT"):])
flags = command[1:command.index("-jar")]
if "--bare" in sys.argv[1:]:
    flags = [f for f in flags if not f.startswith(("-XX:AOTCache", "-D", "-Xlog"))]
print("\n".join(flags))
