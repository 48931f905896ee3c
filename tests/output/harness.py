"""What the output-safety tests share: collecting failures, and the example database."""
import os
import subprocess

FAILURES = []


def check(ok, message):
    if not ok:
        FAILURES.append(message)
        print("FAIL: " + message)


def example_database(cycle, root, db):
    """The shipped 2021 example (EXAMPLE DATA) in `db`."""
    subprocess.run(["bash", os.path.join(root, "examples", "osloregionen-2021.sh"), cycle, db],
                   check=True, capture_output=True)


def verdict(passed):
    """The exit code, after a last line saying how it went."""
    if FAILURES:
        print(f"{len(FAILURES)} failures")
        return 1
    print(passed)
    return 0
