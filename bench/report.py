"""The summary table `make bench` prints, and the headline numbers stored with the results."""

from __future__ import annotations

from typing import Any

TARGETS = {"seismo_vs_bare": 0.85, "filter_vs_bare": 1.5, "recall": 0.99, "articles_500w_per_s_w2": 25,
           "peak_rss_mb_w2": 1536, "query_p95_ms": 200, "bulk_events_per_s": 50_000}


def summarize(res: dict[str, Any]) -> dict[str, Any]:
    c, r = res["cases"], res["ratios"]
    rec = c["recall"]
    store = c["store"]
    return {
        "ratio_seismo_vs_bare_w1": r["seismo_vs_bare_w1"], "ratio_seismo_vs_bare_w2": r["seismo_vs_bare_w2"],
        "ratio_filter_vs_bare_w1": r["filter_vs_bare_w1"], "ratio_filter_vs_bare_w2": r["filter_vs_bare_w2"],
        "recall_gold": {k: rec[k]["recall"] for k in ("plover_gsr", "nonevents") if k in rec},
        "recall_samples": rec["sample_articles"]["recall"],
        "recall_corpus_1k": rec["corpus_1k"]["recall"],
        "recall_mixed_corpus": rec["mixed_corpus"]["recall"],
        "ratio_filter_vs_bare_mixed_w1": r["filter_vs_bare_mixed_w1"],
        "ratio_filterparse_vs_bare_mixed_w1": r["filterparse_vs_bare_mixed_w1"],
        "articles_500w_per_s_w2": c["filter_1k_w2"]["articles_500w_per_s"],
        "articles_500w_per_s_w2_unfiltered": c["seismo_1k_w2"]["articles_500w_per_s"],
        "peak_rss_mb_w2": c["seismo_1k_w2"]["peak_rss_mb"],
        "events_query_p95_ms": store["events_query"]["p95_ms"],
        "dyad_timeseries_p95_ms": store["dyad_timeseries"]["p95_ms"],
        "bulk_insert_events_per_s": store["bulk_insert"]["events_per_s"],
        "add_documents_events_per_s": store["add_documents"]["events_per_s"],
        "targets": TARGETS,
    }


def _row(name: str, r: dict[str, Any]) -> str:
    cap = " (capped)" if r.get("capped") else ""
    ev = f"{r['events_per_s']:>8.1f}" if "events_per_s" in r else f"{'-':>8}"
    return (f"{name:<17}{r['spec'].get('workers', 1):>3}{r['articles']:>7}{r['wall_s']:>8.1f}{r['cpu_s']:>8.1f}"
            f"{r['articles_per_s']:>8.2f}{r['words_per_s']:>8}{r['words_per_cpu_s']:>8}{ev}"
            f"{r['peak_rss_mb']:>7}{r['peak_pss_mb']:>7}{cap}")


def print_table(res: dict[str, Any]) -> None:
    c, s = res["cases"], res["summary"]
    m = res["machine"]
    print(f"\nmachine: {m['cpus']} cores, {m['memory_gb']} GB, Python {m['python']}, "
          f"load average at start {m['load_avg_at_start']}")
    print(f"\n{'case':<17}{'w':>3}{'arts':>7}{'wall s':>8}{'cpu s':>8}{'art/s':>8}{'words/s':>8}"
          f"{'w/cpu-s':>8}{'ev/s':>8}{'RSS MB':>7}{'PSS MB':>7}")
    for name, r in c.items():
        if "articles" in r:
            print(_row(name, r))
    print("\nratios (wall clock / per CPU second):")
    for name, v in res["ratios"].items():
        print(f"  {name:<22} {v['wall']:.3f} / {v['cpu']}")
    rec = c["recall"]
    print("\nfilter recall vs unfiltered coder (events found by both / unfiltered; evidence mismatches):")
    for name, v in rec.items():
        if not isinstance(v, dict) or "found_by_both" not in v:
            continue
        print(f"  {name:<16} {v['found_by_both']}/{v['events_unfiltered']} = {v['recall']}"
              f"  filtered-only {v['filtered_only']}  evidence mismatches {v['evidence_offset_mismatches']}")
    st = c["store"]
    print(f"\nstore ({st['n_events']:,} events, {st['db_mb']} MB): "
          f"bulk insert {st['bulk_insert']['events_per_s']:,}/s; "
          f"add_documents {st['add_documents']['events_per_s']:,}/s; events query p50/p95 "
          f"{st['events_query']['p50_ms']}/{st['events_query']['p95_ms']} ms; dyad series p50/p95 "
          f"{st['dyad_timeseries']['p50_ms']}/{st['dyad_timeseries']['p95_ms']} ms")
    for corpus, case, ratio in (("corpus", "filterparse_small_w1", "filterparse_vs_bare_w1"),
                                ("mixed corpus", "filterparse_mixed_w1", "filterparse_vs_bare_mixed_w1")):
        fp = c.get(case)
        if not fp or "filter" not in fp:
            continue
        f, r = fp["filter"], res["ratios"][ratio]
        print(f"\ncandidate filter on the {corpus}: {f['candidates']}/{f['sentences']} sentences "
              f"({f['candidate_share']:.0%}), {f['parsed_char_share']:.0%} of the characters parsed; "
              f"filtered parse vs bare parse: {r['wall']} wall, {r['cpu']} per CPU second")
    print(f"\n500-word articles/s with 2 workers: {s['articles_500w_per_s_w2']} filtered, "
          f"{s['articles_500w_per_s_w2_unfiltered']} unfiltered (target 25); peak RSS w2 {s['peak_rss_mb_w2']} MB")
    if "profile" in res:
        p = res["profile"]
        print(f"\nprofile ({p['articles']} articles, 1 process, no profiler on): parse {p['parse_cpu_s']}, code "
              f"{p['code_cpu_s']}, store {p['store_cpu_s']} cpu-s -> ratio ceiling {p['ratio_ceiling']}; "
              f"{p['profile_file']}")
        for line in p["top_own_time"]:
            print(f"    {line}")
