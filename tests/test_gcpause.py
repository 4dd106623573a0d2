"""The cyclic collector is paused while a document is read and restored after."""

from __future__ import annotations

import gc
import threading

import pytest

from cchc_metrics import extract, pipeline
from cchc_metrics.text import gcpause


def test_collector_paused_during_extract_and_restored_after(monkeypatch):
    seen = []
    run = pipeline._run

    def watched(*args, **kwargs):
        seen.append(gc.isenabled())
        return run(*args, **kwargs)

    monkeypatch.setattr(pipeline, "_run", watched)
    assert gc.isenabled()
    extract("Tỉnh đạt 90% hồ sơ trực tuyến.")
    assert seen == [False]
    assert gc.isenabled()


def test_collector_paused_inside_and_left_off_when_it_was_off():
    with gcpause.paused():
        assert not gc.isenabled()
        with gcpause.paused():  # nested readers
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gcpause.paused():
            pass
        assert not gc.isenabled()  # the caller had it off: it stays off
    finally:
        gc.enable()


def test_collector_restored_after_an_error(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("a reader failed")

    monkeypatch.setattr(pipeline, "_run", broken)
    with pytest.raises(RuntimeError):
        extract("Tỉnh đạt 90% hồ sơ trực tuyến.")
    assert gc.isenabled()


def test_threads_share_one_pause():
    errors = []

    def work():
        try:
            for _ in range(5):
                extract("Huyện giải quyết 1.200 hồ sơ, đạt 98%.")
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert gc.isenabled()
