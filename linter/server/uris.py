"""One spelling for each document URI, so that every lookup finds the document whatever way the
client encoded its name.

Editors spell one file's URI differently: percent-encoded or not (`a%20b.md`, `caf%C3%A9.md`
or `café.md`), with either case of hex digits, scheme or drive letter (`file:///C%3A/x.md`).
pygls keys its documents by the URI decoded, our own tables by the URI as received; both use
this spelling instead, given to every message's `textDocument.uri` once, as it arrives.
"""

from __future__ import annotations

import os

from pygls.uris import from_fs_path, to_fs_path


def canonical(uri: str) -> str:
    """A `file:` URI decoded and encoded again (drive letter in lower case, and the whole path
    where file names ignore case, as on Windows); other URIs as they are."""
    scheme, sep, _ = uri.partition(":")
    if not sep or scheme.lower() != "file":
        return uri
    path = to_fs_path(uri)
    if not path:
        return uri
    return from_fs_path(os.path.normcase(path)) or uri
