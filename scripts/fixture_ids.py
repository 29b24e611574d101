"""Fictional resident ID numbers with valid GB 11643-1999 check characters, for the scripts that
write test fixtures (imported from the scripts' own folder)."""

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = '10X98765432'


def with_check(first17: str) -> str:
    """The 18-character number: the 17 digits and their check character."""
    return first17 + CHECK[sum(int(c) * w for c, w in zip(first17, WEIGHTS)) % 11]


def make_id(address: str, birth: str, seq: int) -> str:
    """The number of a person of `address` (6 digits) born on `birth` (YYYY-MM-DD), sequence `seq`."""
    return with_check(f"{address}{birth.replace('-', '')}{seq:03d}")
