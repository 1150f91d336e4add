"""Peak memory of reading ~100 MB files, each in a fresh process.

Reports peak RSS above the interpreter's baseline, against the file size, for
a text file, a workbook with many rows, and a Word file full of images.

    python bench/reader_memory.py [--mb 100]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

# VmHWM (peak RSS, in kB) starts afresh at exec; ru_maxrss would inherit the parent's.
PROBE = """
import re, sys
from pathlib import Path
import docx, openpyxl  # baseline includes the libraries
from connectors import read_document
def hwm():
    return int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1))
base = hwm()
doc = read_document(Path(sys.argv[1]))
print(base, hwm(), len(doc.text), doc.truncated)
"""


def make_txt(path: Path, mb: int) -> None:
    line = "The Aurora warehouse report lists stock levels for every site and week.\n"
    with path.open("w", encoding="utf-8") as fh:
        for _ in range(mb * 2**20 // len(line)):
            fh.write(line)


def make_xlsx(path: Path, mb: int) -> None:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Stock")
    for i in range(mb * 11_000):  # ~ 90 bytes of XML per row once compressed and unpacked
        ws.append([f"SKU-{i:08d}", "Lisbon", i % 977, "Aurora pallet row with a description"])
    wb.save(str(path))


def make_docx(path: Path, mb: int) -> None:
    import docx

    doc = docx.Document()
    for i in range(mb):
        doc.add_paragraph(f"Section {i}: Aurora site photos follow.")
        doc.add_paragraph(os.urandom(2**20).hex()[:2000])  # some text
        pic = path.with_suffix(f".{i}.bin")
        # Uncompressible 1 MB "image": python-docx stores parts as given.
        pic.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2**20))
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part

        part = Part(
            PackURI(f"/word/media/blob{i}.bin"),
            "application/octet-stream",
            pic.read_bytes(),
            doc.part.package,
        )
        doc.part.relate_to(
            part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
        )
        pic.unlink()
    doc.save(str(path))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in (("txt", make_txt), ("xlsx", make_xlsx), ("docx", make_docx)):
            path = Path(tmp) / f"big.{name}"
            make(path, args.mb)
            out = subprocess.run(
                [sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True
            )
            if out.returncode:
                print(f"{name}: failed: {out.stderr.strip().splitlines()[-1]}")
                continue
            base, peak, chars, truncated = out.stdout.split()
            size = path.stat().st_size / 2**20
            extra = (int(peak) - int(base)) / 1024
            print(
                f"{name:>4}: file {size:6.1f} MB, text {int(chars) / 2**20:5.1f} M chars"
                f"{' (bounded)' if truncated == 'True' else ''}, "
                f"peak RSS +{extra:6.1f} MB ({extra / size:.2f}x file size)"
            )


if __name__ == "__main__":
    main()
