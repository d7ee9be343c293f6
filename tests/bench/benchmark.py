#!/usr/bin/env python3
"""Download benchmark: d1-exporter-cli against `curl -o` on the same signed URL, in the same run.

Generates plain sample databases of ~100 MB and ~1 GB (cached under BUILD/bench-data, deterministic),
serves them with the standalone emulator, and for each size prints, side by side: wall time, download
throughput and peak RSS of the CLI and of curl, and their ratios. Each side runs REPEAT times,
alternating, and the best run of each is reported (the machines are noisy).

Usage: tests/bench/benchmark.py [--build build] [--sizes 100M,1G] [--repeat 3]
"""
import argparse
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
    args = ap.parse_args()
    build = os.path.abspath(args.build)
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
        name = "bench" + s.lower()
        path = os.path.join(cache, name + ".sqlite")
        if not os.path.exists(path):
            print(f"generating {name} (~{s}) …", flush=True)
            gen_dir = tempfile.mkdtemp(dir=cache)
            p = subprocess.Popen([emulator, "--sample", name, "--sample-size", str(parse_size(s)),
                                  "--data-dir", gen_dir], stdout=subprocess.PIPE, text=True)
            for line in p.stdout:
                if line.strip() == "READY":
                    break
            p.terminate()
            p.wait()
            os.replace(os.path.join(gen_dir, name + ".sqlite"), path)
            shutil.rmtree(gen_dir, ignore_errors=True)
        databases.append((s, name, path))

    work = tempfile.mkdtemp(prefix="d1x-bench-")
    cmd = [emulator, "--token", TOKEN, "--polls", "0", "--data-dir", os.path.join(work, "emu")]
    for _, name, path in databases:
        cmd += ["--database", f"{name}={path}"]
    server = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    info = {}
    for line in server.stdout:
        line = line.strip()
        if line == "READY":
            break
        key, _, value = line.partition("=")
        info[key] = value
    base, account = info["API_BASE"], info["ACCOUNT_ID"]
    uuids = {d["name"]: d["uuid"] for d in api(base, f"/accounts/{account}/d1/database?per_page=100")}

    env = dict(os.environ, CLOUDFLARE_API_BASE_URL=base, CLOUDFLARE_API_TOKEN=TOKEN, CLOUDFLARE_ACCOUNT_ID=account)
    rows = []
    try:
        for label, name, _ in databases:
            best = {"curl": None, "cli": None}
            for _ in range(args.repeat):
                url = signed_url(base, account, uuids[name])
                out_curl = os.path.join(work, "curl.sql")
                wall, rss, _ = timed(["curl", "-sS", "--fail", "-o", out_curl, url])
                size = os.path.getsize(out_curl)
                if best["curl"] is None or wall < best["curl"][0]:
                    best["curl"] = (wall, size / wall, rss, wall)
                os.remove(out_curl)

                out_cli = os.path.join(work, "cli.sql")
                wall, rss, err = timed([cli, "export", name, "--output", out_cli], env)
                m = re.search(r"Downloaded .* in ([0-9.]+) s", err)
                download = float(m.group(1)) if m else wall
                if os.path.getsize(out_cli) != size:
                    sys.exit(f"size mismatch: cli {os.path.getsize(out_cli)} vs curl {size}")
                if best["cli"] is None or download < best["cli"][0]:
                    best["cli"] = (download, size / download, rss, wall)
                os.remove(out_cli)
            rows.append((label, size, best))
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)

    mb = 1 << 20
    print()
    print(f"{'dump':>12} | {'tool':>5} | {'download s':>10} | {'MB/s':>8} | {'peak RSS MB':>11} | {'wall s':>7}")
    print("-" * 70)
    for label, size, best in rows:
        for tool in ("curl", "cli"):
            dl, rate, rss, wall = best[tool]
            print(f"{size / mb:9.1f} MB | {tool:>5} | {dl:10.2f} | {rate / mb:8.1f} | {rss / 1024:11.1f} | {wall:7.2f}")
        ratio = best["cli"][1] / best["curl"][1]
        print(f"{'':>12} | ratio | throughput cli/curl = {ratio:.2f}x, cli peak RSS = {best['cli'][2] / 1024:.1f} MB")
    print()
    print("wall s of the CLI includes the export itself (start, polls, dump generation by the emulator);")
    print("download s is the transfer alone, from the CLI's own log line (its fdatasync + rename on commit, which")
    print("curl does not do, is excluded there and included in wall s).")


if __name__ == "__main__":
    main()
