#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Independent reference implementation ("oracle") of the bias signals of docs/signals.md,
reading dossiers of docs/format.md.

Usage: signals_oracle.py DOSSIER.json [--as-of YYYY-MM-DD]
Prints {"bias_index": x, "fired": {code: [subject ids]}, "not_evaluated": [codes]}.

Standard library only. Written from the specification text, not from the C++ code.
Readings of points the spec leaves open are marked "READING:".
"""
import argparse
import json
import re
import sys
from datetime import date, datetime
from fractions import Fraction
from zoneinfo import ZoneInfo

# (code, catalogue severity), in catalogue order
CATALOGUE = [
    ('SHORT_WINDOW', 'medium'),
    ('LATE_CHANGE', 'high'),
    ('DEADLINE_NOT_EXTENDED', 'high'),
    ('CHANGE_AFTER_SUBMISSION', 'medium'),
    ('CHANGE_AFTER_DEADLINE', 'high'),
    ('SPEC_CHURN', 'medium'),
    ('ADDED_AFTER_OPENING', 'medium'),
    ('UNEXPLAINED_CHANGE', 'low'),
    ('BRAND_NAME', 'medium'),
    ('TAILORED_CHANGE', 'high'),
    ('WINNER_ONLY_COMPLIANT', 'high'),
    ('SINGLE_BID', 'high'),
    ('FEW_BIDS', 'low'),
    ('ALL_BUT_WINNER_DISQUALIFIED', 'high'),
    ('NO_OPEN_PROCEDURE', 'high'),
    ('RUSHED_DECISION', 'medium'),
    ('LATE_PUBLICATION', 'low'),
    ('CLAIM_CONTRADICTED', 'high'),
    ('SELECTED_NOT_COMPLIANT', 'high'),
    ('EXTRATERRITORIAL_EXPOSURE', 'high'),
    ('MISSING_CERTIFICATION', 'high'),
    ('AUTHORIZED_DESPITE_UNACCEPTABLE', 'high'),
]
CODES = [c for c, _ in CATALOGUE]
WEIGHT = {'high': 3, 'medium': 2, 'low': 1}

DEFAULT_MIN_WINDOW = {'open': 35, 'restricted': 30, 'negotiated_with_publication': 30,
                      'competitive_dialogue': 30, 'consultation': 15, 'other': 15}
DEFAULTS = {
    'late_change_days': 7,
    'late_change_fraction': 0.25,
    'min_days_after_significant_change': 7,
    'churn_changes': 2,
    'churn_share': 0.25,
    'brand_terms': ['Microsoft', 'Azure', 'Amazon Web Services', 'AWS', 'Google Cloud', 'GCP',
                    'Oracle Cloud', 'IBM Cloud', 'Databricks', 'Snowflake', 'Synapse', 'Power BI',
                    'Active Directory', 'Entra', 'Office 365', 'Microsoft 365', 'OVHcloud',
                    'Outscale', 'Scaleway', 'Cloud Temple', 'NumSpot', 'S3NS'],
    'equivalence_terms': ['or equivalent', 'ou équivalent', 'ou equivalent'],
    'few_bids_below': 3,
    'min_evaluation_days': 5,
    'max_publication_delay_days': 30,
    'exposed_jurisdictions': {'US': ['CLOUD Act', 'FISA section 702']},
}

# Options for readings the spec leaves open (defaults = the oracle's reading).
OPTIONS = {
    # A requirement whose revision in force is `withdrawn` is not a mandatory requirement in
    # force (WINNER_ONLY_COMPLIANT, SELECTED_NOT_COMPLIANT, CLAIM_CONTRADICTED).
    'withdrawn_not_mandatory': True,
    # BRAND_NAME ignores a requirement whose revision in force is withdrawn.
    'brand_skip_withdrawn': True,
    # Clarification 1 ("an input counts as missing only if its value could change whether the
    # signal fires") applied generally to a missing selected vendor and a missing deadline: the
    # signal is evaluated when every possible value (every vendor id; every day in a range around
    # the dossier's dates) gives the same result.
    'clar1_general': False,
    # Clarification 1 where no value of the selected vendor can matter: EXTRATERRITORIAL_EXPOSURE
    # on data other than health or personal data, MISSING_CERTIFICATION with no certification
    # required, are evaluated without a selected vendor (or a decision date).
    'clar1_cannot_fire': True,
    # NO_OPEN_PROCEDURE with procedure `unknown` is not evaluated (its value could change it).
    'unknown_procedure_not_evaluated': True,
}


def frac(x):
    return Fraction(str(x)) if isinstance(x, float) else Fraction(x)


class Analysis:
    def __init__(self, doc, as_of=None, profile=None, options=None):
        self.opt = dict(OPTIONS)
        if options:
            self.opt.update(options)
        self.doc = doc
        d = doc['dossier']
        self.dossier_id = d['id']
        self.tz = ZoneInfo(d.get('timezone') or 'Europe/Paris')
        self.procedure = d.get('procedure') or 'unknown'
        self.sensitivity = d.get('sensitivity') or 'personal'
        # READING (docs/signals.md 3.21): an absent list is unknown (not evaluated), an empty
        # list requires nothing
        self.required_certs = d.get('required_certifications')
        self.T = self.day(as_of) if as_of else None
        self.settings = self._settings(doc.get('analysis_profile'), profile)
        self._load()

    # ---- dates -------------------------------------------------------------------------
    def day(self, s):
        if s is None:
            return None
        s = s.strip()
        if len(s) == 10:
            return date.fromisoformat(s)
        if s.endswith('Z') or s.endswith('z'):
            s = s[:-1] + '+00:00'
        dt = datetime.fromisoformat(s)
        if dt.tzinfo is None:
            return dt.date()
        return dt.astimezone(self.tz).date()

    @staticmethod
    def instant(s):
        """The instant of a date-time (a number), None for a bare date."""
        if s is None or len(s.strip()) == 10:
            return None
        s = s.strip()
        if s.endswith('Z') or s.endswith('z'):
            s = s[:-1] + '+00:00'
        dt = datetime.fromisoformat(s)
        return dt.timestamp() if dt.tzinfo is not None else None

    @staticmethod
    def latest_of(items, day='day', inst='inst', idx='idx'):
        """The latest item: later day; on one day the later instant when both are date-times;
        otherwise (a bare date, or equal instants) the one later in the file."""
        best = None
        for it in sorted(items, key=lambda x: x[idx]):
            if best is None or it[day] > best[day]:
                best = it
            elif it[day] == best[day]:
                a, b = it[inst], best[inst]
                if a is None or b is None or a >= b:
                    best = it
        return best

    def exists(self, d):
        """As of T: dated on or before T's day."""
        return self.T is None or (d is not None and d <= self.T)

    # ---- settings ----------------------------------------------------------------------
    def _settings(self, *profiles):
        s = dict(DEFAULTS)
        s['min_window_days'] = dict(DEFAULT_MIN_WINDOW)
        for p in profiles:
            if not p:
                continue
            for k, v in p.items():
                if k == 'min_window_days':
                    if isinstance(v, dict):
                        mw = dict(s['min_window_days'])
                        mw.update(v)
                        s['min_window_days'] = mw
                    else:
                        # a number applies to every procedure and to `other`
                        s['min_window_days'] = {k2: v for k2 in list(DEFAULT_MIN_WINDOW) + [
                            'negotiated_without_publication', 'direct_award', 'unknown']}
                elif k == 'exposed_jurisdictions':
                    s[k] = {kk.upper(): vv for kk, vv in v.items()}
                else:
                    s[k] = v
        return s

    # ---- model as of T -----------------------------------------------------------------
    def _load(self):
        doc = self.doc
        evs = []
        for i, e in enumerate(doc.get('events') or []):
            ev = dict(e)
            ev['_day'] = self.day(e['at'])
            ev['_idx'] = i
            ev['_inst'] = self.instant(e['at'])
            if e.get('new_deadline'):
                ev['_new'] = self.day(e['new_deadline'])
            evs.append(ev)
        openings_all = [e for e in evs if e['kind'] == 'consultation_opened']
        openings = [e for e in openings_all if self.exists(e['_day'])]
        self.opening = min(openings, key=lambda e: (e['_day'], e['_idx']))['_day'] if openings else None
        # bid_deadline: announced with the opening; without an opening in the dossier, it
        # exists from its own `at` (clarification 2).
        bds = [e for e in evs if e['kind'] == 'bid_deadline']
        self.bid_deadline = None
        if bds:
            bd = bds[0]
            if openings_all:
                ok = self.opening is not None
            else:
                ok = self.exists(bd['_day'])
            if ok:
                self.bid_deadline = bd['_day']
        self.extensions = [e for e in evs if e['kind'] == 'deadline_extended'
                           and self.exists(e['_day']) and '_new' in e]
        # final deadline: deadline in force at T (or at the end without T)
        self.final_deadline = self.deadline_at(self.T) if self.T else self._deadline_end()

        # requirements
        self.reqs = []
        for r in doc.get('requirements') or []:
            revs = []
            for rv in r.get('revisions') or []:
                dd = self.day(rv['effective_at'])
                if not self.exists(dd):
                    continue
                revs.append({'rev': rv['rev'], 'day': dd,
                             'mandatory': bool(rv.get('mandatory', False)),
                             'weight': rv.get('weight', 1),
                             'status': rv.get('status') or 'active',
                             'text': rv.get('text'),
                             'rationale': rv.get('rationale') or ''})
            if revs:
                revs.sort(key=lambda x: x['rev'])
                self.reqs.append({'id': r['id'], 'revs': revs})
        self.req_by_id = {r['id']: r for r in self.reqs}

        # vendors
        self.vendors = {v['id']: v for v in doc.get('vendors') or []}

        # bids as of T
        self.bids = []
        gidx = 0
        for b in doc.get('bids') or []:
            sd = self.day(b['submitted_at'])
            if not self.exists(sd):
                continue
            status = b.get('status') or 'submitted'
            if status != 'submitted' and b.get('status_at') and self.T is not None \
                    and self.T < self.day(b['status_at']):
                status = 'submitted'
            answers = []
            for a in b.get('responses') or []:
                ad = self.day(a['at']) if a.get('at') else sd
                gidx += 1
                if not self.exists(ad):
                    continue
                answers.append({'req': a['requirement'], 'rev': a['rev'],
                                'compliance': a['compliance'], 'day': ad, 'idx': gidx,
                                'inst': self.instant(a['at'] if a.get('at') else b['submitted_at'])})
            self.bids.append({'id': b['id'], 'vendor': b['vendor'], 'day': sd, 'status': status,
                              'answers': answers})
        self.active_bids = [b for b in self.bids if b['status'] != 'withdrawn']

        # decision as of T
        dec = doc.get('decision')
        self.decision = None
        if dec is not None:
            dd = self.day(dec.get('decided_at')) if dec.get('decided_at') else None
            if self.T is None or (dd is not None and dd <= self.T):
                pd = self.day(dec.get('published_at')) if dec.get('published_at') else None
                if pd is not None and not self.exists(pd):
                    pd = None
                self.decision = {'decided': dd, 'published': pd,
                                 'outcome': dec.get('outcome') or 'pending',
                                 'selected': dec.get('selected_vendor'),
                                 'claims': dec.get('claims') or []}
        self.selected = self.decision['selected'] if self.decision else None

    def deadline_at(self, d):
        exts = [e for e in self.extensions if e['_day'] <= d]
        if exts:
            return self.latest_of(exts, '_day', '_inst', '_idx')['_new']
        return self.bid_deadline

    def _deadline_end(self):
        if self.extensions:
            return self.latest_of(self.extensions, '_day', '_inst', '_idx')['_new']
        return self.bid_deadline

    # ---- requirement helpers -----------------------------------------------------------
    def in_force(self, req, d):
        cands = [rv for rv in req['revs'] if rv['day'] <= d]
        if not cands:
            return None
        return max(cands, key=lambda rv: (rv['day'], rv['rev']))

    def latest_rev(self, req):
        return max(req['revs'], key=lambda rv: (rv['day'], rv['rev']))

    def is_change(self, rv):
        if rv['rev'] >= 2:
            return True
        return self.opening is not None and rv['day'] > self.opening

    def changes(self, req):
        return [rv for rv in req['revs'] if self.is_change(rv)]

    def prev_rev(self, req, rv):
        for p in req['revs']:
            if p['rev'] == rv['rev'] - 1:
                return p
        return None

    @staticmethod
    def numbers(text):
        return re.findall(r'\d+(?:[.,]\d+)?', text or '')

    def is_significant(self, req, rv):
        if rv['rev'] == 1:
            return self.opening is not None and rv['day'] > self.opening  # added requirement
        p = self.prev_rev(req, rv)
        if p is None:
            return False
        if not p['mandatory'] and rv['mandatory']:
            return True
        if p['status'] == 'withdrawn' and rv['status'] == 'active':
            return True
        if rv['weight'] > p['weight']:
            return True
        if p['text'] is not None and rv['text'] is not None and \
                self.numbers(p['text']) != self.numbers(rv['text']):
            return True
        return False

    def mandatory_in_force(self, req, d):
        rv = self.in_force(req, d)
        if rv is None or not rv['mandatory']:
            return None
        if self.opt['withdrawn_not_mandatory'] and rv['status'] == 'withdrawn':
            return None
        return rv

    # ---- answer helpers ----------------------------------------------------------------
    def vendor_answers(self, vendor):
        out = []
        for b in self.active_bids:
            if b['vendor'] == vendor:
                out.extend(b['answers'])
        return out

    @staticmethod
    def latest(answers, req_id, d=None, rev=None):
        c = [a for a in answers if a['req'] == req_id and (d is None or a['day'] <= d)
             and (rev is None or a['rev'] == rev)]
        if not c:
            return None
        return Analysis.latest_of(c)

    def compliant(self, vendor, req, d):
        a = self.latest(self.vendor_answers(vendor), req['id'], d)
        rv = self.in_force(req, d)
        return a is not None and rv is not None and a['compliance'] == 'full' and a['rev'] == rv['rev']

    def bidders(self):
        seen = []
        for b in self.active_bids:
            if b['vendor'] not in seen:
                seen.append(b['vendor'])
        return seen

    # ---- signals: each returns a set of subject ids, or a string (what is missing) -----
    def s_SHORT_WINDOW(self):
        if self.opening is None:
            return 'events.consultation_opened'
        if self.final_deadline is None:
            return 'events.bid_deadline'
        window = (self.final_deadline - self.opening).days
        mw = self.settings['min_window_days']
        minimum = mw.get(self.procedure, mw.get('other', 15))
        return {self.dossier_id} if frac(window) < frac(minimum) else set()

    def window(self):
        return (self.final_deadline - self.opening).days

    def s_LATE_CHANGE(self):
        if self.opening is None:
            return 'events.consultation_opened'
        if self.final_deadline is None:
            return 'events.bid_deadline'
        thr = max(frac(self.settings['late_change_days']),
                  frac(self.settings['late_change_fraction']) * self.window())
        out = set()
        for req in self.reqs:
            for rv in self.changes(req):
                dl = self.deadline_at(rv['day'])
                if dl is None:
                    continue  # clarification 3
                n = (dl - rv['day']).days
                if 0 <= n and frac(n) < thr:
                    out.add(req['id'])
        return out

    def s_DEADLINE_NOT_EXTENDED(self):
        if self.final_deadline is None:
            return 'events.bid_deadline'
        need = frac(self.settings['min_days_after_significant_change'])
        out = set()
        for req in self.reqs:
            for rv in req['revs']:
                if not self.is_change(rv) or not self.is_significant(req, rv):
                    continue
                dl = self.deadline_at(rv['day'])
                if dl is None:
                    continue  # clarification 3
                n = (dl - rv['day']).days
                if frac(n) >= need:
                    continue
                restored = any(e['_day'] > rv['day'] and frac((e['_new'] - rv['day']).days) >= need
                               for e in self.extensions)
                if not restored:
                    out.add(req['id'])
        return out

    def s_CHANGE_AFTER_SUBMISSION(self):
        fd = self.final_deadline
        if fd is None:
            return 'events.bid_deadline'
        out = set()
        for b in self.active_bids:
            for req in self.reqs:
                a = self.latest(b['answers'], req['id'], fd)
                if a is None:
                    continue
                rv = self.in_force(req, fd)
                if rv is not None and a['rev'] == rv['rev']:
                    continue  # not stale
                if any(c['day'] > b['day'] and c['rev'] > a['rev'] for c in self.changes(req)):
                    out.add(b['id'])
        return out

    def s_CHANGE_AFTER_DEADLINE(self):
        fd = self.final_deadline
        if fd is None:
            return 'events.bid_deadline'
        return {req['id'] for req in self.reqs
                if any(c['day'] > fd for c in self.changes(req))}

    def s_SPEC_CHURN(self):
        if self.opening is None:
            return 'events.consultation_opened'
        fd = self.final_deadline
        if fd is None:
            return 'events.bid_deadline'
        out = set()
        changed = 0
        for req in self.reqs:
            n = sum(1 for c in self.changes(req) if self.opening <= c['day'] <= fd)
            if n >= 1:
                changed += 1
            if n >= self.settings['churn_changes']:
                out.add(req['id'])
        if changed and Fraction(changed, len(self.reqs)) >= frac(self.settings['churn_share']):
            out.add(self.dossier_id)
        return out

    def s_ADDED_AFTER_OPENING(self):
        if self.opening is None:
            return 'events.consultation_opened'
        return {req['id'] for req in self.reqs
                if any(rv['rev'] == 1 and rv['day'] > self.opening for rv in req['revs'])}

    def s_UNEXPLAINED_CHANGE(self):
        return {req['id'] for req in self.reqs
                if any(not c['rationale'].strip() for c in self.changes(req))}

    def s_BRAND_NAME(self):
        brands = [re.compile(r'(?<!\w)' + re.escape(t) + r'(?!\w)', re.I)
                  for t in self.settings['brand_terms']]
        equivs = [re.compile(r'(?<!\w)' + re.escape(t), re.I)
                  for t in self.settings['equivalence_terms']]
        out = set()
        for req in self.reqs:
            rv = self.in_force(req, self.T) if self.T else self.latest_rev(req)
            if rv is None or not rv['text']:
                continue
            if self.opt['brand_skip_withdrawn'] and rv['status'] == 'withdrawn':
                continue
            if any(p.search(rv['text']) for p in brands) and not any(p.search(rv['text']) for p in equivs):
                out.add(req['id'])
        return out

    # signals depending on the selected vendor: `f(sel)` computes them for a known selected
    def _with_selected(self, fn, missing='decision.selected_vendor'):
        if self.selected is None:
            return missing
        return fn(self.selected)

    def s_TAILORED_CHANGE(self):
        def f(sel):
            out = set()
            for req in self.reqs:
                for rv in req['revs']:
                    k = rv['rev']
                    if k < 2:
                        continue
                    sa = self.latest(self.vendor_answers(sel), req['id'], rev=k)
                    if sa is None or sa['compliance'] != 'full':
                        continue
                    for v in self.bidders():
                        if v == sel:
                            continue
                        ans = self.vendor_answers(v)
                        a1 = self.latest(ans, req['id'], rev=k - 1)
                        a2 = self.latest(ans, req['id'], rev=k)
                        if a1 and a2 and a1['compliance'] == 'full' and a2['compliance'] in ('partial', 'none'):
                            out.add(req['id'])
            return out
        return self._with_selected(f)

    def s_WINNER_ONLY_COMPLIANT(self):
        if len(self.active_bids) < 2:
            return set()  # clarification 1
        fd = self.final_deadline

        def f(sel):
            if fd is None:
                return 'events.bid_deadline'
            out = set()
            for req in self.reqs:
                if self.mandatory_in_force(req, fd) is None:
                    continue
                comp = [v for v in self.bidders() if self.compliant(v, req, fd)]
                if comp == [sel]:
                    out.add(req['id'])
            return out
        return self._with_selected(f)

    def s_SINGLE_BID(self):
        return {self.dossier_id} if len(self.active_bids) == 1 else set()

    def s_FEW_BIDS(self):
        n = len(self.active_bids)
        return {self.dossier_id} if 2 <= n < self.settings['few_bids_below'] else set()

    def s_ALL_BUT_WINNER_DISQUALIFIED(self):
        def f(sel):
            others = [b for b in self.active_bids if b['vendor'] != sel]
            if others and all(b['status'] == 'disqualified' for b in others):
                return {self.dossier_id}
            return set()
        return self._with_selected(f)

    def s_NO_OPEN_PROCEDURE(self):
        if self.procedure == 'unknown' and self.opt['unknown_procedure_not_evaluated']:
            return 'dossier.procedure'
        return {self.dossier_id} if self.procedure in ('direct_award', 'negotiated_without_publication') else set()

    def s_RUSHED_DECISION(self):
        if self.decision is None or self.decision['decided'] is None:
            return 'decision.decided_at'
        if self.final_deadline is None:
            return 'events.bid_deadline'
        n = (self.decision['decided'] - self.final_deadline).days
        return {self.dossier_id} if frac(n) < frac(self.settings['min_evaluation_days']) else set()

    def s_LATE_PUBLICATION(self):
        if self.decision is None or self.decision['decided'] is None:
            return 'decision.decided_at'
        if self.decision['published'] is None:
            return 'decision.published_at'
        n = (self.decision['published'] - self.decision['decided']).days
        return {self.dossier_id} if frac(n) > frac(self.settings['max_publication_delay_days']) else set()

    def s_CLAIM_CONTRADICTED(self):
        if self.decision is None:
            return 'decision'
        claims = [c for c in self.decision['claims']
                  if c.get('kind') in ('no_compliant_alternative', 'no_alternative_offer')]
        if not claims:
            return 'decision.claims'  # clarification 5
        sel = self.selected
        if sel is None:
            return 'decision.selected_vendor'
        other_bids = [b for b in self.active_bids if b['vendor'] != sel]
        others = []
        for b in other_bids:
            if b['vendor'] not in others:
                others.append(b['vendor'])
        fd = self.final_deadline
        out, unknown = set(), False
        for c in claims:
            if c['kind'] == 'no_alternative_offer':
                if other_bids:
                    out.add(c['id'])
            else:
                if not others:
                    continue
                if fd is None:
                    unknown = True
                    continue
                for v in others:
                    if all(self.compliant(v, req, fd) for req in self.reqs
                           if self.mandatory_in_force(req, fd) is not None):
                        out.add(c['id'])
                        break
        if unknown and not out:
            return 'events.bid_deadline'
        return out

    def s_SELECTED_NOT_COMPLIANT(self):
        fd = self.final_deadline

        def f(sel):
            if fd is None:
                return 'events.bid_deadline'
            return {req['id'] for req in self.reqs
                    if self.mandatory_in_force(req, fd) is not None and not self.compliant(sel, req, fd)}
        return self._with_selected(f)

    def s_EXTRATERRITORIAL_EXPOSURE(self):
        if self.opt['clar1_cannot_fire'] and self.sensitivity not in ('health', 'personal'):
            return set()

        def f(sel):
            if self.sensitivity not in ('health', 'personal'):
                return set()
            v = self.vendors.get(sel, {})
            keys = {k.upper() for k in self.settings['exposed_jurisdictions']}
            for c in (v.get('country'), v.get('parent_country')):
                if c and c.upper() in keys:
                    return {sel}
            # clarification 1: where the vendor (or its named parent) is established is missing
            # when no exposure shows and it could show one
            if not v.get('country'):
                return f'vendors.{sel}.country'
            if v.get('parent') and not v.get('parent_country'):
                return f'vendors.{sel}.parent_country'
            return set()
        return self._with_selected(f)

    def s_MISSING_CERTIFICATION(self):
        if self.required_certs is None:
            return 'dossier.required_certifications'
        if self.opt['clar1_cannot_fire'] and not self.required_certs:
            return set()

        def f(sel):
            if not self.required_certs and self.opt['clar1_general']:
                return set()
            if self.decision is None or self.decision['decided'] is None:
                return 'decision.decided_at'
            dd = self.decision['decided']
            v = self.vendors.get(sel, {})
            for scheme in self.required_certs:
                ok = False
                for c in v.get('certifications') or []:
                    if (c.get('scheme') or '').casefold() != scheme.casefold():
                        continue
                    vf = self.day(c['valid_from']) if c.get('valid_from') else None
                    vu = self.day(c['valid_until']) if c.get('valid_until') else None
                    if (vf is None or vf <= dd) and (vu is None or dd <= vu):
                        ok = True
                if not ok:
                    return {sel}
            return set()
        return self._with_selected(f)

    def s_AUTHORIZED_DESPITE_UNACCEPTABLE(self):
        outcome = self.decision['outcome'] if self.decision else 'pending'
        if outcome not in ('authorized', 'authorized_with_conditions'):
            return set()  # clarification 6
        crit = self.doc.get('assessment') or []
        if not crit:
            return 'assessment'
        return {self.dossier_id} if any(c.get('status') == 'unacceptable' for c in crit) else set()

    # ---- clarification 1 in general ----------------------------------------------------
    def _dossier_days(self):
        ds = [e['_day'] for e in self.extensions] + [e['_new'] for e in self.extensions]
        if self.opening:
            ds.append(self.opening)
        for r in self.reqs:
            ds.extend(rv['day'] for rv in r['revs'])
        for b in self.bids:
            ds.append(b['day'])
            ds.extend(a['day'] for a in b['answers'])
        if self.decision:
            ds.extend(d for d in (self.decision['decided'], self.decision['published']) if d)
        if self.T:
            ds.append(self.T)
        return ds

    def _variants(self):
        """Analyses where the missing selected vendor and/or deadline take each possible value."""
        import copy
        sels = [self.selected] if self.selected is not None else list(self.vendors)
        if self.final_deadline is not None:
            dls = [None]
        else:
            ds = self._dossier_days()
            if not ds:
                return []
            lo, hi = min(ds), max(ds)
            dls = [date.fromordinal(o) for o in range(lo.toordinal() - 40, hi.toordinal() + 41)]
        out = []
        for sel in sels:
            for dl in dls:
                v = copy.copy(self)
                v.selected = sel
                if dl is not None:
                    v.bid_deadline = dl
                    v.final_deadline = v.deadline_at(v.T) if v.T else v._deadline_end()
                out.append(v)
        return out

    def evaluate(self, code):
        r = getattr(self, 's_' + code)()
        if not isinstance(r, str) or not self.opt['clar1_general']:
            return r
        if self.selected is not None and self.final_deadline is not None:
            return r
        first = None
        for v in self._variants():
            rv = getattr(v, 's_' + code)()
            if isinstance(rv, str):
                return r
            if first is None:
                first = rv
            elif rv != first:
                return r
        return first if first is not None else r

    # ---- whole analysis ----------------------------------------------------------------
    def run(self):
        fired, not_eval = {}, []
        num, den = 0, 0
        for code, sev in CATALOGUE:
            r = self.evaluate(code)
            if isinstance(r, str):
                not_eval.append(code)
                continue
            den += WEIGHT[sev]
            if r:
                fired[code] = sorted(r)
                num += WEIGHT[sev]
        if den == 0:
            index = None
        else:
            f = Fraction(100 * num, den)
            tenths = (f * 10 + Fraction(1, 2)) // 1  # half up
            index = float(Fraction(tenths, 10))
        return {'bias_index': index, 'fired': fired, 'not_evaluated': not_eval}


def analyze(doc, as_of=None, profile=None, options=None):
    return Analysis(doc, as_of, profile, options).run()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('dossier')
    ap.add_argument('--as-of')
    ap.add_argument('--profile')
    a = ap.parse_args(argv)
    with open(a.dossier, encoding='utf-8') as f:
        doc = json.load(f)
    profile = None
    if a.profile:
        with open(a.profile, encoding='utf-8') as f:
            profile = json.load(f)
    print(json.dumps(analyze(doc, a.as_of, profile), ensure_ascii=False, sort_keys=True))


if __name__ == '__main__':
    main()
