#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Compare hostreview-cli's analysis with the independent oracle (signals_oracle.py) on random
dossiers from gen_random.py, as of several days per dossier.

Usage: compare.py [--seeds 1-300] [--cli PATH] [--gen PATH] [--all-days] [--quiet]
                  [--profiles] [--ignore CODE]... [--option NAME=true|false]...
--all-days also analyses as of every dated day +-1; --profiles gives each dossier a random
analysis_profile; --ignore leaves a code out (e.g. a known, already planned fix); --option sets a
reading of signals_oracle.OPTIONS. The CLI path defaults to $HOSTREVIEW_CLI; the generator to
../shared/tools/gen_random.py beside the source tree (exit 77, skipped, when it is not there).
Prints each disagreement (seed, as-of, what differs) and a final line "N passed, M failed"
(plus dossiers refused on import, counted apart). Exits 1 on any disagreement.

Importable: compare.run(compare.parse_seeds('1-50'), cli=..., quiet=True) returns a Summary
(.passed, .failed, .ok(), .disagreements, .refused, .crashes).
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import signals_oracle  # noqa: E402

DEFAULT_CLI = ''  # from --cli or $HOSTREVIEW_CLI
DEFAULT_GEN = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'shared', 'tools', 'gen_random.py'))


class Summary:
    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.refused = []        # (seed, message)
        self.crashes = []        # (seed, as_of, exit status): output complete, then failure
        self.disagreements = []  # dicts
        self.kinds = Counter()   # (code, what) -> count

    def ok(self):
        return self.failed == 0


def parse_seeds(s):
    out = []
    for part in s.split(','):
        part = part.strip()
        if not part:
            continue
        if '-' in part:
            a, b = part.split('-', 1)
            out.extend(range(int(a), int(b) + 1))
        else:
            out.append(int(part))
    return out


def dossier_days(doc):
    """Calendar days (dossier timezone) worth analysing as of, most telling first."""
    an = signals_oracle.Analysis(doc)
    day = an.day
    events = doc.get('events') or []
    key = []      # the opening, deadlines
    around = []   # days with something happening: +-1 day
    alld = []
    for e in events:
        d = day(e['at'])
        alld.append(d)
        if e['kind'] in ('consultation_opened', 'bid_deadline', 'deadline_extended'):
            key.append(d)
        around.append(d)
        if e.get('new_deadline'):
            nd = day(e['new_deadline'])
            key.append(nd)
            around.append(nd)
            alld.append(nd)
    for r in doc.get('requirements') or []:
        for rv in r.get('revisions') or []:
            alld.append(day(rv['effective_at']))
    for b in doc.get('bids') or []:
        alld.append(day(b['submitted_at']))
        if b.get('status_at'):
            around.append(day(b['status_at']))
            alld.append(day(b['status_at']))
        for a in b.get('responses') or []:
            if a.get('at'):
                alld.append(day(a['at']))
    dec = doc.get('decision')
    if dec:
        for k in ('decided_at', 'published_at'):
            if dec.get(k):
                around.append(day(dec[k]))
                alld.append(day(dec[k]))
    return key, around, alld


def as_of_days(doc, seed, all_days=False):
    key, around, alld = dossier_days(doc)
    days = []

    def add(d):
        if d not in days:
            days.append(d)
    for d in key:
        add(d)
    for d in around:
        add(d - timedelta(days=1))
        add(d)
        add(d + timedelta(days=1))
    if alld:
        lo, hi = min(alld), max(alld)
        rng = random.Random(seed)
        span = (hi - lo).days
        for _ in range(3):
            add(lo + timedelta(days=rng.randint(0, span)))
        if all_days:
            for d in sorted(set(alld)):
                add(d - timedelta(days=1))
                add(d)
                add(d + timedelta(days=1))
    return [None] + [d.isoformat() for d in days]


def random_profile(seed):
    """A random analysis_profile (thresholds near the defaults, edge values included)."""
    rng = random.Random(seed * 7919 + 13)
    p = {}
    if rng.random() < 0.5:
        p['min_window_days'] = rng.choice([
            rng.choice([10, 14, 15, 16, 20, 29, 30, 35, 36]),
            {'open': rng.choice([20, 30, 40]), 'consultation': rng.choice([7, 10, 20])},
            {'other': rng.choice([0, 10, 20, 30]), 'unknown': rng.choice([5, 25])},
            {'direct_award': 40, 'restricted': 14.5}])
    if rng.random() < 0.5:
        p['late_change_days'] = rng.choice([0, 3, 6.5, 7, 8, 10])
    if rng.random() < 0.5:
        p['late_change_fraction'] = rng.choice([0, 0.1, 0.28, 0.3, 0.5, 1])
    if rng.random() < 0.5:
        p['min_days_after_significant_change'] = rng.choice([0, 1, 3, 7.5, 10, 15])
    if rng.random() < 0.4:
        p['churn_changes'] = rng.choice([1, 2, 3])
    if rng.random() < 0.4:
        p['churn_share'] = rng.choice([0, 0.1, 0.3, 0.5, 1])
    if rng.random() < 0.3:
        p['brand_terms'] = rng.sample(['Azure', 'AWS', 'Synapse', 'OVHcloud', 'Power BI', 'Entra',
                                       'chiffrement', 'Microsoft Azure', 'heures'], rng.randint(1, 4))
    if rng.random() < 0.2:
        p['equivalence_terms'] = rng.choice([['ou équivalent'], ['or equivalent'], ['Compatible']])
    if rng.random() < 0.4:
        p['few_bids_below'] = rng.choice([0, 1, 2, 3, 4, 5])
    if rng.random() < 0.4:
        p['min_evaluation_days'] = rng.choice([0, 1, 4.5, 5, 6, 21])
    if rng.random() < 0.4:
        p['max_publication_delay_days'] = rng.choice([0, 9.5, 10, 29, 31, 40])
    if rng.random() < 0.3:
        p['exposed_jurisdictions'] = rng.choice([{'us': ['CLOUD Act']}, {'IE': ['x'], 'DE': ['y']},
                                                 {'FR': ['z']}, {}])
    return p


def run_cli(cli, path, as_of, retries=20):
    cmd = [cli, 'analyze', path, '--format', 'json']
    if as_of:
        cmd[3:3] = ['--as-of', as_of]
    for attempt in range(retries):
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        except FileNotFoundError:
            time.sleep(15)
            continue
        except OSError:  # e.g. "text file busy" while the binary is being relinked
            time.sleep(15)
            continue
        return p
    raise RuntimeError(f'{cli} not found after {retries} retries')


def complete_json(out):
    try:
        return 'coverage' in json.loads(out)
    except ValueError:
        return False


def cli_result(out):
    j = json.loads(out)
    fired = {(s['code'], s['subject']['id']) for s in j.get('signals', [])}
    not_eval = {c['code'] for c in j.get('coverage', []) if not c.get('evaluated', True)}
    return fired, not_eval, j.get('bias_index')


def oracle_result(doc, as_of, options=None):
    r = signals_oracle.analyze(doc, as_of, options=options)
    fired = {(c, s) for c, subs in r['fired'].items() for s in subs}
    return fired, set(r['not_evaluated']), r['bias_index']


def compare_one(doc, cli_out, as_of, options=None, ignore=()):
    """Differences as a list of (code, what, detail). Codes in `ignore` are left out, and so is
    the bias index when one of them differs."""
    cf, cn, ci = cli_result(cli_out)
    of, on, oi = oracle_result(doc, as_of, options)
    if ignore:
        ignored = any(c in ignore for c, _ in cf ^ of) or any(c in ignore for c in cn ^ on)
        cf = {x for x in cf if x[0] not in ignore}
        of = {x for x in of if x[0] not in ignore}
        cn, on = cn - set(ignore), on - set(ignore)
        if ignored:
            ci = oi
    diffs = []
    for code, sub in sorted(cf - of):
        diffs.append((code, 'fired only in cli', sub))
    for code, sub in sorted(of - cf):
        diffs.append((code, 'fired only in oracle', sub))
    for code in sorted(cn - on):
        diffs.append((code, 'not evaluated only in cli', ''))
    for code in sorted(on - cn):
        diffs.append((code, 'not evaluated only in oracle', ''))
    if ci is None or oi is None:
        same = ci is oi
    else:
        same = abs(float(ci) - float(oi)) < 1e-9
    if not same:
        diffs.append(('BIAS_INDEX', 'differs', f'cli {ci} oracle {oi}'))
    return diffs


def run(seeds, cli=None, gen=DEFAULT_GEN, all_days=False, quiet=False, options=None, out=sys.stdout,
        profiles=False, ignore=()):
    cli = cli or os.environ.get('HOSTREVIEW_CLI') or DEFAULT_CLI
    summ = Summary()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'tmp.json')
        for seed in seeds:
            subprocess.run([sys.executable, gen, str(seed), '-o', path], check=True)
            with open(path, encoding='utf-8') as f:
                doc = json.load(f)
            if profiles:
                doc['analysis_profile'] = random_profile(seed)
                with open(path, 'w', encoding='utf-8') as f:
                    json.dump(doc, f, ensure_ascii=False, indent=1)
            for as_of in as_of_days(doc, seed, all_days):
                p = run_cli(cli, path, as_of)
                if p.returncode != 0 and complete_json(p.stdout):
                    # the analysis was printed whole, then the program failed (e.g. crashed on
                    # exit): compare the output, and count the failure apart
                    summ.crashes.append((seed, as_of, p.returncode))
                elif p.returncode != 0:
                    msg = p.stderr.strip().splitlines()[-1] if p.stderr.strip() else f'exit {p.returncode}'
                    if 'is earlier than rev' in p.stderr:
                        summ.refused.append((seed, msg))
                        if not quiet:
                            print(f'seed {seed}: refused on import: {msg}', file=out)
                        break  # the file is refused whatever the day
                    summ.failed += 1
                    summ.kinds[('CLI', 'error')] += 1
                    summ.disagreements.append({'seed': seed, 'as_of': as_of, 'diffs': [('CLI', 'error', msg)]})
                    if not quiet:
                        print(f'seed {seed} as-of {as_of or "-"}: cli error: {msg}', file=out)
                    continue
                diffs = compare_one(doc, p.stdout, as_of, options, ignore)
                if diffs:
                    summ.failed += 1
                    summ.disagreements.append({'seed': seed, 'as_of': as_of, 'diffs': diffs})
                    for code, what, _ in diffs:
                        summ.kinds[(code, what)] += 1
                    if not quiet:
                        txt = '; '.join(f'{c} {w}' + (f' {d}' if d else '') for c, w, d in diffs)
                        print(f'seed {seed} as-of {as_of or "-"}: {txt}', file=out)
                else:
                    summ.passed += 1
    if summ.kinds and not quiet:
        print('disagreements by kind:', file=out)
        for (code, what), n in sorted(summ.kinds.items(), key=lambda kv: -kv[1]):
            print(f'  {n:5d}  {code} {what}', file=out)
    refused_seeds = sorted({s for s, _ in summ.refused})
    tail = f', {len(refused_seeds)} dossiers refused on import (seeds {",".join(map(str, refused_seeds))})' \
        if refused_seeds else ''
    if summ.crashes:
        tail += (f', {len(summ.crashes)} runs printed the analysis then exited with a failure status '
                 f'(first: seed {summ.crashes[0][0]} as-of {summ.crashes[0][1] or "-"}, '
                 f'status {summ.crashes[0][2]})')
    print(f'{summ.passed} passed, {summ.failed} failed{tail}', file=out)
    return summ


def main(argv=None):
    ap = argparse.ArgumentParser(description='Compare hostreview-cli with the signals oracle.')
    ap.add_argument('--seeds', default='1-300', help='e.g. 1-300 or 1,5,9-12')
    ap.add_argument('--cli', default=None)
    ap.add_argument('--gen', default=DEFAULT_GEN)
    ap.add_argument('--all-days', action='store_true', help='also every dated day +-1')
    ap.add_argument('--quiet', action='store_true', help='only the final line')
    ap.add_argument('--ignore', action='append', default=[],
                    help='a code whose differences are not counted (repeatable), e.g. a known bug')
    ap.add_argument('--profiles', action='store_true',
                    help='give each dossier a random analysis_profile (threshold overrides)')
    ap.add_argument('--option', action='append', default=[],
                    help='oracle reading option NAME=true|false (see signals_oracle.OPTIONS)')
    a = ap.parse_args(argv)
    if not os.path.isfile(a.gen):
        print(f'skipped: no generator at {a.gen}')
        return 77
    if not (a.cli or os.environ.get('HOSTREVIEW_CLI')):
        ap.error('--cli or $HOSTREVIEW_CLI names hostreview-cli')
    options = {}
    for o in a.option:
        k, v = o.split('=', 1)
        options[k] = v.lower() in ('1', 'true', 'yes')
    summ = run(parse_seeds(a.seeds), a.cli, a.gen, a.all_days, a.quiet, options or None,
               profiles=a.profiles, ignore=tuple(a.ignore))
    return 0 if summ.ok() else 1


if __name__ == '__main__':
    sys.exit(main())
