from geo import DATA
from geo.__main__ import layer_listing, main
from geo.build import build_outputs
from geo.layers import LAYERS


def test_rebuild_matches_the_shipped_files():
    for relative, text in build_outputs().items():
        assert (DATA / relative).read_text(encoding="utf-8") == text, relative


def test_listing_names_every_layer_with_its_licence():
    listing = layer_listing()
    for name, info in LAYERS.items():
        assert name in listing
        assert info.licence in listing


def test_export_writes_geojson_and_never_overwrites(tmp_path):
    target = tmp_path / "adiz.geojson"
    assert main(["export", "adiz", str(target)]) == 0
    assert '"ADIZ"' in target.read_text(encoding="utf-8")
    assert main(["export", "adiz", str(target)]) == 1
