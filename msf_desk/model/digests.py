"""SHA-256 of short texts (a forum's key in the window's settings, the due-date rule's basis),
without loading OpenSSL.

`hashlib` loads OpenSSL's library when it is imported (some 11 million instructions, 3 ms at
every start of the window, where nothing else needs it). Python ships its own SHA-256, the one
`hashlib` itself falls back to where OpenSSL is missing: the same digest, byte for byte
(tests/model/test_digests.py). Its module is `_sha2` from Python 3.12, `_sha256` before; a
Python built without it gets hashlib's."""
from __future__ import annotations

try:
    from _sha2 import sha256
except ImportError:
    try:
        from _sha256 import sha256
    except ImportError:
        from hashlib import sha256


def sha256_hex(data: bytes) -> str:
    """The SHA-256 digest of `data`, as 64 lowercase hexadecimal digits."""
    return sha256(data).hexdigest()
