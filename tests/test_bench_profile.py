from bench.profile import OTHER, PSEUDO, group_of, self_times


def _frame(url="", name="f"):
    return {"functionName": name, "url": url}


def test_frames_fall_into_the_group_of_their_file_or_pseudo_frame():
    assert group_of(_frame("http://127.0.0.1/static/js/PlotlyChart.D9Z0_fxz.js")) == "Plotly"
    assert group_of(_frame("http://127.0.0.1/static/js/react-dom.Dzbslgj4.js")) == "React"
    assert group_of(_frame("/static/js/index.DormvYxC.js")) == "Streamlit's other code"
    assert group_of(_frame(name="(garbage collector)")) == PSEUDO["(garbage collector)"]
    assert group_of(_frame("")) == OTHER


def test_each_sample_counts_the_time_until_the_next_one():
    profile = {
        "nodes": [
            {"id": 1, "callFrame": _frame("/static/js/PlotlyChart.x.js")},
            {"id": 2, "callFrame": _frame(name="(idle)")},
        ],
        "samples": [1, 1, 2],
        "timeDeltas": [5, 1000, 3000],  # µs before each sample: the first is the start
    }
    assert self_times(profile) == {"Plotly": 4.0, PSEUDO["(idle)"]: 0.0}
