#!/usr/bin/env python3
"""Benchmarks of d1-exporter-cli against the standard tools, on the same data in the same run.

--mode download (default): the CLI against `curl -o` on the same signed URL. Generates plain sample
databases of ~100 MB and ~1 GB (cached under BUILD/bench-data, deterministic), serves them with the
standalone emulator, and for each size prints, side by side: wall time, download throughput and peak
RSS of the CLI and of curl, and their ratios; and the durable save: `curl -o` followed by an fsync of its
file (same run, same signed URL) against the CLI from its link in hand to "Saved" (it syncs first).

--rates 125M,312M (download mode): after that unthrottled run over loopback, where the CPU is the
limit (the CLI hashes every byte with SHA-256, curl only writes), the comparison again for each RATE,
with the emulator restarted with `--download-rate RATE`: the signed URL then sends at most RATE bytes
per second per connection, like a real link, and the table also says what share of the link each tool
used. Rates are bytes per second with decimal suffixes K, M, G, as network speeds are counted
(125M = 1 Gbit/s, 312M = 2.5 Gbit/s, 1.25G = 10 Gbit/s). With --rates, a last table sums up the
cli/curl throughput ratio per size and link speed.

--mode picker: the desktop window's database search with --databases N (10,000) synthetic databases
listed by the emulator: the time of each keystroke from key press to the list repainted (median, 95th
percentile, worst) beside the 50 ms a person does not notice.

--mode verify: what verification and the .sqlite copy (`export --sqlite`) add, against loading the same
dump with the sqlite3 shell: `sqlite3 new.db < dump.sql` as is (on large dumps it commits, and syncs,
once per statement: it is timed on a prefix of the dump and extrapolated, unless --full-baseline),
with journal and sync off, and with journal and sync off inside one transaction (what the CLI does).
Prints the times, the ratios, and the CLI's peak RSS against its SQLite page cache (32 MiB).

--mode check: the dump check (on by default in the window, `--verify` here) runs while the dump
downloads. For each size prints, side by side: the download alone (an export without the check), the
check alone (the `--sqlite` path, which loads the saved file after the download), their sum (what an
export with the check took before the check ran during the download), the longer of the two (the time
around the transfer, i.e. the export's start and D1 generating the dump, plus the longer of transfer and
check) and the total of an export with `--verify`; at loopback speed and again with the signed URL paced
to each of --rates (default 125M = 1 Gbit/s). Peak RSS of each run beside it.

--mode backup: a backup of --databases N (2,500) small databases (the same tiny sample listed N times)
against the emulator's rate-limit mode scaled down from 1,200 requests / 5 minutes to 1,200 per
--rate-window seconds (5): prints the wall time, the API requests the run sent, the time that limit
itself imposes on that many requests (whole windows after the first 1,200), their ratio, and the 429
answers the emulator gave.

--mode wrangler: a small export (--sizes 20M: a ~26 MB dump) by the CLI against Cloudflare's own CLI,
`wrangler d1 export NAME --remote`, through the same emulator: wall time and peak RSS side by side and
their ratio. wrangler comes from BUILD/wrangler-cache, where the wrangler_faithfulness test installs it
from npm; without node or that install the mode says so and stops.

--mode repair: what restoring D1's rounded values costs. Samples of the same sizes with a 64-bit
(Snowflake-style) integer in 1 row of 10 are exported twice by the CLI: from the emulator in exact mode
(--exact-numbers: nothing to repair, the dump is only scanned) and in D1 mode (integers beyond 2^53
rounded: the rows holding them are read again and the dump is rewritten). Prints wall time, peak RSS,
rows read again (D1's meta.rows_read, what D1 bills), requests and values restored, side by side.

--mode upload: the import's upload. For each size, a dump of the sample (exported once with curl from a
signed URL) is imported by the CLI into a new database (`import NAME --create --input dump.sql`), and
the same file is sent with `curl -T` to a presigned upload URL of the same emulator (an import `init`
with the file's md5). Prints, side by side: the upload time and rate of each (the CLI's from its
"Uploaded … in S s" line), the CLI's whole import (preparing the file, upload, D1's ingest), the
peak RSS of each, and the ratios.

Each side runs REPEAT times, alternating, and the best run of each is reported (the machines are noisy).

Usage: tests/bench/benchmark.py [--build build] [--sizes 100M,1G] [--repeat 3] [--mode download|verify|repair]
                                [--rates 125M,312M] [--full-baseline]
"""
import argparse
import functools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

TOKEN = "bench-token-0123456789"


def parse_size(text):
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    return int(float(text[:-1]) * units[text[-1].upper()]) if text[-1].upper() in units else int(text)


def parse_rate(text):
    """Bytes per second, decimal suffixes as network speeds are counted: 125M = 125e6 B/s = 1 Gbit/s."""
    units = {"K": 10 ** 3, "M": 10 ** 6, "G": 10 ** 9}
    text = text.strip()
    rate = float(text[:-1]) * units[text[-1].upper()] if text[-1].upper() in units else float(text)
    if rate <= 0:
        raise ValueError(text)
    return int(rate)


def link_name(rate):
    return f"{rate * 8 / 1e9:.2f} Gbit/s" if rate >= 1e9 / 8 else f"{rate * 8 / 1e6:.0f} Mbit/s"


def keep_best(best, key, value):
    """Keeps the faster of best[key] and value (tuples whose first item is seconds)."""
    if key not in best or value[0] < best[key][0]:
        best[key] = value


def timed(cmd, env=None):
    """Runs cmd under /usr/bin/time; returns (wall seconds, peak RSS in KiB, stderr text)."""
    t0 = time.monotonic()
    p = subprocess.run(["/usr/bin/time", "-f", "__RSS_KB=%M"] + cmd, env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wall = time.monotonic() - t0
    if p.returncode != 0:
        sys.exit(f"failed ({p.returncode}): {' '.join(cmd)}\n{p.stderr}")
    rss = int(re.search(r"__RSS_KB=(\d+)", p.stderr).group(1))
    return wall, rss, p.stderr


def timed_marks(cmd, env, marks):
    """Runs cmd under /usr/bin/time, reading its stderr as it comes; returns (wall seconds, peak RSS in KiB,
    stderr text, {mark: seconds from the start to the first stderr line containing it})."""
    t0 = time.monotonic()
    p = subprocess.Popen(["/usr/bin/time", "-f", "__RSS_KB=%M"] + cmd, env=env, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True)
    seen, lines = {}, []
    for line in p.stderr:
        now = time.monotonic() - t0
        lines.append(line)
        for mark in marks:
            if mark not in seen and mark in line:
                seen[mark] = now
    p.wait()
    wall = time.monotonic() - t0
    err = "".join(lines)
    if p.returncode != 0:
        sys.exit(f"failed ({p.returncode}): {' '.join(cmd)}\n{err}")
    return wall, int(re.search(r"__RSS_KB=(\d+)", err).group(1)), err, seen


def fsync_seconds(path):
    """Time to make a just-written file durable (what the CLI does before it says Saved; curl does not)."""
    t0 = time.monotonic()
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return time.monotonic() - t0


def api(base, path, body=None):
    req = urllib.request.Request(base + path, data=json.dumps(body).encode() if body is not None else None,
                                 headers={"Authorization": "Bearer " + TOKEN, "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)["result"]


def signed_url(base, account, uuid):
    path = f"/accounts/{account}/d1/database/{uuid}/export"
    body = {"output_format": "polling", "dump_options": {}}
    while True:
        result = api(base, path, body)
        if result["status"] == "complete":
            return result["result"]["signed_url"]
        if result["status"] == "error":
            sys.exit("export failed: " + result.get("error", ""))
        body["current_bookmark"] = result["at_bookmark"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--sizes", default="100M,1G")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--mode", choices=("download", "verify", "repair", "picker", "check", "backup", "wrangler",
                                       "upload"),
                    default="download")
    ap.add_argument("--rates", default="",
                    help="download mode: also compare at these link speeds, bytes/s (125M = 1 Gbit/s)")
    ap.add_argument("--databases", type=int, default=None,
                    help="picker mode: databases in the account (10000); backup mode: databases backed up (2500)")
    ap.add_argument("--rate-window", type=float, default=5.0,
                    help="backup mode: seconds in which the emulator allows 1,200 API requests (Cloudflare: 300)")
    ap.add_argument("--full-baseline", action="store_true",
                    help="verify mode: run `sqlite3 new.db < dump.sql` to the end (hours for 1 GB)")
    args = ap.parse_args()
    try:
        rates = [(r.strip(), parse_rate(r)) for r in args.rates.split(",") if r.strip()]
    except (ValueError, IndexError):
        ap.error(f"--rates needs bytes per second like 125M,312M, got {args.rates!r}")
    if rates and args.mode not in ("download", "check"):
        ap.error("--rates is for --mode download or check")
    if args.mode == "check" and not rates:
        rates = [("125M", parse_rate("125M"))]
    if args.databases is None:
        args.databases = 2500 if args.mode == "backup" else 10000
    if args.mode == "backup":
        args.sizes = "64K"
    build = os.path.abspath(args.build)
    if args.mode == "picker":
        sys.exit(picker_benchmark(build, args))
    emulator, cli = os.path.join(build, "d1-emulator"), os.path.join(build, "d1-exporter-cli")
    for tool in (emulator, cli, "/usr/bin/time", shutil.which("curl")):
        if not tool or not os.path.exists(tool):
            sys.exit(f"missing {tool}: build first and run installer/setup-debian.sh")
    cache = os.path.join(build, "bench-data")
    os.makedirs(cache, exist_ok=True)
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]

    # Generate each sample once (the emulator's generator is deterministic), then reuse it.
    databases = []
    for s in sizes:
        name = ("bench64x" if args.mode == "repair" else "bench") + s.lower()
        path = os.path.join(cache, name + ".sqlite")
        if not os.path.exists(path):
            print(f"generating {name} (~{s}) …", flush=True)
            gen_dir = tempfile.mkdtemp(dir=cache)
            extra = ["--sample-64bit-every", "10"] if args.mode == "repair" else []
            p = subprocess.Popen([emulator, "--sample", name, "--sample-size", str(parse_size(s)),
                                  "--data-dir", gen_dir] + extra, stdout=subprocess.PIPE, text=True)
            for line in p.stdout:
                if line.strip() == "READY":
                    break
            p.terminate()
            p.wait()
            os.replace(os.path.join(gen_dir, name + ".sqlite"), path)
            shutil.rmtree(gen_dir, ignore_errors=True)
        databases.append((s, name, path))

    work = tempfile.mkdtemp(prefix="d1x-bench-", dir=cache)  # on the disk of the build, not a tmpfs
    try:
        if args.mode == "check":
            check_benchmark(args, cli, emulator, databases, work, rates)
            return
        if args.mode == "backup":
            backup_benchmark(args, cli, emulator, databases, work)
            return
        if args.mode == "wrangler":
            with Emulator(emulator, databases, work) as emu:
                wrangler_benchmark(args, build, cli, emu, databases, work)
            return
        if args.mode == "verify":
            with Emulator(emulator, databases, work) as emu:
                verify_benchmark(args, cli, emu.env, databases, work)
            return
        if args.mode == "repair":
            repair_benchmark(args, cli, emulator, databases, work)
            return
        if args.mode == "upload":
            with Emulator(emulator, databases, work) as emu:
                upload_benchmark(args, cli, emu, databases, work)
            return
        summary = []
        with Emulator(emulator, databases, work) as emu:
            rows = download_benchmark(args, cli, emu, databases, work)
        print_download_table(rows)
        summary.append(("loopback", rows))
        # A fresh emulator per rate: the rate is the program's option, and a run starts with no dumps.
        for text, rate in rates:
            with Emulator(emulator, databases, work, rate) as emu:
                rows = download_benchmark(args, cli, emu, databases, work)
            print_rate_table(text, rate, rows)
            summary.append((link_name(rate), rows))
        if rates:
            print_summary(summary)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def picker_benchmark(build, args):
    """The window's database search with 10,000 databases: time per keystroke beside the 50 ms budget."""
    program = os.path.join(build, "tests", "bench", "d1x-picker-benchmark")
    if not os.path.exists(program):
        sys.exit(f"missing {program}: build first")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    runs = []
    for _ in range(max(1, args.repeat)):
        out = subprocess.run([program, "--databases", str(args.databases), "--json"], env=env,
                             capture_output=True, text=True, check=True).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    print(f"database picker: {args.databases} databases, {len(runs)} runs (each: the search typed and erased 3 times)")
    print(f"{'run':>4} {'listing s':>10} {'median ms':>10} {'p95 ms':>8} {'worst ms':>9} {'budget ms':>10} {'worst/budget':>13}")
    for i, r in enumerate(runs, 1):
        a = r["all"]
        print(f"{i:>4} {r['listing_ms'] / 1000:>10.2f} {a['median_ms']:>10.2f} {a['p95_ms']:>8.2f} "
              f"{a['worst_ms']:>9.2f} {r['budget_ms']:>10.0f} {a['worst_ms'] / r['budget_ms']:>12.2f}x")
    return 0


class Emulator:
    """The standalone emulator serving the databases, optionally with --download-rate; ends on exit."""

    def __init__(self, program, databases, work, rate=None, extra=(), stderr=None):
        self.stderr = stderr
        self.cmd = [program, "--token", TOKEN, "--polls", "0", "--data-dir", os.path.join(work, "emu")] + list(extra)
        if rate:
            self.cmd += ["--download-rate", str(rate)]
        for _, name, path in databases:
            self.cmd += ["--database", f"{name}={path}"]

    def __enter__(self):
        self.server = subprocess.Popen(self.cmd, stdout=subprocess.PIPE, stderr=self.stderr, text=True)
        info = {}
        for line in self.server.stdout:
            line = line.strip()
            if line == "READY":
                break
            key, _, value = line.partition("=")
            info[key] = value
        if "API_BASE" not in info:
            self.server.wait()
            sys.exit(f"the emulator did not start: {' '.join(self.cmd)}")
        self.base, self.account = info["API_BASE"], info["ACCOUNT_ID"]
        self.uuids = {d["name"]: d["uuid"] for d in api(self.base, f"/accounts/{self.account}/d1/database?per_page=100")}
        # LANG=C: the figures are read from the CLI's English log lines.
        self.env = dict(os.environ, CLOUDFLARE_API_BASE_URL=self.base, CLOUDFLARE_API_TOKEN=TOKEN,
                        CLOUDFLARE_ACCOUNT_ID=self.account, LANG="C", LC_ALL="C", LANGUAGE="")
        return self

    def __exit__(self, *exc):
        self.server.terminate()  # SIGTERM: the emulator removes its dumps on the way out
        self.server.wait()
        return False


def check_benchmark(args, cli, emulator, databases, work, rates):
    """Download alone, check alone, their sum and an export with the check running during the download."""
    mb = 1 << 20
    for link, rate in [("loopback", None)] + [(link_name(r), r) for _, r in rates]:
        rows = []
        with Emulator(emulator, databases, work, rate) as emu:
            for label, name, _ in databases:
                best = {}
                keep = functools.partial(keep_best, best)

                for _ in range(args.repeat):
                    out = os.path.join(work, "check.sql")
                    wall, rss, err = timed([cli, "export", name, "--output", out], emu.env)
                    size = os.path.getsize(out)
                    os.remove(out)
                    m = re.search(r"Downloaded .* in ([0-9.]+) s", err)
                    if not m:
                        sys.exit("the CLI did not say how long the download took:\n" + err[-2000:])
                    # The rest of the run: the export's start, D1 generating the dump, the save.
                    keep("download", (wall, rss, wall - float(m.group(1))))
                    copy = os.path.join(work, "check.sqlite")
                    _, rss, err = timed([cli, "export", name, "--output", out, "--sqlite", copy], emu.env)
                    m = re.search(r"Loaded and checked .* in ([0-9.]+) s", err)
                    if not m or "Verified" not in err:
                        sys.exit("the CLI did not verify:\n" + err[-2000:])
                    keep("check", (float(m.group(1)), rss))
                    os.remove(out)
                    os.remove(copy)
                    wall, rss, err = timed([cli, "export", name, "--output", out, "--verify"], emu.env)
                    if "Verified" not in err or "while it downloads" not in err:
                        sys.exit("the CLI did not verify during the download:\n" + err[-2000:])
                    keep("total", (wall, rss))
                    os.remove(out)
                rows.append((size, best))
        print()
        print(f"check during the download, {link}" + (f" (signed URL paced to {rate} B/s)" if rate else ""))
        print(f"{'dump':>10} | {'download s':>10} | {'around s':>8} | {'check s':>8} | {'sum s':>7} | "
              f"{'longer s':>8} | {'with check s':>12} | {'/ longer':>8} | {'/ sum':>6} | "
              f"RSS MB download / check / with check")
        print("-" * 134)
        for size, best in rows:
            d, c, t = best["download"][0], best["check"][0], best["total"][0]
            around = best["download"][2]
            longer = around + max(d - around, c)
            print(f"{size / mb:7.1f} MB | {d:10.2f} | {around:8.2f} | {c:8.2f} | {d + c:7.2f} | {longer:8.2f} | "
                  f"{t:12.2f} | {t / longer:7.2f}x | {t / (d + c):5.2f}x | {best['download'][1] / 1024:.0f} / "
                  f"{best['check'][1] / 1024:.0f} / {best['total'][1] / 1024:.0f}")
    print()
    print("download s: wall time of an export without the check, of which around s is not the transfer (the")
    print("export's start, D1 generating the dump, the save after it); check s: the loader's own time on the")
    print("saved file (the --sqlite path, after the download); sum s: download + check, what an export with")
    print("the check took when the check ran after the download; longer s: around + the longer of transfer and")
    print("check, what it takes when the check runs during the transfer; with check s: wall time of")
    print("`export --verify`, whose check reads the dump as it is written. Best of --repeat runs each.")


def wrangler_benchmark(args, build, cli, emu, databases, work):
    """The CLI against `wrangler d1 export --remote` on the same small database."""
    node = shutil.which("node")
    wrangler = os.path.join(build, "wrangler-cache", "node_modules", "wrangler", "bin", "wrangler.js")
    if not node or not os.path.exists(wrangler):
        sys.exit(f"no wrangler column: node or {wrangler} is missing (run ctest -L wrangler to install it)")
    sandbox = os.path.join(work, "wrangler")
    for sub in ("home", "xdg", "cache", "logs", "tmp", "work"):
        os.makedirs(os.path.join(sandbox, sub), exist_ok=True)
    env = {"PATH": os.environ["PATH"], "LANG": "C.UTF-8", "HOME": os.path.join(sandbox, "home"),
           "XDG_CONFIG_HOME": os.path.join(sandbox, "xdg"), "WRANGLER_CACHE_DIR": os.path.join(sandbox, "cache"),
           "WRANGLER_LOG_PATH": os.path.join(sandbox, "logs"), "TMPDIR": os.path.join(sandbox, "tmp"),
           "npm_config_registry": "http://127.0.0.1:9/", "NO_UPDATE_NOTIFIER": "1",
           "WRANGLER_SEND_METRICS": "false", "WRANGLER_SEND_ERROR_REPORTS": "false", "WRANGLER_HIDE_BANNER": "true",
           "CLOUDFLARE_API_BASE_URL": emu.base, "CLOUDFLARE_API_TOKEN": TOKEN, "CLOUDFLARE_ACCOUNT_ID": emu.account}
    print()
    print(f"{'dump':>10} | {'cli wall s':>10} | {'wrangler wall s':>15} | {'ratio':>6} | {'cli RSS MB':>10} | "
          f"{'wrangler RSS MB':>15}")
    print("-" * 82)
    for label, name, _ in databases:
        rows = []
        for _ in range(args.repeat):
            out = os.path.join(work, "small.sql")
            cli_wall, cli_rss, _ = timed([cli, "export", name, "--output", out], emu.env)
            size = os.path.getsize(out)
            os.remove(out)
            wout = os.path.join(sandbox, "work", "out.sql")
            t0 = time.monotonic()
            p = subprocess.run(["/usr/bin/time", "-f", "__RSS_KB=%M", node, wrangler, "d1", "export", name,
                                "--remote", "--output", wout, "-y"], cwd=os.path.join(sandbox, "work"), env=env,
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            w_wall = time.monotonic() - t0
            if p.returncode != 0:
                sys.exit(f"wrangler failed ({p.returncode}):\n{p.stderr[-2000:]}")
            w_rss = int(re.search(r"__RSS_KB=(\d+)", p.stderr).group(1))
            os.remove(wout)
            rows.append((cli_wall, w_wall, cli_rss, w_rss))
        rows.sort(key=lambda r: r[0] / r[1])
        cli_wall, w_wall, cli_rss, w_rss = rows[len(rows) // 2]  # the median pair
        print(f"{size / (1 << 20):7.1f} MB | {cli_wall:10.2f} | {w_wall:15.2f} | {cli_wall / w_wall:5.2f}x | "
              f"{cli_rss / 1024:10.1f} | {w_rss / 1024:15.1f}")
    print()
    print("The median pair of --repeat runs (each pair run back to back). Both tools start, poll the export")
    print("and download the dump from the same emulator.")


def backup_benchmark(args, cli, emulator, databases, work):
    """A backup of many small databases against a scaled-down rate limit: no 429, and as fast as the limit."""
    limit, window = 1200, args.rate_window
    _, name, _ = databases[0]
    log = os.path.join(work, "emulator.log")
    folder = os.path.join(work, "backups")
    with open(log, "w") as emu_err:
        extra = ["--rate-limit", f"{limit}/{window:g}", "--database-copies", str(args.databases - 1)]
        with Emulator(emulator, databases, work, extra=extra, stderr=emu_err) as emu:
            env = dict(emu.env, D1X_REQUEST_LIMIT=f"{limit}/{window:g}")
            # Not timed(): a backup with failed databases exits 9, and what it did still counts.
            t0 = time.monotonic()
            p = subprocess.run(["/usr/bin/time", "-f", "__RSS_KB=%M", cli, "backup", "--all", "--folder", folder],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            wall = time.monotonic() - t0
            err = p.stderr
            rss = int(re.search(r"__RSS_KB=(\d+)", err).group(1))
    with open(log) as f:
        limited = sum(1 for line in f if line.startswith("rate limited"))
    failures = [line for line in err.splitlines() if re.match(r"^Error: .*: failed \(", line)]
    m = re.search(r"([0-9,.\u202f ]+) API request(?:\(s\)|s)? sent", err)
    if not m:
        sys.exit("the backup did not say how many API requests it sent:\n" + err[-2000:])
    requests = int(re.sub(r"[^0-9]", "", m.group(1)))
    saved = len([f for f in os.listdir(folder) if f.endswith(".sql")])
    manifest = json.load(open(os.path.join(folder, "manifest.json")))["backups"]
    listed_ok = sum(1 for e in manifest if e.get("ok"))
    imposed = ((requests - 1) // limit) * window if requests > limit else 0.0
    print()
    print(f"backup of {args.databases} databases, rate limit {limit} requests / {window:g} s "
          f"(Cloudflare: {limit} / 300 s), on a shared, loaded machine")
    print(f"{'saved':>6} | {'failed':>6} | {'ok in manifest':>14} | {'API requests':>12} | {'per database':>12} | "
          f"{'429 answers':>11} | {'wall s':>8} | {'limit imposes s':>15} | {'ratio':>6} | {'peak RSS MB':>11}")
    print("-" * 130)
    print(f"{saved:>6} | {len(failures):>6} | {listed_ok:>14} | {requests:>12} | {requests / args.databases:12.2f} | "
          f"{limited:>11} | {wall:8.1f} | {imposed:15.1f} | "
          f"{(f'{wall / imposed:5.2f}x') if imposed else '     -':>6} | {rss / 1024:11.1f}")
    for line in failures[:10]:
        print("  " + line)
    print()
    print("limit imposes s: the least time that many requests can take at that limit (whole windows after")
    print("the first burst); wall s includes writing each dump and the manifest. For the limit to be what")
    print("binds, --rate-window must be well above the time the CLI needs for that many requests without it.")
    print(f"At Cloudflare's limit (1,200 / 300 s) the same requests would take at least "
          f"{((requests - 1) // limit) * 300 / 60:.0f} minutes.")


def repair_benchmark(args, cli, emulator, databases, work):
    """Plain (exact emulator: nothing to repair) against repaired (D1's rounding) exports of one sample."""
    results = {}
    for mode, extra in (("plain", ["--exact-numbers"]), ("repaired", [])):
        with Emulator(emulator, databases, work, extra=extra) as emu:
            for label, name, _ in databases:
                best = None
                for _ in range(args.repeat):
                    out = os.path.join(work, "repair.sql")
                    t0 = time.monotonic()
                    p = subprocess.run(["/usr/bin/time", "-f", "__RSS_KB=%M", cli, "export", name, "--output", out,
                                        "--json"], env=emu.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                       text=True)
                    wall = time.monotonic() - t0
                    if p.returncode != 0:
                        sys.exit(f"export failed ({p.returncode}):\n{p.stderr}")
                    rss = int(re.search(r"__RSS_KB=(\d+)", p.stderr).group(1))
                    m = re.search(r"Downloaded .* in ([0-9.]+) s", p.stderr)
                    download = float(m.group(1)) if m else 0.0
                    exact = json.loads(p.stdout).get("exact_values", {})
                    size = os.path.getsize(out)
                    os.remove(out)
                    if best is None or wall < best[0]:
                        best = (wall, rss, download, size, exact)
                results[(mode, label)] = best
    print()
    print(f"{'size':>6} {'mode':>9} {'wall s':>8} {'download s':>10} {'peak RSS':>9} {'rows read':>10} "
          f"{'requests':>8} {'restored':>9} {'dump MB':>8}")
    for label, _, _ in databases:
        for mode in ("plain", "repaired"):
            wall, rss, download, size, exact = results[(mode, label)]
            print(f"{label:>6} {mode:>9} {wall:8.2f} {download:10.2f} {rss / 1024:8.0f}M "
                  f"{exact.get('rows_read', 0):>10} {exact.get('requests', 0):>8} "
                  f"{exact.get('values_restored', 0):>9} {size / 1e6:8.1f}")
        plain, repaired = results[("plain", label)], results[("repaired", label)]
        print(f"{label:>6} {'ratio':>9} {repaired[0] / plain[0]:8.2f}x  (extra wall time "
              f"{repaired[0] - plain[0]:.2f} s; rows read again: {repaired[4].get('rows_read', 0)})")


def download_benchmark(args, cli, emu, databases, work):
    base, account, uuids, env = emu.base, emu.account, emu.uuids, emu.env
    rows = []
    for label, name, _ in databases:
        best = {}
        for _ in range(args.repeat):
            url = signed_url(base, account, uuids[name])
            out_curl = os.path.join(work, "curl.sql")
            wall, rss, _ = timed(["curl", "-sS", "--fail", "-o", out_curl, url])
            size = os.path.getsize(out_curl)
            keep_best(best, "curl", (wall, size / wall, rss, wall))
            # The durable floor: the same curl run, then fsync of its file (the CLI syncs before "Saved").
            synced = wall + fsync_seconds(out_curl)
            keep_best(best, "curl+fsync", (synced, size / synced, rss, synced))
            os.remove(out_curl)

            out_cli = os.path.join(work, "cli.sql")
            wall, rss, err, seen = timed_marks([cli, "export", name, "--output", out_cli], env,
                                               ("is ready; downloading", "Saved "))
            m = re.search(r"Downloaded .* in ([0-9.]+) s", err)
            download = float(m.group(1)) if m else wall
            if os.path.getsize(out_cli) != size:
                sys.exit(f"size mismatch: cli {os.path.getsize(out_cli)} vs curl {size}")
            keep_best(best, "cli", (download, size / download, rss, wall))
            # From the link in hand to "Saved": download, SHA-256, the scan for rounded values, fsync, rename.
            saved = seen.get("Saved ", wall) - seen.get("is ready; downloading", 0.0)
            keep_best(best, "cli saved", (saved, size / saved, rss, wall))
            best["cli max RSS"] = max(best.get("cli max RSS", 0), rss)
            os.remove(out_cli)
        rows.append((label, size, best))
    return rows


def upload_benchmark(args, cli, emu, databases, work):
    """The CLI's import upload against `curl -T` of the same dump to a presigned URL of the same emulator."""
    import hashlib
    mb = 1 << 20
    rows = []
    for label, name, _ in databases:
        dump = os.path.join(work, name + ".sql")
        subprocess.run(["curl", "-sS", "--fail", "-o", dump, signed_url(emu.base, emu.account, emu.uuids[name])],
                       check=True)
        size = os.path.getsize(dump)
        md5 = hashlib.md5()
        with open(dump, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                md5.update(block)
        best = {}
        for i in range(args.repeat):
            # A database of its own each time: D1 answers an init whose file it already holds by
            # importing it, and curl's upload is never ingested.
            target = api(emu.base, f"/accounts/{emu.account}/d1/database",
                         {"name": f"curl-{name}-{i}-{int(time.time() * 1000)}"})["uuid"]
            init = api(emu.base, f"/accounts/{emu.account}/d1/database/{target}/import",
                       {"action": "init", "etag": md5.hexdigest()})
            if "upload_url" not in init:
                sys.exit(f"the emulator answered init without an upload URL: {init}")
            wall, rss, _ = timed(["curl", "-sS", "--fail", "-o", "/dev/null", "-T", dump, init["upload_url"]])
            keep_best(best, "curl", (wall, size / wall, rss, wall))

            copy = f"{name}-copy-{i}-{int(time.time() * 1000)}"
            wall, rss, err = timed([cli, "import", copy, "--create", "--input", dump], emu.env)
            m = re.search(r"Uploaded (\d+) bytes in ([0-9.]+) s", err)
            if not m:
                sys.exit("no upload figure in the CLI's log:\n" + err)
            sent, upload = int(m.group(1)), max(float(m.group(2)), 1e-6)
            keep_best(best, "cli", (upload, sent / upload, rss, wall))
        rows.append((label, size, best))
    os.remove(dump)
    print()
    print("Upload to the same presigned URL (loopback; machine shared with other work: compare the ratios)")
    print(f"{'size':>6} {'dump MB':>8} | {'curl s':>7} {'MB/s':>7} {'RSS MB':>7} | {'cli up s':>8} {'MB/s':>7} "
          f"{'import s':>8} {'RSS MB':>7} | {'rate cli/curl':>13} {'RSS cli/curl':>12}")
    for label, size, best in rows:
        c, k = best["curl"], best["cli"]
        print(f"{label:>6} {size / mb:8.1f} | {c[0]:7.2f} {c[1] / mb:7.1f} {c[2] / 1024:7.1f} | {k[0]:8.2f} "
              f"{k[1] / mb:7.1f} {k[3]:8.2f} {k[2] / 1024:7.1f} | {k[1] / c[1]:13.2f} {k[2] / c[2]:12.2f}")


def print_download_table(rows):
    mb = 1 << 20
    print()
    print(f"{'dump':>12} | {'tool':>10} | {'seconds':>8} | {'MB/s':>8} | {'peak RSS MB':>11} | {'wall s':>7}")
    print("-" * 74)
    for label, size, best in rows:
        for tool in ("curl", "curl+fsync", "cli", "cli saved"):
            dl, rate, rss, wall = best[tool]
            print(f"{size / mb:9.1f} MB | {tool:>10} | {dl:8.2f} | {rate / mb:8.1f} | {rss / 1024:11.1f} | {wall:7.2f}")
        print(f"{'':>12} | ratios: download cli/curl = {best['cli'][0] / best['curl'][0]:.2f}x (time), "
              f"saved cli/(curl+fsync) = {best['cli saved'][0] / best['curl+fsync'][0]:.2f}x, "
              f"cli peak RSS = {best['cli max RSS'] / 1024:.1f} MB (highest of the runs)")
    print()
    print("curl: `curl -o` alone; curl+fsync: the same run plus fsync of its file (a durable save, the floor the")
    print("CLI is held to). cli: the transfer alone, from the CLI's own log line (SHA-256 of every byte included).")
    print("cli saved: from the CLI's 'is ready; downloading' line to its 'Saved' line (download, SHA-256, the scan")
    print("for values D1 rounded, fsync and rename). wall s of the CLI also includes starting the export and the")
    print("emulator generating the dump. Best of --repeat runs each.")


def print_rate_table(text, rate, rows):
    mb = 1 << 20
    print()
    print(f"--download-rate {text}: the signed URL sends at most {rate} B/s per connection = {link_name(rate)}"
          f" = {rate / mb:.1f} MB/s (MB = 2^20 bytes, as in the table)")
    print(f"{'dump':>12} | {'link':>11} | {'tool':>5} | {'download s':>10} | {'MB/s':>8} | {'of link':>7} | "
          f"{'peak RSS MB':>11} | {'wall s':>7}")
    print("-" * 96)
    for label, size, best in rows:
        for tool in ("curl", "cli"):
            dl, got, rss, wall = best[tool]
            print(f"{size / mb:9.1f} MB | {link_name(rate):>11} | {tool:>5} | {dl:10.2f} | {got / mb:8.1f} | "
                  f"{got / rate:7.1%} | {rss / 1024:11.1f} | {wall:7.2f}")
        ratio = best["cli"][1] / best["curl"][1]
        print(f"{'':>12} | {link_name(rate):>11} | ratio | throughput cli/curl = {ratio:.2f}x, "
              f"cli peak RSS = {best['cli'][2] / 1024:.1f} MB")
    print()
    print("'of link' is MB/s against the rate. curl's download s is its whole run (process start, connect and")
    print("response head included); the CLI's is its own log line (as above), logged to 10 ms.")


def print_summary(summary):
    print()
    print("throughput cli/curl by link speed (best of each; loopback is unthrottled)")
    print(f"{'dump':>12} | " + " | ".join(f"{name:>11}" for name, _ in summary))
    print("-" * (15 + 14 * len(summary)))
    for i, (_, size, _) in enumerate(summary[0][1]):
        cells = []
        for _, rows in summary:
            best = rows[i][2]
            cells.append(f"{best['cli'][1] / best['curl'][1]:10.2f}x")
        print(f"{size / (1 << 20):9.1f} MB | " + " | ".join(cells))


def sqlite3_load(dump, db, pragmas=(), transaction=False, limit_bytes=None):
    """Times the sqlite3 shell loading `dump` (or its first statements up to limit_bytes) into a new `db`.
    Returns (seconds, bytes fed)."""
    for suffix in ("", "-journal"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    cmd = ["sqlite3"]
    for p in pragmas:
        cmd += ["-cmd", p]
    cmd.append(db)
    fed = 0
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if transaction:
        p.stdin.write(b"BEGIN;\n")
    with open(dump, "rb") as f:
        while True:
            block = f.read(1 << 20)
            if not block:
                break
            if limit_bytes is not None and fed + len(block) >= limit_bytes:
                cut = block.rfind(b";\n", 0, max(0, limit_bytes - fed)) + 2  # a whole statement
                p.stdin.write(block[:cut])
                fed += cut
                break
            p.stdin.write(block)
            fed += len(block)
    if transaction:
        p.stdin.write(b"\nCOMMIT;\n")
    p.stdin.close()
    err = p.stderr.read()
    p.wait()
    seconds = time.monotonic() - t0
    if p.returncode != 0 or err.strip():
        sys.exit(f"sqlite3 failed ({p.returncode}): {err.decode(errors='replace')[:500]}")
    return seconds, fed


def verify_benchmark(args, cli, env, databases, work):
    if not shutil.which("sqlite3"):
        sys.exit("missing sqlite3 (apt-get install sqlite3)")
    mb = 1 << 20
    rows = []
    for label, name, _ in databases:
        dump = os.path.join(work, name + ".sql")
        wall, rss, err = timed([cli, "export", name, "--output", dump], env)
        size = os.path.getsize(dump)
        best = {}
        keep = functools.partial(keep_best, best)

        for _ in range(args.repeat):
            # The CLI: the same export, plus verification and the .sqlite copy.
            out = os.path.join(work, "cli.sql")
            copy = os.path.join(work, "cli.sqlite")
            wall, rss, err = timed([cli, "export", name, "--output", out, "--sqlite", copy], env)
            m = re.search(r"Loaded and checked .* in ([0-9.]+) s", err)
            if not m or "Verified" not in err:
                sys.exit("the CLI did not verify:\n" + err[-2000:])
            keep("cli", (float(m.group(1)), rss, wall))
            os.remove(out)
            os.remove(copy)

            new_db = os.path.join(work, "new.db")
            off = ("PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF")
            keep("off", sqlite3_load(dump, new_db, off))
            keep("off+tx", sqlite3_load(dump, new_db, off, transaction=True))
            if args.full_baseline:
                keep("as is", sqlite3_load(dump, new_db))
            else:
                # One commit and sync per statement: a prefix tells the rate, the size the total.
                seconds, fed = sqlite3_load(dump, new_db, limit_bytes=min(size, 256 * 1024))
                keep("as is", (seconds * size / fed, fed))
            os.remove(new_db)
        rows.append((label, size, best))

    print()
    print(f"{'dump':>12} | {'loader':<44} | {'seconds':>9} | {'CLI added / this':>16}")
    print("-" * 92)
    for label, size, best in rows:
        cli_s, cli_rss, cli_wall = best["cli"]
        loaders = [("as is", "sqlite3 new.db < dump.sql" + ("" if args.full_baseline else " (extrapolated)")),
                   ("off", "sqlite3, journal_mode=OFF, synchronous=OFF"),
                   ("off+tx", "sqlite3, journal/sync off, one transaction")]
        for key, text in loaders:
            s_ = best[key][0]
            print(f"{size / mb:9.1f} MB | {text:<44} | {s_:9.1f} | {cli_s / s_:15.2f}x")
        print(f"{size / mb:9.1f} MB | {'CLI --sqlite: load, count, sync, SHA-256':<44} | {cli_s:9.1f} |")
        print(f"{'':>12} | CLI peak RSS {cli_rss / 1024:.1f} MB = page cache 32.0 MB + {cli_rss / 1024 - 32:.1f} MB "
              f"(whole export, wall {cli_wall:.1f} s)")
    print()
    print("'CLI added' is the CLI's own 'Loaded and checked … in N s' line: loading the dump into a new SQLite")
    print("database, counting every table, syncing the file, hashing it and renaming it into place; the")
    print("target is at most 1.5x of `sqlite3 new.db < dump.sql`.")


if __name__ == "__main__":
    main()
