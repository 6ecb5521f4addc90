import json

from bench.apptest import spec_bytes
from bench.browser import ROOT, STREAMLIT_STATIC, file_of
from bench.payload import by_layer
from bench.server import status_kib


def test_spec_bytes_splits_traces_by_legend_group():
    trace = {"type": "scattergeo", "legendgroup": "adiz", "lon": [1, 2]}
    spec = json.dumps({"data": [trace, trace, {"type": "scatter", "name": "x"}], "layout": {}})
    sizes = spec_bytes(spec)
    assert sizes["adiz"] == 2 * len(json.dumps(trace, separators=(",", ":")))
    assert sizes["x"] > 0
    assert sizes["(total)"] == len(spec.encode())


def test_by_layer_merges_fact_groups_and_sorts_by_size():
    groups = {"fact:meeting": 5, "fact:piracy": 7, "adiz": 20, "ports": 3, "(total)": 99}
    assert by_layer(groups) == {"adiz": 20, "facts (all categories)": 12, "ports": 3}


def test_status_kib_reads_a_proc_status_field():
    status = "Name:\tpython\nVmHWM:\t  123456 kB\nVmRSS:\t  100000 kB\n"
    assert status_kib(status, "VmHWM") == 123456


def test_file_of_sorts_app_files_from_streamlits_own():
    assert file_of("/app/static/topojson/world_50m.json") == (
        "static",
        ROOT / "static" / "topojson" / "world_50m.json",
    )
    assert file_of("/media/abc.csv") == ("media", None)
    assert file_of("/static/js/index.js") == ("frontend", STREAMLIT_STATIC / "static/js/index.js")
