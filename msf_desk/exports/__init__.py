"""Shared building blocks for exports: an output-neutral document model
(document.py) rendered to PDF (pdf_writer.py) and Word (docx_writer.py),
written atomically and cancellably (atomic.py)."""
