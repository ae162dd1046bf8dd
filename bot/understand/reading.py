"""The reader's rules, assembled from word lists staff edit (faq/calc-cues.yaml `reading`).

The words live in the data; how they combine (what comes before or after them, which list
follows which) is here. A word is matched as written: spaces match any run of spaces, a `*`
at its start or end stands for the rest of a word ("syarat*": syaratnya, persyaratan is not;
"*kah": apakah, bisakah). A longer word is tried before a shorter one. An empty list never
matches. Each rule is compiled once per `Cues` (content reload builds a new one).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.understand.cues import Cues, literal_alt

# A word in a `reading` list: letters, digits, spaces and the few marks people type inside
# words ("s/d", "masing-masing", "wasn't", "s.d."); `*` only at its start or end.
WORD_RE = re.compile(r"^\*?[\w'./\-–]+(?: [\w'./\-–]+)*\*?$")


def word_pattern(word: str) -> str:
    """One word or phrase as a regular expression (see the module docstring)."""
    head = r"\w*" if word.startswith("*") else ""
    tail = r"\w*" if word.endswith("*") and len(word) > 1 else ""
    core = word.strip("*")
    return head + r"\s+".join(re.escape(part) for part in core.split()) + tail


def alt(cues: Cues, name: str) -> str:
    """The words of one `reading` list as one group, longest first (never matching when empty)."""
    return literal_alt(cues.reading.get(name, ()), word_pattern)


def _where(c: Cues) -> str:  # "syaratnya apa", "lewat mana": never a figure
    return rf"\b{alt(c, 'asks_where')}\b"


def _why_when(c: Cues) -> str:  # "kenapa", "kapan", "kok", a closing "ga?"
    return rf"\b{alt(c, 'asks_why_when')}\b|\b{alt(c, 'closing_no')}\s*\??\s*$"


def _how(c: Cues) -> str:  # "dihitung gmn": how, not how much
    return rf"\b{alt(c, 'asks_how')}\b"


def _which(c: Cues) -> str:  # "apa saja": only with a "?" ("dapat apa aja" asks the benefits)
    return rf"\b{alt(c, 'asks_which')}\b"


def _which_amount(c: Cues) -> str:  # "kadang 2 jt kadang 5 jt, ngikut yg mana": the rule
    return rf"\b{alt(c, 'asks_which_amount')}\b"


def _whether(c: Cues) -> str:  # "apakah", "wajib", "can i": strong enough alone
    return rf"\b{alt(c, 'asks_whether')}\b"


def _outcome(c: Cues) -> str:  # "what happens to my JHT?", "kena apa": what follows, no figure
    return rf"\b{alt(c, 'asks_outcome')}\b"


def _rate_ask(c: Cues) -> str:  # "brp persen", "berapa %", "persennya brp": a rate, not an amount
    return (rf"\b{alt(c, 'rate_ask_lead')}\s*(?:{alt(c, 'rate_words')}\w*|%)"
            rf"|\b{alt(c, 'rate_words')}nya\s+{alt(c, 'rate_ask_lead')}\b")


def _rule_ask(c: Cues) -> str:  # "boleh ga", "apakah wajib", "siapa yang bayar": the rule
    return rf"\b{alt(c, 'asks_rule')}\b"


def _list_gap(c: Cues) -> str:  # "4jt, 5jt dan 6jt": only a joiner between two amounts
    return rf"^[\s,;&+/-]*(?:{alt(c, 'list_joiners')}[\s,]*)?$"


def _each(c: Cues) -> str:  # "4 pegawai @ 3,6jt", "masing-masing 5jt": each one's pay
    return rf"(?:@|\b{alt(c, 'each_one')})\s*(?:rp\.?\s*)?$"


def _total_pay(c: Cues) -> str:  # "total gaji karyawan sebulan: Rp50.000.000", right before it
    return (rf"\b{alt(c, 'total_words')}\s+{alt(c, 'total_pay_words')}"
            rf"(?:\s+{alt(c, 'total_pay_fillers')})*\s*:?\s*(?:rp\.?\s*)?$")


def _growth_next(c: Cues) -> str:  # "gaji 5jt per tahun naik 5%": the year is the raise's
    return rf"\s*(?:{alt(c, 'growth_words')}|\d)"


def _tenure_before(c: Cues) -> str:  # "sudah kerja setahun gaji 3jt": how long, not a year's pay
    return rf"\b{alt(c, 'tenure_words')}\s*$"


def _counter_after(c: Cues) -> str:  # a long run of digits before "tahun" / "karyawan"
    return rf"\s*{alt(c, 'counter_words')}\b"


def _wage_word(c: Cues) -> str:  # "gaji 5": a small number right after a wage word
    return rf"\b{alt(c, 'wage_words')}(?:\s+(?:{alt(c, 'wage_fillers')}|:))?\s*:?\s*$"


def _denied(c: Cues) -> str:  # "meninggal bukan karena kecelakaan kerja": denied
    return (rf"\b{alt(c, 'denial_words')}\s+(?:{alt(c, 'denial_links')}\s+)?"
            rf"(?:{alt(c, 'denied_event_before')}\s+)?{alt(c, 'denied_events')}"
            rf"(?:\s+{alt(c, 'denied_event_after')})?")


def _until_retirement(c: Cues) -> str:  # "kerja sampai pensiun 25 thn lagi": a point in time
    return (rf"\b{alt(c, 'until_words')}\s+(?:{alt(c, 'until_fillers')}\s+)?"
            rf"{alt(c, 'retirement_words')}\b")


def _years_paid(c: Cues) -> str:  # "20 tahun iuran", "masa iuran": how long, not a contribution
    return (rf"\b\d+\s*{alt(c, 'year_words')}\s+(?:of\s+)?(?:{alt(c, 'paying_words')}\s+)?"
            rf"{alt(c, 'years_paid_words')}\b"
            rf"|\b{alt(c, 'membership_words')}\s+{alt(c, 'membership_paid_words')}\b")


def _health(c: Cues) -> str:  # BPJS Kesehatan: redirected, not computed
    return rf"\b{alt(c, 'health_words')}\b"


def _employment(c: Cues) -> str:  # BPJS Ketenagakerjaan named beside it
    return rf"\b{alt(c, 'employment_words')}\b"


def _range_hint(c: Cues) -> str:  # "antara 3 - 4 juta", "3 sampai 4 juta": a range
    return rf"\b{alt(c, 'range_hints')}\b|{alt(c, 'range_marks')}"


def _range(c: Cues) -> str:  # "gaji 3-4 juta", "antara 5 sampai 6 juta": asked as one figure
    # the scale words are the amount grammar's (bot/understand/amount_forms.py), not cues
    return (r"(?<![\d.,])(?P<lo>\d{1,3}(?:[.,]\d{1,2})?)\s*" + alt(c, "range_joiners")
            + r"\s*(?P<hi>\d{1,3}(?:[.,]\d{1,2})?)\s*(?P<scale>juta|jt|jeti|rb|ribu|k|million)\b")


def _worker_side(c: Cues) -> str:  # "potongan dr gaji mereka": the workers' share
    return rf"\b{alt(c, 'worker_side_words')}(?:nya)?\b"  # "bagian karyawannya"


def _denied_part(c: Cues) -> str:  # "bukan perusahaan", "bukan bpu min": up to the comma
    return rf"\b{alt(c, 'denial_words')}\s+[^,.;!?]*"


def _followup_glue(c: Cues) -> str:  # "doang", "sekalian", "min": around a follow-up's change
    return rf"\b{alt(c, 'followup_glue')}\b"


def _headcount_after(c: Cues) -> str:  # "2 juta pengemudi", "1,7 juta lebih pekerja": people
    return rf"\s*(?:{alt(c, 'headcount_fillers')}\s+)?{alt(c, 'headcount_words')}\b"


def _age_target(c: Cues) -> str:  # "pas 56", "sampai umur 58": the age a projection runs to
    return rf"\b(?:{alt(c, 'age_target_words')}\s+)+(?P<age>\d\d)\b(?!\s*(?:jt|juta|rb|ribu|%))"


def _alternative(c: Cues) -> str:  # "gaji 4 atau 5 juta": which one?
    return rf"\b{alt(c, 'alternative_words')}\b"


def _bare_ask(c: Cues) -> str:  # "potongan bpjs tk berapa?": how much, not "berapa lama / %"
    return rf"\b{alt(c, 'bare_ask')}\b(?!\s*(?:{alt(c, 'bare_ask_not_before')}|%))"


def _not_bare(c: Cues) -> str:  # "tarif", "kapan", "%": a rate or a date, not a deduction
    return rf"\b{alt(c, 'not_bare')}\b|%"


def _other_question(c: Cues) -> str:  # "wajib daftar?": a registration question beside it
    return rf"\b{alt(c, 'other_question')}\b"


def _yes_no(c: Cues) -> str:  # "apakah kena denda?"; -kah is grammar, any word ("bisakah")
    return rf"\b{alt(c, 'yes_no')}\b|\b\w+kah\b"


def _jht_choice(c: Cues) -> str:  # "tanpa jht" (no), "pakai jht", "+ jht" (yes), "jht juga"
    return (rf"\b(?:(?P<no>{alt(c, 'jht_without')})|(?P<yes>{alt(c, 'jht_with')}|\+))"
            rf"\s*(?:iuran\s+)?jht|(?P<also>\bjht\s+{alt(c, 'jht_also')})")


def _whole_share(c: Cues) -> str:  # "iuran totalnya": the sum of both shares
    return rf"\b{alt(c, 'whole_share')}(?:nya)?\b"


def _both_shares(c: Cues) -> str:  # "iuran perusahaan + potongan karyawan", "dia dan kantor"
    e, j, f, w = (alt(c, f"both_{n}") for n in ("employer", "joiners", "fillers", "worker"))
    gap = rf"(?:'s)?(?:\s+{f})?\s*(?:\+|&|{j})\s*(?:{f}\s+){{0,2}}"  # "share and the"
    return rf"\b{e}{gap}{w}\b|\b{f}\s+{w}{gap}{e}\b|\b{w}{gap}{e}(?:'s)?\s+{f}\b"


def _branches_each(c: Cues) -> str:  # "2 cabang, masing2 ": that many branches, each with
    return (rf"(?<![\w.,])(?P<n>\d{{1,3}})\s*{alt(c, 'branch_words')}\b[\s,:;]*"
            rf"(?:{alt(c, 'each_one')}|each with|each has)\s*(?:ada\s+)?$")


def _closing_yes_no(c: Cues) -> str:  # "... ikut dihitung ga", "masuk gak ya?": yes or no
    return rf"\b{alt(c, 'closing_no')}(?:\s+{alt(c, 'closing_tags')})?\s*\??\s*$"


def _adds_group(c: Cues) -> str:  # "kalau ditambah 5 org gaji 8jt?": added to the list
    return rf"\b{alt(c, 'add_words')}\b"


def _employer_total(c: Cues) -> str:  # "total iuran perusahaan", "employer share ... in total"
    w, n, e = alt(c, 'whole_share'), alt(c, 'share_nouns'), alt(c, 'both_employer')
    return (rf"\b{w}(?:nya)?\s+(?:{n}\s+)?{e}\b|\b{n}\s+{e}(?:nya)?(?:\s+\w+)?\s+{w}(?:nya)?\b"
            rf"|\b{e}(?:'s|s)?\s+{n}\b(?:\s+\S+){{0,5}}?\s+{w}\b")


def _arrears(c: Cues) -> str:  # "dari bulan juli", "sejak lebaran": several months owed
    return rf"\b{alt(c, 'arrears_words')}\b"


def _owner(c: Cues) -> str:  # "karyawan saya", "pegawaiku": an employer asking
    return rf"\b{alt(c, 'owned_staff')}(?:ku|\s+{alt(c, 'owner_words')})\b"


def _raise_before(c: Cues) -> str:  # "naik 5%": a percent up to 20 letters after is a raise
    return rf"\b{alt(c, 'raise_words')}\b[^\d]{{0,20}}$"


def _tenure_link(c: Cues) -> str:  # "ojol sudah 2 tahun", "kurir selama 3 tahun"
    return rf"(?:\s+{alt(c, 'tenure_links')})*\s*$"


def _tenure_lead(c: Cues) -> str:  # "sudah 2 tahun", "kerja 5 tahun", "sejak 3 tahun"
    return rf"\b{alt(c, 'tenure_leads')}{_tenure_link(c)}"


def _tenure_after(c: Cues) -> str:  # "2 tahun lalu", "3 tahun jadi ojol" (not "jadi berapa")
    return (rf"\s*(?:{alt(c, 'tenure_after_fillers')}\s+)?(?:{alt(c, 'tenure_after')}"
            rf"|{alt(c, 'becoming_words')}\s+(?!{alt(c, 'becoming_not')}))\b")


def _age_after(c: Cues) -> str:  # "40 years old": an age, not membership
    return rf"\s*{alt(c, 'age_after')}\b"


def _profit(c: Cues) -> str:  # "untung 3jt", "labanya bersih 3jt": the amount after it
    return rf"\b{alt(c, 'profit_words')}(?:nya)?\s*(?:sekitar\s*|kira2\s*|[:=]\s*)?$"


def _gross(c: Cues) -> str:  # "gaji kotor 4,8jt", "(gross) 9jt": the amount after it
    return rf"\b{alt(c, 'gross_words')}(?:nya)?\s*(?:[:=(]\s*)?$"


def _payer(c: Cues) -> str:  # "iuran yg sy bayar", "sebagai pemilik": the owner's share
    return rf"\b{alt(c, 'payer_words')}\b"


def _age_old(c: Cues) -> str:  # "35 years old", "umur saya 35 thn": the age now, said after it
    return rf"\b(\d\d)\s*{alt(c, 'year_words')}\s*{alt(c, 'age_after')}\b"


def _age_now(c: Cues) -> str:  # "umur 40 skrg", "usia saya 38": the age now, after an age word
    return rf"\s*(?:{alt(c, 'age_now_fillers')}\s*)*:?\s*(\d\d)\b"


def _years_count(c: Cues) -> str:  # " 45 thn": a two-digit count of years (group 1)
    return rf"\s+(\d\d)\s*{alt(c, 'year_words')}\b"


def _days_week_gap(c: Cues) -> str:  # "6 hari kerja seminggu", "5 hari dalam seminggu"
    return rf"\s*(?:{alt(c, 'days_week_words')}\s*)?(?:{alt(c, 'days_week_in')}\s*)?"


def _staff_count(c: Cues) -> str:  # "kalau karyawannya 10?": the number after the noun
    # the scale words after it are the amount grammar's (bot/understand/amount_forms.py)
    return (rf"\b{alt(c, 'staff_count_words')}(?:nya)?\s+(\d{{1,6}})(?![\d.,])"
            r"(?!\s*(?:jt|juta|rb|ribu|k|m|mio|million|an)\b)")


def _heads_after_noun(c: Cues) -> str:  # "karyawan ada 3", "pegawainya sebanyak 12": people
    # the scale words after it are the amount grammar's (bot/understand/amount_forms.py)
    return (rf"\b{alt(c, 'staff_count_words')}(?:nya)?\s+{alt(c, 'heads_links')}\s+"
            r"(?P<n>\d{1,6})(?!\d|[.,]\d)"
            rf"(?!\s*(?:jt|juta|rb|ribu|k|m|mio|million|an|%|{alt(c, 'counter_words')})\b)")


def _including(c: Cues) -> str:  # "termasuk jkk": counted in, not the only program asked
    return rf"\b{alt(c, 'including_words')}[.:]?\s*$"  # "incl. jkk"


def _clause_break(c: Cues) -> str:  # ", terus cara cek saldo jht": a new clause
    return rf"[,.;?!]|\b{alt(c, 'clause_breaks')}\b"


def _per_hour(c: Cues) -> str:  # "per jam", "/jam", "hourly": a wage per hour
    return rf"(?<!\w){alt(c, 'hour_words')}(?!\w)"


def _hours_a_day(c: Cues) -> str:  # "8 jam sehari", "8 hours a day": the hours worked a day
    return (rf"(?<![\d.,])(?P<h>\d{{1,2}})\s*{alt(c, 'hour_units')}\s*"
            rf"(?:{alt(c, 'days_week_words')}\s*)?{alt(c, 'per_day_words')}(?!\w)")


RULES: dict[str, Callable[[Cues], str]] = {
    "where": _where, "why_when": _why_when, "which": _which, "which_amount": _which_amount,
    "whether": _whether, "how": _how, "outcome": _outcome, "rate_ask": _rate_ask,
    "rule_ask": _rule_ask, "list_gap": _list_gap,
    "each": _each, "total_pay": _total_pay, "growth_next": _growth_next,
    "tenure_before": _tenure_before, "counter_after": _counter_after, "wage_word": _wage_word,
    "denied": _denied, "until_retirement": _until_retirement, "years_paid": _years_paid,
    "health": _health, "employment": _employment, "range_hint": _range_hint, "range": _range,
    "alternative": _alternative, "worker_side": _worker_side, "headcount_after": _headcount_after,
    "age_target": _age_target, "denied_part": _denied_part, "followup_glue": _followup_glue,
    "bare_ask": _bare_ask, "not_bare": _not_bare, "other_question": _other_question,
    "yes_no": _yes_no, "jht_choice": _jht_choice, "whole_share": _whole_share,
    "both_shares": _both_shares, "employer_total": _employer_total,
    "branches_each": _branches_each, "closing_yes_no": _closing_yes_no,
    "adds_group": _adds_group, "owner": _owner, "arrears": _arrears, "raise_before": _raise_before,
    "tenure_link": _tenure_link, "tenure_lead": _tenure_lead, "tenure_after": _tenure_after,
    "age_after": _age_after, "age_now": _age_now, "age_old": _age_old, "profit": _profit,
    "years_count": _years_count,
    "payer": _payer, "gross": _gross, "days_week_gap": _days_week_gap,
    "staff_count": _staff_count, "heads_after_noun": _heads_after_noun,
    "including": _including, "clause_break": _clause_break, "per_hour": _per_hour,
    "hours_a_day": _hours_a_day,
}
# Every list the rules read: faq check reports a missing one (the rule would never match)
NAMES = ("asks_where", "asks_why_when", "closing_no", "asks_which", "asks_which_amount",
         "asks_whether", "asks_outcome", "rate_ask_lead", "rate_words", "asks_rule", "list_joiners",
         "each_one", "total_words", "total_pay_words", "total_pay_fillers", "growth_words",
         "tenure_words", "counter_words", "wage_words", "wage_fillers", "denial_words",
         "denial_links", "denied_event_before", "denied_events", "denied_event_after",
         "until_words", "until_fillers", "retirement_words", "year_words", "paying_words",
         "years_paid_words", "membership_words", "membership_paid_words", "health_words",
         "employment_words", "range_hints", "range_marks", "range_joiners",
         "alternative_words", "worker_side_words", "followup_glue", "headcount_words", "asks_how",
         "headcount_fillers", "age_target_words", "bare_ask", "bare_ask_not_before", "not_bare",
         "other_question", "yes_no", "jht_without", "jht_with", "jht_also", "whole_share",
         "both_employer", "both_joiners", "both_worker", "owned_staff", "owner_words",
         "share_nouns", "branch_words", "closing_tags", "add_words", "both_fillers",
         "arrears_words", "since_words", "now_words", "birth_words", "expense_words",
         "raise_words", "tenure_links", "tenure_leads", "tenure_after_fillers", "tenure_after",
         "becoming_words", "becoming_not", "age_after", "age_now_fillers", "days_week_words",
         "days_week_in", "staff_count_words", "heads_links", "including_words", "clause_breaks",
         "hour_words", "hour_units", "per_day_words", "profit_words", "work_words",
         "payer_words", "gross_words", "net_words", "extra_pay_fillers", "month_words",
         "place_fillers")


def rule(cues: Cues, name: str) -> re.Pattern[str]:
    """The compiled rule `name` for these cues (built on first use, then kept)."""
    key = ("reading", name)
    if key not in cues._compiled:
        cues._compiled[key] = re.compile(RULES[name](cues))
    found = cues._compiled[key]
    assert found is not None
    return found
