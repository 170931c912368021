"""The quick test for right-to-left text in PDFs: every right-to-left letter lies in the blocks it
looks at, so a paragraph it passes over has none."""
from __future__ import annotations

import sys
import unicodedata

from msf_desk.exports import bidi_lines


def test_every_right_to_left_letter_lies_in_the_blocks_looked_at():
    outside = [hex(c) for c in range(sys.maxunicode + 1)
               if unicodedata.bidirectional(chr(c)) in bidi_lines.RTL_CLASSES
               and not bidi_lines.RTL_BLOCKS.search(chr(c))]
    assert outside == []


def test_right_to_left_text_is_found_and_other_text_is_not():
    assert bidi_lines.has_rtl("Meeting of the forum — ليلى حداد")
    assert bidi_lines.has_rtl("שלום")
    assert bidi_lines.has_rtl("a\u200fb")                    # the right-to-left mark
    assert not bidi_lines.has_rtl("Nguyễn Thị Hoa, ნინო, अनीता शर्मा")
    assert not bidi_lines.has_rtl("١٢٣")                      # Arabic digits are not letters (class AN)
