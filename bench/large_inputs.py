#!/usr/bin/env python3
"""Peak memory and time of `rectify convert` on the large hostile inputs of
issue 11: an XLSX zip bomb (a 1.2 MB file whose one cell inflates to
1.2 GB), a 1M-row CSV ledger (about 116 MB) and a 50 MB notice.

The inputs are generated here, in a temporary folder, and deleted after the
run; no big file is ever committed. Each run goes through /usr/bin/time -v.

    cargo build --release -p rectify-cli
    python3 bench/large_inputs.py [--rectify target/release/rectify] [--only csv]

Prints one line per input: size, exit code, peak RSS (and its ratio to the
input size), elapsed time, output size; for the notice also the number of
problems read beside the number generated, and the run fails when they
differ (a misreading once measured 1,992 problems instead of ~400,000).
`--notice-mb 5` generates a smaller notice (a quick check of the script).

A CSV ledger is spilled (each problem's JSON to a temporary file, the
report's JSON assembled from it); `--held` converts it once more with
review choices that change nothing (`--review`), which holds the report in
memory, and runs `rectify stats` on the JSON made.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import zipfile

MB = 1024 * 1024

SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
    b'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">'
)
SHEET_TAIL = b"x</t></is></c></row></sheetData></worksheet>"
PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
}


def make_bomb(path, cell_bytes=1200 * MB):
    """A one-sheet workbook whose only cell holds `cell_bytes` spaces."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, text in PARTS.items():
            z.writestr(name, text)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            part.write(SHEET_HEAD)
            chunk = b" " * MB
            left = cell_bytes
            while left > 0:
                part.write(chunk[: min(left, MB)])
                left -= MB
            part.write(SHEET_TAIL)


AREAS = ["党的领导方面", "全面从严治党方面", "选人用人方面", "巡察整改方面"]
STATES = ["已完成", "正在整改", "长期坚持"]


def make_csv(path, rows=1_000_000):
    """A ledger of `rows` problems, about 116 bytes a row."""
    with open(path, "w", encoding="utf-8") as f:
        f.write("序号,问题来源,问题简述,整改措施,责任单位,完成时限,整改状态\n")
        for i in range(1, rows + 1):
            f.write(
                f"{i},{AREAS[i % 4]},第{i}项制度执行不到位,完善制度并督促落实,某局,"
                f"2025-06-30,{STATES[i % 3]}\n"
            )


def make_notice(path, size=50 * MB):
    """A notice of about `size` bytes: areas of numbered problems. Returns
    the number of problems written."""
    with open(path, "w", encoding="utf-8") as f:
        f.write("关于巡察整改进展情况的通报\n\n截至2025年9月底，整改工作有序推进。\n\n")
        written, area, n = 0, 0, 0
        while written < size:
            area += 1
            head = f"{area}.{AREAS[area % 4]}的问题\n"
            f.write(head)
            written += len(head.encode())
            for _ in range(200):
                n += 1
                item = (
                    f"（{n}）关于第{n}项制度执行不到位的问题。整改情况：已修订制度，"
                    f"组织专题学习，{STATES[n % 3]}。\n"
                )
                f.write(item)
                written += len(item.encode())
    return n


PROBLEM_KIND = re.compile(rb'"kind":\s*"problem"')


def count_problems(path):
    """Problems in a report JSON, counted while streaming it (the notice's
    report is hundreds of MB: never parsed whole here)."""
    count, tail = 0, b""
    with open(path, "rb") as f:
        while True:
            chunk = f.read(8 * MB)
            if not chunk:
                break
            buf = tail + chunk
            # A match cut by the chunk's end is found in the next buffer:
            # keep the last 32 bytes (longer than a match), and count here
            # only the matches that start before them.
            keep = len(buf) - 32
            count += sum(1 for m in PROBLEM_KIND.finditer(buf) if m.start() < keep)
            tail = buf[max(keep, 0):]
    return count + len(PROBLEM_KIND.findall(tail))


def measure(rectify, args, label, size, expect_problems=None):
    out = args[-1] if "-o" in args else None
    cmd = ["/usr/bin/time", "-v", rectify] + args
    run = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err = run.stderr
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", err).group(1))
    elapsed = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", err).group(1)
    status = re.search(r"Exit status: (\d+)", err)
    code = status.group(1) if status else "signal"
    out_size = os.path.getsize(out) if out and os.path.exists(out) else 0
    rss = rss_kb * 1024
    read = ""
    problems = None
    if expect_problems is not None:
        problems = count_problems(out) if out_size else 0
        read = f"  problems {problems:,} of {expect_problems:,}"
    print(
        f"{label:<14} input {size / MB:8.1f} MB  exit {code:>3}  peak RSS {rss / MB:8.1f} MB "
        f"({rss / size:5.2f}× input)  time {elapsed:>8}  output {out_size / MB:8.1f} MB{read}",
        flush=True,
    )
    last = [l for l in err.splitlines() if "error" in l.lower()][:1]
    if last:
        print(f"{'':<14} {last[0][:160]}", flush=True)
    if problems is not None and problems != expect_problems:
        sys.exit(f"{label}: read {problems:,} problems, generated {expect_problems:,}: a misreading")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rectify", default=os.path.join("target", "release", "rectify"))
    ap.add_argument("--only", choices=["bomb", "csv", "notice"])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--notice-mb", type=float, default=50, help="size of the generated notice")
    ap.add_argument("--held", action="store_true", help="also --review (held in memory) and stats")
    a = ap.parse_args()
    if not os.path.exists(a.rectify):
        sys.exit(f"{a.rectify} not found: cargo build --release -p rectify-cli")
    with tempfile.TemporaryDirectory() as tmp:
        def path(name):
            return os.path.join(tmp, name)

        if a.only in (None, "bomb"):
            make_bomb(path("bomb.xlsx"))
            size = os.path.getsize(path("bomb.xlsx"))
            measure(a.rectify, ["convert", "-q", path("bomb.xlsx"), "-o", path("bomb.json")], "xlsx bomb", size)
            os.remove(path("bomb.xlsx"))
        if a.only in (None, "csv"):
            make_csv(path("big.csv"), a.rows)
            size = os.path.getsize(path("big.csv"))
            rows = ["--max-rows", str(a.rows + 10)]
            measure(a.rectify, ["convert", "-q", path("big.csv")] + rows + ["-o", path("csv.json")], "csv rows", size)
            if a.held:
                with open(path("none.json"), "w") as f:
                    f.write('{"format":"rectify-review/1"}')
                review = ["--review", path("none.json")]
                measure(a.rectify, ["convert", "-q", path("big.csv")] + rows + review + ["-o", path("held.json")], "csv held", size)
                os.remove(path("held.json"))
                json_size = os.path.getsize(path("csv.json"))
                measure(a.rectify, ["stats", path("csv.json")], "csv stats", json_size)
            os.remove(path("csv.json"))
            os.remove(path("big.csv"))
        if a.only in (None, "notice"):
            problems = make_notice(path("big.txt"), int(a.notice_mb * MB))
            size = os.path.getsize(path("big.txt"))
            label = f"{a.notice_mb:g} MB notice"
            measure(
                a.rectify,
                ["convert", "-q", path("big.txt"), "-o", path("notice.json")],
                label,
                size,
                expect_problems=problems,
            )


if __name__ == "__main__":
    main()
