"""PDFium functions for the reader's per-character and per-object loops, called without ctypes'
argument conversion.

pypdfium2's raw bindings declare the argument types of every function, so each call passes each
argument through its type's converter: for the small calls made once per character or page
object that costs more than PDFium's own work (about 0.43 µs a call against 0.2 µs). The copies
here share the function's address and result type but declare no argument types. Callers must
pass only what C can take unchanged:
- a handle or pointer object as pypdfium2 returns it (never a pointer as a Python int: without
  a declared type an int is passed as a 32-bit C int);
- ctypes.byref(...) of an output struct or number;
- a Python int for an `int` parameter (not for a wider one such as `unsigned long`).
"""

from __future__ import annotations

import ctypes

import pypdfium2.raw as pdfium_c


def _bare(fn):
    """fn with the same address and result type, and no declared argument types."""
    copy = type(fn)(ctypes.cast(fn, ctypes.c_void_p).value)
    copy.restype = fn.restype
    return copy


# text page: (textpage, int index[, out pointers])
char_is_generated = _bare(pdfium_c.FPDFText_IsGenerated)
char_map_error = _bare(pdfium_c.FPDFText_HasUnicodeMapError)
char_matrix = _bare(pdfium_c.FPDFText_GetMatrix)
char_font_size = _bare(pdfium_c.FPDFText_GetFontSize)
char_loose_box = _bare(pdfium_c.FPDFText_GetLooseCharBox)
char_origin = _bare(pdfium_c.FPDFText_GetCharOrigin)
# page objects: (page, int index), (object[, out pointer])
page_object = _bare(pdfium_c.FPDFPage_GetObject)
object_type = _bare(pdfium_c.FPDFPageObj_GetType)
object_matrix = _bare(pdfium_c.FPDFPageObj_GetMatrix)
# path objects: (path, int index), (segment[, out pointers])
path_segment_count = _bare(pdfium_c.FPDFPath_CountSegments)
path_segment = _bare(pdfium_c.FPDFPath_GetPathSegment)
segment_type = _bare(pdfium_c.FPDFPathSegment_GetType)
segment_point = _bare(pdfium_c.FPDFPathSegment_GetPoint)
segment_close = _bare(pdfium_c.FPDFPathSegment_GetClose)
